"""The review page shows the reader's notices in the language of the person reading it."""

from django.urls import reverse

from transferhub.meetings.models import Meeting
from transferhub.protocols.services import protocol_import_upload

MINUTES = b"Protokoll AG Transfer\n\n1. Bericht\n\nAlles gut.\n\n2. Verschiedenes\n\nNichts.\n"
ENGLISH = "The meeting date comes from the file name."
GERMAN = "Das Sitzungsdatum stammt aus dem Dateinamen."


def _imported(name: str = "protokoll_2023-03-01.txt") -> Meeting:
    return protocol_import_upload(MINUTES, filename=name, body_name="AG Transfer")


def _review(client, meeting: Meeting, **headers) -> str:
    response = client.get(reverse("protocols:import_review", args=[meeting.pk]), **headers)
    assert response.status_code == 200
    return response.content.decode()


def test_a_notice_is_stored_as_code_with_parameters_and_the_german_sentence(db, ag_transfer):
    meeting = _imported()
    assert {"code": "date_from_file_name", "params": {}, "text": GERMAN} in (
        meeting.import_warnings
    )
    assert any(w["code"] == "end_missing" and w["params"] for w in meeting.import_warnings)


def test_english_readers_see_the_notices_in_english(client_as, ag_transfer):
    meeting = _imported()
    html = _review(client_as("secretariat"), meeting, HTTP_ACCEPT_LANGUAGE="en")
    assert ENGLISH in html and GERMAN not in html


def test_german_readers_see_the_notices_in_german(client_as, ag_transfer):
    meeting = _imported()
    html = _review(client_as("secretariat"), meeting)
    assert GERMAN in html and ENGLISH not in html


def test_notices_stored_as_plain_sentences_before_are_shown_as_they_are(client_as, ag_transfer):
    meeting = _imported()
    Meeting.objects.filter(pk=meeting.pk).update(import_warnings=["Ein älterer Hinweis."])
    assert "Ein älterer Hinweis." in _review(client_as("secretariat"), meeting)

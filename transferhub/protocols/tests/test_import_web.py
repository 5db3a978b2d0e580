"""The secretariat imports minutes in the browser, reviews each draft, accepts or discards it."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from transferhub.decisions.models import Decision, Task
from transferhub.lib.models import ActionLog
from transferhub.meetings.models import Meeting
from transferhub.meetings.services import minutes_approve
from transferhub.network.demo import SEED

FIXTURES = Path(__file__).resolve().parent / "fixtures"
IMPORT = reverse("protocols:import")


def upload(path: Path, name: str | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name or path.name, path.read_bytes(), content_type="text/plain")


def review_url(meeting) -> str:
    return reverse("protocols:import_review", args=[meeting.pk])


@pytest.mark.parametrize("role", ["member", "chair", "outsider"])
def test_only_the_secretariat_may_import(client_as, role, imported_seed):
    client = client_as(role)
    assert client.get(IMPORT).status_code == 403
    assert client.post(IMPORT, {"files": upload(SEED)}).status_code == 403
    assert client.get(review_url(imported_seed)).status_code == 403
    assert client.post(review_url(imported_seed), {"action": "discard"}).status_code == 403
    assert Meeting.objects.filter(pk=imported_seed.pk).exists()


def test_anonymous_users_are_sent_to_the_login(client_as, imported_seed):
    client = client_as("anonymous")
    for url in (IMPORT, review_url(imported_seed)):
        response = client.get(url)
        assert response.status_code == 302 and reverse("login") in response["Location"]


def test_an_uploaded_file_becomes_a_draft_with_its_source_text(client_as):
    response = client_as("secretariat").post(IMPORT, {"files": upload(SEED, "protokoll.txt")})
    assert response.status_code == 200
    meeting = Meeting.objects.get(source_name="protokoll.txt")
    assert meeting.state == Meeting.State.MINUTES_DRAFT
    assert meeting.source_text.startswith(SEED.read_text(encoding="utf-8")[:40])
    html = response.content.decode()
    assert "Jetzt prüfen" in html and review_url(meeting) in html
    assert ActionLog.objects.filter(action="protocol.imported", object_id=meeting.pk).exists()


def test_several_files_at_once_and_one_bad_file_does_not_stop_the_rest(client_as, people):
    files = [
        upload(SEED),
        SimpleUploadedFile("kaputt.pdf", b"%PDF-1.4 garbage \x00\x01\x02"),
        upload(FIXTURES / "adhoc_ag_energieeinsparung_docx.txt"),
    ]
    response = client_as("secretariat").post(IMPORT, {"files": files})
    html = response.content.decode()
    assert Meeting.objects.filter(source_sha256__gt="").count() == 2
    assert "Das PDF ist beschädigt und kann nicht gelesen werden." in html
    assert "2 von 3 Dateien wurden als Entwurf gespeichert." in html


def test_a_body_chosen_in_the_form_is_used_when_the_minutes_name_none(client_as, ag_transfer):
    text = "Protokoll\n\nDatum: 01.03.2023, 10:00 - 11:00 Uhr\n\n1. Bericht\n\nAlles gut.\n"
    file = SimpleUploadedFile("ohne-gremium.md", text.encode())
    client_as("secretariat").post(IMPORT, {"files": file, "body": ag_transfer.pk})
    assert Meeting.objects.get(source_name="ohne-gremium.md").body == ag_transfer


def test_the_same_file_twice_says_where_it_already_is(client_as, imported_seed):
    response = client_as("secretariat").post(IMPORT, {"files": upload(SEED)})
    html = response.content.decode()
    assert "Diese Datei wurde bereits importiert" in html
    assert f'href="{review_url(imported_seed)}"' in html
    assert Meeting.objects.filter(source_sha256=imported_seed.source_sha256).count() == 1


def test_the_review_shows_the_draft_beside_the_source_with_the_warnings(
    client_as, imported_seed, django_assert_max_num_queries
):
    client = client_as("secretariat")
    client.get(review_url(imported_seed))  # warm caches (session, permissions)
    with django_assert_max_num_queries(15):
        response = client.get(review_url(imported_seed))
    html = response.content.decode()
    assert response.status_code == 200
    assert imported_seed.import_warnings[0]["text"].split("„")[0] in html
    assert html.index('id="hinweise"') < html.index('id="entwurf"') < html.index('id="quelltext"')
    assert "Umsetzungshilfe „Finanzierung und Liquidität“" in html
    assert "ins Layout gegeben und veröffentlicht" in html
    assert "Die Umsetzungshilfe wird um ein Glossar ergänzt." in html
    assert "Offensive Mittelstand" in html  # a presenter's organisation in the agenda table
    item = imported_seed.agenda_items.get(number="3")
    assert reverse("meetings:item_edit", args=[imported_seed.pk, item.pk]) in html
    assert reverse("meetings:item", args=[imported_seed.pk, item.pk]) in html
    assert "Lieferkettensorgfaltspflichtengesetz" in html.split('id="quelltext"')[1]


def test_a_meeting_planned_here_has_no_review_page(client_as, seed_meeting):
    assert client_as("secretariat").get(review_url(seed_meeting)).status_code == 404


def test_accepting_clears_the_warnings_and_keeps_a_draft(client_as, imported_seed):
    client = client_as("secretariat")
    response = client.post(review_url(imported_seed), {"action": "accept"})
    assert response.status_code == 302
    assert response["Location"] == reverse("meetings:detail", args=[imported_seed.pk])
    imported_seed.refresh_from_db()
    assert imported_seed.import_warnings == []
    assert imported_seed.state == Meeting.State.MINUTES_DRAFT
    log = ActionLog.objects.get(action="protocol.accepted", object_id=imported_seed.pk)
    assert log.data["warnings"]
    assert "übernommen" in client.get(review_url(imported_seed)).content.decode()


def test_discarding_deletes_the_draft_with_its_decisions_and_tasks(client_as, imported_seed):
    assert Task.objects.filter(meeting=imported_seed).exists()
    response = client_as("secretariat").post(review_url(imported_seed), {"action": "discard"})
    assert response.status_code == 302 and response["Location"] == IMPORT
    assert not Meeting.objects.filter(pk=imported_seed.pk).exists()
    assert not Decision.objects.filter(meeting_id=imported_seed.pk).exists()
    assert not Task.objects.filter(text__contains="Glossar").exists()
    assert ActionLog.objects.filter(action="protocol.discarded", object_id=imported_seed.pk)


def test_approved_minutes_can_be_neither_discarded_nor_accepted(client_as, imported_seed):
    minutes_approve(meeting=imported_seed)
    client = client_as("secretariat")
    for action in ("discard", "accept"):
        response = client.post(review_url(imported_seed), {"action": action}, follow=True)
        assert "bereits genehmigt" in response.content.decode()
    assert Meeting.objects.filter(pk=imported_seed.pk).exists()
    assert "Verwerfen" not in client.get(review_url(imported_seed)).content.decode()

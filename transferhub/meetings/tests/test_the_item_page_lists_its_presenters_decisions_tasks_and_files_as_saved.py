"""An item's recording page reads the item and what it lists with SQL built once
(views.items._listed_item, lib.db.instances_by_ids): it shows the presenters in their order,
each decision with its votes, each task with its owner and due date and each file, as saved
last, in German and English; the item of another meeting, or a number beyond any id, is
"not found"."""

import datetime as dt

from django.core.files.uploadedfile import SimpleUploadedFile

from transferhub.decisions.services import decision_record, task_create
from transferhub.meetings import services

from .conftest import PDF_BYTES


def _meeting(ag_transfer, name, day):
    return services.meeting_create(
        body=ag_transfer,
        name=name,
        date=dt.date(2031, 5, day),
        start_time=dt.time(10),
        end_time=dt.time(12),
    )


def test_the_page_lists_what_the_item_holds_as_saved_last(client_as, ag_transfer, people, om):
    meeting = _meeting(ag_transfer, "Werkstattrunde", 6)
    item = services.agenda_item_add(
        meeting=meeting,
        name="Fräswerkzeuge",
        presenters=[(people["member"], None), (people["chair"], om)],
    )
    decision_record(
        meeting=meeting, agenda_item=item, text="Neue Fräsen beschaffen.", votes=(6, 1, 2)
    )
    task_create(
        agenda_item=item,
        text="Angebote der Schleiferei einholen.",
        owner_person=people["member"],
        due_date=dt.date(2031, 6, 30),
    )
    services.attachment_add(
        meeting=meeting,
        agenda_item=item,
        name="Preisliste",
        file=SimpleUploadedFile("preise.pdf", PDF_BYTES),
    )
    client = client_as("secretariat")
    url = f"/sitzungen/{meeting.pk}/punkte/{item.pk}/"
    page = client.get(url).content.decode()
    assert "<p>Wer: Wilhelm Heidbrede, Prof. Dr. Oliver Kruse (Offensive Mittelstand)</p>" in page
    assert "Neue Fräsen beschaffen." in page and "Ja 6, Nein 1, Enthaltungen 2" in page
    assert (
        "Angebote der Schleiferei einholen.</a> – <em>Wilhelm Heidbrede</em>, fällig am 30.06.2031"
        in page
    )
    assert "Anlage 1: Preisliste</a>" in page

    # What changed since shows at once: a second task without owner, the presenters swapped
    # (a presenter named without organisation is shown with their own).
    task_create(agenda_item=item, text="Werkbank räumen.")
    services.agenda_item_update(
        item=item, presenters=[(people["chair"], None), (people["member"], None)]
    )
    english = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert (
        "<p>Who: Prof. Dr. Oliver Kruse (Offensive Mittelstand), Wilhelm Heidbrede</p>" in english
    )
    assert "Yes 6, no 1, abstentions 2" in english
    assert "Werkbank räumen.</a> <span" in english
    assert english.index("Angebote der Schleiferei") < english.index("Werkbank räumen.")


def test_another_meetings_item_or_a_number_beyond_any_id_is_not_found(client_as, ag_transfer):
    first, second = (
        _meeting(ag_transfer, "Erste Runde", 7),
        _meeting(ag_transfer, "Zweite Runde", 8),
    )
    item = services.agenda_item_add(meeting=first, name="Schleifpapier")
    client = client_as("secretariat")
    assert client.get(f"/sitzungen/{first.pk}/punkte/{item.pk}/").status_code == 200
    assert client.get(f"/sitzungen/{second.pk}/punkte/{item.pk}/").status_code == 404
    for number in (2**63, 10**30, item.pk + 1000):
        assert client.get(f"/sitzungen/{first.pk}/punkte/{number}/").status_code == 404

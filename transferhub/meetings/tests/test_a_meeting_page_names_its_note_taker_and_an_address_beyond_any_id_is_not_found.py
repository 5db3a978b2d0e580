"""A meeting's pages load the meeting with its body and note-taker by SQL built once
(views.meetings._meeting, lib.db.instances_by_ids with a row's own foreign key): the page
names the note-taker as saved last, in German and English, a meeting without one names
none, and an address whose number is beyond any id (64 bits) or names no meeting is "not
found", never a server error."""

import datetime as dt

from django.urls import reverse

from transferhub.meetings import services


def test_the_page_names_the_note_taker_as_saved_last(client_as, seed_meeting, people):
    english = client_as("member").get(seed_meeting.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en")
    assert "<dt>Minutes</dt><dd>Theresa Joerißen</dd>" in english.content.decode()
    services.meeting_update(meeting=seed_meeting, note_taker=people["chair"])
    page = client_as("chair").get(seed_meeting.get_absolute_url()).content.decode()
    assert "<dt>Protokoll</dt><dd>Prof. Dr. Oliver Kruse</dd>" in page
    assert "AG Transfer" in page


def test_a_meeting_without_a_note_taker_names_none(client_as, ag_transfer):
    meeting = services.meeting_create(
        body=ag_transfer,
        name="Sondersitzung",
        date=dt.date(2031, 2, 3),
        start_time=dt.time(14),
        end_time=dt.time(15),
    )
    page = client_as("chair").get(meeting.get_absolute_url()).content.decode()
    assert "Sondersitzung" in page
    assert "<dt>Protokoll</dt>" not in page


def test_an_address_beyond_any_id_or_of_no_meeting_is_not_found(client_as, seed_meeting):
    client = client_as("secretariat")
    item = seed_meeting.agenda_items.first()
    for number in (2**63, 10**30, seed_meeting.pk + 1000):
        assert client.get(f"/sitzungen/{number}/").status_code == 404
        assert client.get(f"/sitzungen/{number}/punkte/{item.pk}/").status_code == 404
    assert client.get(reverse("meetings:detail", args=[2**63 - 1])).status_code == 404
    assert client.get(seed_meeting.get_absolute_url()).status_code == 200

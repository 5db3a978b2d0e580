"""A frozen version shows what the live page shows; any two versions are compared as a diff."""

import re

from django.urls import reverse

from transferhub.decisions.models import Decision
from transferhub.decisions.services import decision_record
from transferhub.meetings.models import MinutesVersion
from transferhub.meetings.services import minutes_approve, minutes_correct


def visible(response) -> str:
    assert response.status_code == 200
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


def version_url(meeting, number: int) -> str:
    return reverse("meetings:version", args=[meeting.pk, number])


def test_a_version_shows_kinds_votes_owners_dates_order_status_and_presenters(
    client_as, seed_meeting
):
    item = seed_meeting.agenda_items.get(number="6")
    decision_record(
        meeting=seed_meeting,
        agenda_item=item,
        kind=Decision.Kind.REJECTED,
        text="Ein Antrag auf Vertagung.",
        votes=(2, 20, 3),
    )
    minutes_approve(meeting=seed_meeting)
    text = visible(client_as("member").get(version_url(seed_meeting, 1)))
    assert "Donnerstag, 15.09.2022" in text
    assert "Vereinbarung AG Transfer 2022/1" in text
    assert "abgelehnter Antrag AG Transfer 2022/6 Ein Antrag auf Vertagung." in text
    assert "Ja 2, Nein 20, Enthaltungen 3" in text
    assert "Ansprache von Bankenverbänden vorbereiten. – Prof. Dr. Oliver Kruse" in text
    assert "fällig am 31.10.2022" in text
    assert "2022-10-31" not in text
    assert "vertagt" in text  # item 5's status
    assert "Prof. Dr. Oliver Kruse (Offensive Mittelstand)" in text  # presenter of item 1
    assert "20 Min." in text
    # In agenda order, the break in its place.
    order = [text.index(s) for s in ("1. Neues aus", "4. Ergebnisse der Befragung", "Pause")]
    assert order == sorted(order)


def test_a_version_written_before_the_new_keys_still_shows(client_as, seed_meeting):
    minutes_approve(meeting=seed_meeting)
    MinutesVersion.objects.filter(meeting=seed_meeting).update(
        content={
            "meeting": {
                "name": "AG Transfer",
                "date": "2022-09-15",
                "start": "09:00",
                "end": "13:00",
            },
            "items": [
                {
                    "id": 1,
                    "number": "1",
                    "name": "Neues aus der Offensive Mittelstand",
                    "status": "discussed",
                    "minutes": "Alter Stand.",
                    "decisions": [
                        {"number": "AG Transfer 2022/1", "kind": "agreement", "text": "Ja."}
                    ],
                    "tasks": [{"text": "Glossar ergänzen", "due": "2022-10-31"}],
                }
            ],
        }
    )
    text = visible(client_as("member").get(version_url(seed_meeting, 1)))
    assert "Alter Stand." in text and "AG Transfer 2022/1" in text
    assert "Glossar ergänzen, fällig am 31.10.2022" in text


def test_two_versions_are_compared_side_by_side_with_the_change_marked(client_as, seed_meeting):
    item = seed_meeting.agenda_items.get(number="1")
    item.minutes = "Erster Satz.\n\nZweiter Satz mit <b>Fehler</b>."
    item.save()
    minutes_approve(meeting=seed_meeting)
    item.refresh_from_db()
    minutes_correct(
        item=item,
        minutes="Erster Satz.\n\nZweiter Satz mit <b>Korrektur</b>.",
        reason="Tippfehler",
    )
    client = client_as("member")
    versions_page = client.get(reverse("meetings:versions", args=[seed_meeting.pk]))
    assert (
        reverse("meetings:versions_compare", args=[seed_meeting.pk])
        in versions_page.content.decode()
    )

    response = client.get(
        reverse("meetings:versions_compare", args=[seed_meeting.pk]), {"a": 1, "b": 2}
    )
    html = response.content.decode()
    # User text is escaped, never markup; the changed word is marked on each side.
    assert "<b>Fehler</b>" not in html and "<b>Korrektur</b>" not in html
    assert "<del>&lt;b&gt;Fehler&lt;/b&gt;.</del>" in html
    assert "<ins>&lt;b&gt;Korrektur&lt;/b&gt;.</ins>" in html
    text = visible(response)
    assert "Version 1 (links) und Version 2 (rechts)" in text
    assert "unveränderte Zeilen" in text  # the untouched items are folded


def test_the_same_version_twice_differs_in_nothing(client_as, seed_meeting):
    minutes_approve(meeting=seed_meeting)
    item = seed_meeting.agenda_items.get(number="1")
    minutes_correct(item=item, minutes="Neu gefasst.", reason="Ergänzung")
    response = client_as("member").get(
        reverse("meetings:versions_compare", args=[seed_meeting.pk]), {"a": 2, "b": 2}
    )
    assert "Die beiden Versionen unterscheiden sich nicht." in visible(response)


def test_with_one_version_there_is_nothing_to_compare(client_as, seed_meeting):
    minutes_approve(meeting=seed_meeting)
    response = client_as("member").get(reverse("meetings:versions_compare", args=[seed_meeting.pk]))
    assert "keine zwei Versionen" in visible(response)

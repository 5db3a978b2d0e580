"""Search finds only what the user may see."""

import pytest

from transferhub.meetings.services import agenda_item_update, minutes_approve, minutes_record


@pytest.fixture
def draft(seed_meeting):
    item = seed_meeting.agenda_items.get(number="3")
    minutes_record(item=item, minutes="Vertraulich: die Lieferketten der Partner werden geprüft.")
    return seed_meeting


def test_an_outsider_does_not_find_the_text_of_unapproved_minutes(draft, search_as):
    assert search_as("outsider", "Lieferkette") == []
    assert search_as("anonymous", "Lieferkette") == []


def test_members_and_the_secretariat_find_their_bodys_draft(draft, search_as):
    for role in ("member", "chair", "secretariat"):
        assert any("Lieferketten der Partner" in h for h in search_as(role, "Lieferkette")), role


def test_the_public_finds_public_items_of_approved_minutes_but_no_tasks(draft, search_as):
    hidden = draft.agenda_items.get(number="4")
    minutes_record(item=hidden, minutes="Interne Lieferkette der Geschäftsstelle.")
    agenda_item_update(item=hidden, public=False)
    minutes_approve(meeting=draft)
    found = search_as("anonymous", "Lieferkette")
    assert len(found) == 1 and "Lieferketten der Partner" in found[0]
    assert search_as("outsider", "Umsetzungshilfe", kind="task") == []
    # The decision on the public item 3 is public with the approved minutes.
    assert any(h.startswith("Beschluss") for h in search_as("anonymous", "vereinbart"))
    # Members still see everything of their body.
    assert len(search_as("member", "Lieferkette")) == 2


def test_tasks_are_found_by_members_only(draft, search_as):
    assert any(h.startswith("Aufgabe") for h in search_as("member", "Glossar"))
    assert not any(h.startswith("Aufgabe") for h in search_as("outsider", "Glossar"))

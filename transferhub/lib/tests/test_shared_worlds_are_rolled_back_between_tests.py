"""The worlds the tests share (conftest.py) look the same to every test, whatever the last
one did: each test changes them in memory and in the database, and the next finds them
as they were built."""

import pytest

from transferhub.meetings.models import AgendaItem, Meeting
from transferhub.network.models import Person


def test_a_test_that_asks_for_no_world_finds_an_empty_database(db):
    assert not Meeting.objects.exists() and not Person.objects.exists()


@pytest.mark.parametrize("turn", range(3))
def test_each_test_finds_the_seed_meeting_as_built_and_may_change_it(seed_meeting, people, turn):
    assert seed_meeting.name == "AG Transfer"
    assert seed_meeting.agenda_items.count() == 10
    assert people["member"].user.is_active and people["member"].given_name == "Wilhelm"
    assert Meeting.objects.count() == 1

    seed_meeting.name = f"Umbenannt {turn}"
    seed_meeting.save()
    AgendaItem.objects.filter(meeting=seed_meeting).delete()
    people["member"].user.is_active = False
    people["member"].user.save()
    people["member"].given_name = "Geändert"  # in memory only


@pytest.mark.django_db(transaction=True)
def test_a_test_that_commits_finds_no_shared_world_and_builds_its_own(seed_meeting):
    assert Meeting.objects.count() == 1
    assert seed_meeting.agenda_items.count() == 10

"""The search follows every change; `search-reindex` rebuilds the SQLite index."""

import io

import pytest
from django.core.management import call_command
from django.db import connection

from transferhub.decisions.services import decision_delete, decision_update
from transferhub.meetings.services import agenda_item_delete, agenda_item_update, minutes_record


def test_changed_minutes_are_found_by_their_new_words_only(seed_meeting, search_as):
    item = seed_meeting.agenda_items.get(number="2")
    minutes_record(item=item, minutes="Es geht um Wärmepumpen.")
    assert len(search_as("member", "Wärmepumpe")) == 1
    minutes_record(item=item, minutes="Es geht um Solardächer.")
    assert search_as("member", "Wärmepumpe") == []
    assert len(search_as("member", "Solardach", kind="minutes")) == 1


def test_a_renamed_item_finds_its_decisions_by_the_new_title(seed_meeting, search_as):
    item = seed_meeting.agenda_items.get(number="3")
    agenda_item_update(item=item, name="Förderfibel Liquidität")
    found = search_as("member", "Förderfibel", kind="decision")
    assert len(found) == 1 and "TOP 3" in found[0]


def test_deleted_and_changed_decisions_leave_the_results(seed_meeting, search_as):
    decision = seed_meeting.decisions.order_by("sequence").first()
    decision_update(
        decision=decision, text="Ein Kompetenzzentrum wird gegründet.", kind="agreement"
    )
    assert len(search_as("member", "Kompetenzzentrum", kind="decision")) == 1
    decision_delete(decision=decision)
    assert search_as("member", "Kompetenzzentrum") == []


def test_a_deleted_item_is_not_found(seed_meeting, search_as):
    item = seed_meeting.agenda_items.get(number="9")
    minutes_record(item=item, minutes="Ein Sommerfest ist geplant.")
    agenda_item_delete(item=item)
    assert search_as("member", "Sommerfest") == []


@pytest.mark.only_on("sqlite")  # only SQLite keeps an index table
def test_search_reindex_rebuilds_a_lost_index(imported_seed, search_as):
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM protocols_search")
    assert search_as("secretariat", "Umsetzungshilfe") == []
    out = io.StringIO()
    call_command("search_reindex", stdout=out)
    assert "Suchindex neu aufgebaut" in out.getvalue()
    assert len(search_as("secretariat", "Umsetzungshilfe", kind="task")) == 3


@pytest.mark.only_on("postgresql")  # PostgreSQL needs no index table
def test_search_reindex_has_nothing_to_do_on_postgresql(db):
    out = io.StringIO()
    call_command("search_reindex", stdout=out)
    assert "nichts zu tun" in out.getvalue()

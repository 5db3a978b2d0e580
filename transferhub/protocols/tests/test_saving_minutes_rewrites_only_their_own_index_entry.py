"""Saving an item's minutes keeps its decisions and tasks findable, without re-indexing them.

Under load every minutes save used to rewrite the index entries of all the item's decisions
and tasks (their context is the item's title, which a minutes save does not change).
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from transferhub.decisions.services import decision_record, task_create
from transferhub.meetings.services import agenda_item_move, minutes_record


def index_writes(queries) -> int:
    return sum("protocols_search" in q["sql"] for q in queries.captured_queries)


def test_after_a_minutes_save_decisions_are_found_by_the_item_title(seed_meeting, search_as):
    item = seed_meeting.agenda_items.get(number="3")
    minutes_record(item=item, minutes="Die AG bespricht die Liquiditätshilfe.")
    assert len(search_as("member", "Liquiditätshilfe", kind="minutes")) == 1
    title_word = item.name.split()[0]
    assert search_as("member", title_word, kind="decision"), "decision lost its item's title"


def test_moved_items_keep_their_minutes_findable(seed_meeting, search_as):
    item = seed_meeting.agenda_items.get(number="2")
    minutes_record(item=item, minutes="Es geht um Wärmepumpen.")
    agenda_item_move(item=item, offset=1)
    assert len(search_as("member", "Wärmepumpe", kind="minutes")) == 1


@pytest.mark.only_on("sqlite")  # only SQLite keeps an index table
def test_a_minutes_save_writes_the_index_once_however_many_decisions_the_item_has(
    seed_meeting,
):
    item = seed_meeting.agenda_items.get(number="2")
    counts = []
    for _ in range(2):
        for n in range(5):
            decision_record(meeting=seed_meeting, agenda_item=item, text=f"Beschluss {n}")
            task_create(body=seed_meeting.body, agenda_item=item, text=f"Aufgabe {n}")
        with CaptureQueriesContext(connection) as queries:
            minutes_record(item=item, minutes=f"Protokoll nach {len(counts) + 1} Runden")
        counts.append(index_writes(queries))
    # The item's own entry: one DELETE and one INSERT, with 5 or 10 decisions and tasks.
    assert counts == [2, 2]

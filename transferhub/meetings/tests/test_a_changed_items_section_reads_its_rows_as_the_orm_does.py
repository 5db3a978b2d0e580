"""After a change on an item, the meeting page reads that item, its decisions and its tasks
with SQL built once (lib.db.instances_by_ids) to render its minutes section again: the
same rows, values and related names as the ORM's queries with their prefetches give, so
the section reads as before, for members (with tasks) and the public (without)."""

import pytest

from transferhub.decisions.services import decision_record, task_create
from transferhub.lib import db
from transferhub.meetings.views.meetings import _agenda_items, _section_items


def fields(row) -> dict:
    return {name: value for name, value in row.__dict__.items() if name != "_state"}


@pytest.mark.parametrize("full", [True, False])
def test_the_items_decisions_and_tasks_are_those_of_the_orm(seed_meeting, full):
    item = seed_meeting.agenda_items.get(name__startswith="Umsetzungshilfe")
    decision_record(
        meeting=seed_meeting,
        agenda_item=item,
        text="Mit Abstimmung.",
        votes=(7, 1, 0),
    )
    task_create(agenda_item=item, text="Ohne zuständige Stelle.")
    pks = list(seed_meeting.agenda_items.values_list("pk", flat=True))
    db._STATEMENTS.clear()
    for _ in range(2):  # built, then from the stored SQL
        orm = _agenda_items(
            seed_meeting,
            with_tasks=full,
            as_lists=True,
            with_attachments=False,
            with_presentations=False,
        ).filter(pk__in=pks)
        read = _section_items(seed_meeting, pks, full=full)
        assert [i.pk for i in read] == [i.pk for i in orm]
        for expected, got in zip(orm, read, strict=True):
            ours = fields(got)
            assert ours.pop("attachment_list") == []
            assert ours.pop("decision_list") == expected.decision_list
            theirs = fields(expected)
            theirs.pop("_prefetched_objects_cache", None)
            theirs.pop("decision_list")
            if full:
                assert ours.pop("task_list") == theirs.pop("task_list")
            assert ours == theirs  # the item's columns and the approved minutes' date
            for a, b in zip(expected.decision_list, got.decision_list, strict=True):
                assert fields(a) == fields(b)
                assert a.register_number == b.register_number
                assert fields(a.body) == fields(b.body)
            for a, b in zip(
                getattr(expected, "task_list", []), got.task_list if full else [], strict=True
            ):
                assert fields(a) == fields(b)
                assert str(a.owner) == str(b.owner)
    if full:
        owners = {str(t.owner) for i in read for t in i.task_list}
        assert {"AG Transfer", "None"} <= owners and len(owners) >= 3
    assert any(d.has_votes for i in read for d in i.decision_list)


def test_an_item_of_another_meeting_is_not_read(seed_meeting, planned_meeting):
    other = seed_meeting.agenda_items.first()
    assert _section_items(planned_meeting, [other.pk], full=True) == []

"""Decisions get stable register numbers per body and year; tasks follow their meeting."""

import datetime as dt

import pytest

from transferhub.decisions.models import Decision, Task
from transferhub.decisions.services import (
    DecisionError,
    decision_delete,
    decision_record,
    task_create,
)
from transferhub.meetings.services import meeting_create, minutes_approve


def test_decisions_are_numbered_per_body_and_year(seed_meeting):
    numbers = [d.register_number for d in seed_meeting.decisions.order_by("sequence")]
    assert numbers == [f"AG Transfer 2022/{n}" for n in range(1, 6)]


def test_a_number_stays_when_an_earlier_decision_is_deleted(seed_meeting):
    decision_delete(decision=seed_meeting.decisions.get(sequence=2))
    new = decision_record(meeting=seed_meeting, text="Noch eine Vereinbarung")
    assert new.register_number == "AG Transfer 2022/6"
    assert Decision.objects.get(sequence=5).register_number == "AG Transfer 2022/5"


def test_numbering_starts_again_in_a_new_year(seed_meeting):
    meeting = meeting_create(
        body=seed_meeting.body,
        name="AG Transfer",
        date=dt.date(2023, 2, 1),
        start_time=dt.time(9),
        end_time=dt.time(11),
    )
    assert decision_record(meeting=meeting, text="Erste 2023").register_number == (
        "AG Transfer 2023/1"
    )


def test_votes_must_be_complete(seed_meeting):
    with pytest.raises(DecisionError):
        decision_record(meeting=seed_meeting, text="Halb", votes=(7, None, 1))
    decision = decision_record(
        meeting=seed_meeting, text="Abgestimmt", kind="resolution", votes=(7, 0, 1)
    )
    assert (decision.votes_yes, decision.votes_no, decision.votes_abstain) == (7, 0, 1)


def test_a_task_due_before_its_meeting_is_refused(seed_meeting, people):
    before = Task.objects.count()
    with pytest.raises(DecisionError, match="vor der Sitzung"):
        task_create(
            meeting=seed_meeting,
            text="Zu früh",
            owner_person=people["chair"],
            due_date=dt.date(2022, 9, 1),
        )
    assert Task.objects.count() == before


def test_nothing_is_added_to_approved_minutes(seed_meeting):
    minutes_approve(meeting=seed_meeting)
    with pytest.raises(DecisionError, match="genehmigt"):
        decision_record(meeting=seed_meeting, text="Zu spät")
    with pytest.raises(DecisionError, match="genehmigt"):
        task_create(meeting=seed_meeting, text="Zu spät")
    assert seed_meeting.decisions.count() == 5

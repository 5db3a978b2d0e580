"""The strongest test of both halves: a written protocol, read back, gives the same meeting."""

from __future__ import annotations

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, note, settings

from conftest import examples
from transferhub.meetings.models import Meeting
from transferhub.meetings.services import agenda_schedule, next_meeting_of
from transferhub.protocols.reader import read_protocol
from transferhub.protocols.writing import protocol_docx, protocol_markdown, protocol_pdf

from .writing_strategies import build_meeting, meeting_st

WRITERS = {"md": protocol_markdown, "docx": protocol_docx, "pdf": protocol_pdf}


def _person(person, organisation=None) -> dict:
    org = organisation or person.organisation
    return {
        "name": person.name,
        "honorific": person.title or None,
        "organisation": org.name if org else None,
    }


def expected_of(meeting: Meeting) -> dict:
    """What a careful reader must find in the protocol, taken from the database."""
    items = list(meeting.agenda_items.order_by("order"))
    scheduled, _overrun = agenda_schedule(meeting, items)
    agenda, breaks = [], []
    for slot in scheduled:
        item = slot.item
        start = slot.start.strftime("%H:%M")
        if item.is_break:
            breaks.append({"title": item.name, "start": start})
            continue
        agenda.append(
            {
                "number": item.number,
                "title": item.name,
                "start": start,
                # A protocol has no "planned": what stood on the agenda was dealt with.
                "status": "discussed" if item.status == "planned" else item.status,
                "presenters": [_person(p.person, p.organisation) for p in item.presentations.all()],
                "decisions": [
                    {
                        "text": d.text,
                        "kind": d.kind,
                        "votes": {"yes": d.votes_yes, "no": d.votes_no, "abstain": d.votes_abstain}
                        if d.has_votes
                        else None,
                    }
                    for d in item.decisions.order_by("sequence")
                ],
                "tasks": [
                    {
                        "text": t.text,
                        "owner": t.owner_person.name
                        if t.owner_person_id
                        else (t.owner_body.name if t.owner_body_id else None),
                        "due": t.due_date.isoformat() if t.due_date else None,
                    }
                    for t in item.tasks.order_by("id")
                ],
            }
        )
    following = next_meeting_of(meeting)
    return {
        "body": meeting.body.name,
        "date": meeting.date.isoformat(),
        "start": meeting.start_time.strftime("%H:%M"),
        "end": meeting.end_time.strftime("%H:%M"),
        "agenda": agenda,
        "breaks": breaks,
        "next_meeting": {
            "date": following.date.isoformat(),
            "start": following.start_time.strftime("%H:%M"),
            "end": following.end_time.strftime("%H:%M"),
        }
        if following
        else None,
        "note_taker": meeting.note_taker.name if meeting.note_taker_id else None,
        "participants": sorted(a.person.name for a in meeting.attendances.filter(status="present")),
        "participant_count": meeting.participant_count(),
    }


def read_back(result: dict) -> dict:
    """The same fields from the reader's result."""
    keep = ("number", "title", "start", "status", "presenters", "decisions", "tasks")
    return {
        "body": result["body"],
        "date": result["date"],
        "start": result["start"],
        "end": result["end"],
        "agenda": [{k: it[k] for k in keep} for it in result["agenda"]],
        "breaks": result["breaks"],
        "next_meeting": result["next_meeting"],
        "note_taker": result["note_taker"],
        "participants": sorted(p["name"] for p in result["participants"]),
        "participant_count": result["participant_count"],
    }


def round_trip(spec: dict, formats: tuple[str, ...]) -> None:
    with transaction.atomic():
        meeting = build_meeting(spec)
        expected = expected_of(meeting)
        for fmt in formats:
            filename, _mimetype, content = WRITERS[fmt](meeting)
            result = read_protocol(content, filename=filename, with_text=True)
            note(f"--- {fmt} ---\n" + result["_text"])
            got = read_back(result)
            for key in expected:
                if key == "agenda":
                    assert len(got["agenda"]) == len(expected["agenda"]), fmt
                    for mine, theirs in zip(got["agenda"], expected["agenda"], strict=True):
                        assert mine == theirs, fmt
                else:
                    assert got[key] == expected[key], (fmt, key)
        transaction.set_rollback(True)


COMMON = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}


@pytest.mark.django_db
@settings(max_examples=examples(25), **COMMON)
@given(spec=meeting_st())
def test_a_markdown_protocol_reads_back_as_the_same_meeting(spec):
    round_trip(spec, ("md",))


@pytest.mark.django_db
@settings(max_examples=examples(10), **COMMON)
@given(spec=meeting_st())
def test_docx_and_pdf_protocols_read_back_as_the_same_meeting(spec):
    round_trip(spec, ("docx", "pdf"))

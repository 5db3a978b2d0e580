"""Approving freezes the minutes; corrections make versions; the next meeting follows up."""

import datetime as dt

import pytest

from transferhub.lib.models import ActionLog
from transferhub.meetings.models import AgendaItem, Meeting
from transferhub.meetings.services import (
    MeetingError,
    agenda_item_add,
    agenda_item_move,
    agenda_schedule,
    meeting_create,
    minutes_approve,
    minutes_correct,
    minutes_record,
)


def test_a_new_meeting_gets_the_item_approving_the_previous_minutes(seed_meeting):
    following = meeting_create(
        body=seed_meeting.body,
        name="AG Transfer",
        date=dt.date(2022, 11, 24),
        start_time=dt.time(9),
        end_time=dt.time(11),
    )
    first = following.agenda_items.order_by("order").first()
    assert first.name == "Genehmigung des Protokolls vom 15.09.2022"
    assert first.approves_minutes_of == seed_meeting


def test_approving_adds_the_approval_item_to_an_already_planned_next_meeting(seed_meeting, people):
    later = Meeting.objects.create(
        body=seed_meeting.body,
        name="AG Transfer",
        date=dt.date(2022, 11, 24),
        start_time=dt.time(9),
        end_time=dt.time(11),
    )
    agenda_item_add(meeting=later, name="Neues aus der OM", duration_minutes=20)
    minutes_approve(meeting=seed_meeting, actor=people["secretariat"].user)
    names = list(later.agenda_items.order_by("order").values_list("name", flat=True))
    assert names == ["Genehmigung des Protokolls vom 15.09.2022", "Neues aus der OM"]
    # Approving is idempotent for the follow-up: no second approval item.
    assert later.agenda_items.filter(approves_minutes_of=seed_meeting).count() == 1


def test_approved_minutes_refuse_a_plain_edit_and_stay_unchanged(seed_meeting):
    minutes_approve(meeting=seed_meeting)
    item = seed_meeting.agenda_items.get(number="1")
    with pytest.raises(MeetingError, match="eingefroren"):
        minutes_record(item=item, minutes="Nachträglich geändert")
    item.refresh_from_db()
    assert item.minutes == "Protokoll zu Neues aus der Offensive Mittelstand."


def test_a_correction_makes_a_new_version_that_keeps_who_and_why(seed_meeting, people):
    user = people["secretariat"].user
    minutes_approve(meeting=seed_meeting, actor=user)
    item = seed_meeting.agenda_items.get(number="1")
    version = minutes_correct(
        item=item, minutes="Korrigierter Text.", reason="Tippfehler", actor=user
    )
    assert version.version == 2
    assert version.created_by == user
    assert version.reason == "Tippfehler"
    first = seed_meeting.minutes_versions.get(version=1)
    assert "Protokoll zu Neues" in str(first.content)
    assert "Korrigierter Text." in str(version.content)
    log = ActionLog.objects.filter(action="minutes.corrected").get()
    assert log.actor == user
    assert log.data["before"] == "Protokoll zu Neues aus der Offensive Mittelstand."


def test_a_correction_without_reason_or_change_is_refused(seed_meeting):
    minutes_approve(meeting=seed_meeting)
    item = seed_meeting.agenda_items.get(number="1")
    with pytest.raises(MeetingError):
        minutes_correct(item=item, minutes="Neu", reason="  ")
    with pytest.raises(MeetingError):
        minutes_correct(item=item, minutes=item.minutes, reason="nichts")
    assert seed_meeting.minutes_versions.count() == 1


def test_the_agenda_computes_start_times_like_the_seed(seed_meeting):
    items = seed_meeting.agenda_items.order_by("order")
    scheduled, overrun = agenda_schedule(seed_meeting, items)
    starts = {s.item.number or s.item.name: s.start.strftime("%H:%M") for s in scheduled}
    assert starts["1"] == "09:00"
    assert starts["4"] == "10:20"
    assert starts["Pause"] == "10:50"
    assert starts["5"] == "11:00"
    assert starts["9"] == "12:50"
    assert overrun is False


def test_the_agenda_warns_when_the_plan_runs_past_the_end(seed_meeting):
    agenda_item_add(meeting=seed_meeting, name="Zusatzpunkt", duration_minutes=30)
    scheduled, overrun = agenda_schedule(seed_meeting, seed_meeting.agenda_items.order_by("order"))
    assert overrun is True
    assert scheduled[-1].overruns and not scheduled[0].overruns


def test_moving_an_item_swaps_it_with_its_neighbour_and_the_numbers_follow(seed_meeting):
    first, second = seed_meeting.agenda_items.order_by("order")[:2]
    agenda_item_move(item=second, offset=-1)
    moved = [(i.pk, i.number) for i in seed_meeting.agenda_items.order_by("order")[:2]]
    assert moved == [(second.pk, "1"), (first.pk, "2")]


def test_a_duplicate_item_number_is_refused(seed_meeting):
    count = seed_meeting.agenda_items.count()
    with pytest.raises(MeetingError, match="schon vergeben"):
        agenda_item_add(meeting=seed_meeting, name="Doppelt", number="3")
    assert seed_meeting.agenda_items.count() == count


def test_an_end_before_the_start_is_refused(ag_transfer):
    with pytest.raises(MeetingError, match="Ende"):
        meeting_create(
            body=ag_transfer,
            name="X",
            date=dt.date(2022, 9, 15),
            start_time=dt.time(13),
            end_time=dt.time(9),
        )
    assert not Meeting.objects.exists()


def test_breaks_have_no_number(seed_meeting):
    brk = seed_meeting.agenda_items.get(kind=AgendaItem.Kind.BREAK)
    assert brk.number == ""


def test_approving_sends_the_minutes_to_the_members_with_the_pdf(
    seed_meeting, people, django_capture_on_commit_callbacks, mailoutbox
):
    with django_capture_on_commit_callbacks(execute=True):
        minutes_approve(meeting=seed_meeting, actor=people["secretariat"].user)
    recipients = sorted(address for message in mailoutbox for address in message.to)
    assert recipients == sorted(people[role].email for role in ("chair", "member", "secretariat"))
    filename, content, mimetype = mailoutbox[0].attachments[0]
    assert mimetype == "application/pdf" and content.startswith(b"%PDF")

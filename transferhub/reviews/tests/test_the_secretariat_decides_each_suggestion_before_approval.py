"""The secretariat's side: a wording made stale by a later edit cannot be accepted; the
round closes only when every suggestion is decided; approval by the body waits for its
next meeting; chair first, then all attendees, each mailed once."""

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

from transferhub.meetings.models import Attendance
from transferhub.meetings.services import meeting_create, minutes_record
from transferhub.reviews.models import Approval, Flow, ReviewRound
from transferhub.reviews.services import (
    ReviewError,
    response_decide,
    response_save,
    review_approve,
    review_close,
    review_settings_save,
    review_start,
    review_widen,
)


def test_a_stale_wording_is_refused_and_closing_waits_for_every_decision(seed_meeting, people):
    office = people["secretariat"].user
    review = review_start(meeting=seed_meeting, actor=office)
    reviewer = review.reviewers.get(person=people["member"])
    item = seed_meeting.agenda_items.get(number="3")
    wording = response_save(
        reviewer=reviewer, item=item, kind="wording", proposed_minutes="Neue Fassung."
    )
    minutes_record(item=item, minutes="Inzwischen von Hand geändert.", actor=office)
    with pytest.raises(ReviewError, match="seit dem Vorschlag geändert"):
        response_decide(response=wording, accept=True, actor=office)
    item.refresh_from_db()
    assert item.minutes == "Inzwischen von Hand geändert."
    with pytest.raises(ReviewError, match="noch 1 offen"):
        review_close(review=review, actor=office)
    response_decide(response=wording, accept=False, note="Schon geändert.", actor=office)
    review_close(review=review, actor=office)
    with pytest.raises(ReviewError, match="nächsten Sitzung"):
        review_approve(review=review, how=Approval.BODY, actor=office)
    with pytest.raises(ReviewError, match="Nur die Leitung"):
        review_approve(review=review, how=Approval.CHAIR, actor=people["member"].user)


def test_the_body_approves_at_its_next_meeting_and_the_round_says_so(seed_meeting, people):
    office = people["secretariat"].user
    review = review_start(meeting=seed_meeting, actor=office)
    review_close(review=review, actor=office)
    following = meeting_create(
        body=seed_meeting.body,
        name="AG Transfer",
        date=dt.date(2022, 11, 24),
        start_time=dt.time(9),
        end_time=dt.time(11),
    )
    review = review_approve(review=review, how=Approval.BODY, actor=office)
    assert review.approved_in == following
    assert review.approval_text() == (
        "Nach Prüfung genehmigt durch das Gremium in seiner Sitzung vom 24.11.2022."
    )
    seed_meeting.refresh_from_db()
    assert seed_meeting.minutes_frozen


def test_the_chair_reads_first_then_all_attendees(
    seed_meeting, people, django_capture_on_commit_callbacks
):
    office = people["secretariat"].user
    review_settings_save(
        body=seed_meeting.body,
        flow=Flow.CHAIR_THEN_ATTENDEES,
        days=5,
        approval=Approval.CHAIR,
        actor=office,
    )
    Attendance.objects.create(
        meeting=seed_meeting, person=people["member"], status=Attendance.Status.PRESENT
    )
    with django_capture_on_commit_callbacks(execute=True):
        review = review_start(meeting=seed_meeting, actor=office)
    assert [m.to for m in mail.outbox] == [["oliver.kruse@example.org"]]
    assert review.deadline.date() == (timezone.now() + dt.timedelta(days=5)).date()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        added = review_widen(review=review, actor=office)
    assert added == 1  # the member present; the chair was asked already
    assert [m.to for m in mail.outbox] == [["wilhelm.heidbrede@example.org"]]
    assert ReviewRound.objects.get().stage == "attendees"
    # The member's mail is in English, the language of the member.
    assert (
        mail.outbox[0].subject.startswith("Draft minutes") or "Protokoll" in mail.outbox[0].subject
    )

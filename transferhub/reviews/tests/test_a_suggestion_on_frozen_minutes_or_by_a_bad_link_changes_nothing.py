"""Bad input on the review round: a suggestion on approved (frozen) minutes, an altered,
expired or voided link, an answer after the deadline: a clear message, nothing changed."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from transferhub.meetings.services import minutes_approve
from transferhub.reviews.models import Response, ReviewRound
from transferhub.reviews.services import ReviewError, response_save, review_start, reviewer_token


@pytest.fixture
def review(seed_meeting, people):
    return review_start(meeting=seed_meeting, actor=people["secretariat"].user)


def _member(review, people):
    return review.reviewers.get(person=people["member"])


def test_a_suggestion_on_approved_minutes_is_refused(
    client, review, people, seed_meeting, django_capture_on_commit_callbacks
):
    reviewer = _member(review, people)
    item = seed_meeting.agenda_items.get(number="3")
    with django_capture_on_commit_callbacks(execute=True):
        minutes_approve(meeting=seed_meeting)
    link = reverse("reviews:link", args=[reviewer_token(reviewer)])
    page = client.post(link, {"item": item.pk, "kind": "comment", "comment": "Zu spät?"})
    assert page.status_code == 400
    assert "eingefroren" in page.content.decode()
    assert not Response.objects.exists()
    item.refresh_from_db()
    assert item.minutes == "Protokoll zu Umsetzungshilfe „Finanzierung und Liquidität“."
    # The round notes that the minutes were approved past it.
    review.refresh_from_db()
    assert review.state == ReviewRound.State.APPROVED


def test_an_altered_link_is_refused(client, review, people):
    token = reviewer_token(_member(review, people))
    altered = token[:-2] + ("xy" if not token.endswith("xy") else "zz")
    page = client.get(reverse("reviews:link", args=[altered]))
    assert page.status_code == 400
    assert "Dieser Link ist ungültig" in page.content.decode()


def test_an_expired_link_is_refused(client, review, people, settings):
    settings.REVIEW_LINK_DAYS = -1
    page = client.get(reverse("reviews:link", args=[reviewer_token(_member(review, people))]))
    assert page.status_code == 400
    assert "Dieser Link ist abgelaufen" in page.content.decode()


def test_a_voided_link_no_longer_opens_the_draft(client, review, people):
    reviewer = _member(review, people)
    token = reviewer_token(reviewer)
    reviewer.key = __import__("uuid").uuid4()
    reviewer.save(update_fields=["key"])
    page = client.get(reverse("reviews:link", args=[token]))
    assert page.status_code == 400 and "gilt nicht mehr" in page.content.decode()


def test_an_answer_after_the_deadline_is_refused(review, people, seed_meeting):
    ReviewRound.objects.filter(pk=review.pk).update(
        deadline=timezone.now() - dt.timedelta(minutes=1)
    )
    reviewer = _member(ReviewRound.objects.get(pk=review.pk), people)
    with pytest.raises(ReviewError, match="Frist zur Prüfung ist am"):
        response_save(
            reviewer=reviewer,
            item=seed_meeting.agenda_items.get(number="3"),
            kind="comment",
            comment="Spät.",
        )
    assert not Response.objects.exists()


def test_an_empty_wording_or_a_wording_equal_to_the_draft_is_refused(review, people, seed_meeting):
    reviewer = _member(review, people)
    item = seed_meeting.agenda_items.get(number="3")
    with pytest.raises(ReviewError, match="vorgeschlagene Fassung an"):
        response_save(reviewer=reviewer, item=item, kind="wording", proposed_minutes="  ")
    with pytest.raises(ReviewError, match="gleicht dem Entwurf"):
        response_save(reviewer=reviewer, item=item, kind="wording", proposed_minutes=item.minutes)
    assert not Response.objects.exists()

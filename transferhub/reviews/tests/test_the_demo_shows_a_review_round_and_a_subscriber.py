"""The demo: the seed meeting's draft went through a review round with one suggestion
(approved by the body at its next meeting); the AG Transfer's calendar is public with
one confirmed subscriber at an invented address."""

import io

from django.core.management import call_command

from transferhub.lib.versioning import reason_display
from transferhub.meetings.models import Meeting
from transferhub.reviews.models import Response, ReviewRound
from transferhub.subscriptions.models import PublicCalendar, Subscription


def test_the_demo_has_a_review_round_with_one_suggestion_and_a_subscriber(demo):
    seed = Meeting.objects.get(date="2022-09-15")
    review = ReviewRound.objects.get(meeting=seed)
    suggestions = Response.objects.filter(reviewer__round=review).exclude(kind="confirm")
    assert suggestions.count() == 1
    assert review.approval_text() == (
        "Nach Prüfung genehmigt durch das Gremium in seiner Sitzung vom 24.11.2022."
    )
    assert reason_display(seed.minutes_versions.get(version=1).reason) == review.approval_text()
    assert PublicCalendar.objects.get(body=seed.body).public
    assert Subscription.objects.filter(body=seed.body, confirmed_at__isnull=False).count() == 1
    call_command("demo", "--reset", stdout=io.StringIO())
    assert ReviewRound.objects.count() == 1 and Subscription.objects.count() == 1

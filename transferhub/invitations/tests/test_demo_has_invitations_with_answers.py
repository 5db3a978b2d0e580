"""The demo: the seed meeting's invitations with answers, and its minutes' delivery."""

import io

from django.core.management import call_command

from transferhub.invitations.models import Invitation, MinutesDelivery
from transferhub.meetings.models import Meeting


def test_the_seed_meeting_has_invitations_with_answers_and_a_delivery_log(demo):
    meeting = Meeting.objects.get(date="2022-09-15")
    answers = set(Invitation.objects.filter(meeting=meeting).values_list("answer", flat=True))
    assert {"accepted", "declined"} <= answers
    assert Invitation.objects.filter(meeting=meeting, mailed_at__isnull=False).count() >= 3
    assert MinutesDelivery.objects.filter(meeting=meeting, sent_at__isnull=False).exists()
    call_command("demo", "--reset", stdout=io.StringIO())
    meeting = Meeting.objects.get(date="2022-09-15")
    assert Invitation.objects.filter(meeting=meeting).exists()

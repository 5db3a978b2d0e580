"""The review round's link on a meeting page (registered in lib.registry.meeting_review)."""

from django.urls import reverse
from django.utils.translation import gettext as _

from transferhub.lib.db import instances_by_ids
from transferhub.network.permissions import can_manage_body

from . import services
from .models import ReviewRound


def meeting_link(meeting, user) -> tuple[str, str] | None:
    """(label, URL): managers start or follow the round, a reviewer reads, others nothing."""
    if not user.is_authenticated:
        return None
    # Asked on every view of a held meeting's page: its SQL built once (lib.db). A meeting
    # has at most one open round (review_one_open_per_meeting) and few rounds in all.
    rounds = instances_by_ids("meeting-review-rounds", ReviewRound, [meeting.pk], by="meeting")
    review = next((r for r in rounds if r.state == ReviewRound.State.OPEN), None)
    if can_manage_body(user, meeting.body_id):
        if review is not None:
            return _("Rückmeldungen zum Entwurf"), review.get_absolute_url()
        return _("Zur Prüfung geben"), reverse("reviews:meeting", args=[meeting.pk])
    if review is not None and services.reviewer_for_user(review, user) is not None:
        return _("Entwurf prüfen"), reverse("reviews:read", args=[review.pk])
    if review is None and services.may_start(user, meeting):
        return _("Zur Prüfung geben"), reverse("reviews:meeting", args=[meeting.pk])
    return None

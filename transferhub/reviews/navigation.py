"""The review round's start panels (see lib/navigation.py): the drafts a person is asked
to review, and for the note-taker and managers the drafts that may go to review."""

from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from transferhub.lib import registry
from transferhub.lib.registry import StartPanel
from transferhub.meetings.models import Meeting
from transferhub.network.permissions import managed_body_ids

from .models import Reviewer, ReviewRound

PANEL_ROWS = 10


def _open_for(user):
    return Reviewer.objects.filter(
        person__user=user,
        round__state=ReviewRound.State.OPEN,
        round__deadline__gt=timezone.now(),
    )


def drafts_to_review(request) -> dict | None:
    """The drafts the person is asked to read, with the deadline; no panel without one.

    Asked on the start page only (members), not as a capability: that would cost every
    page a query.
    """
    rows = list(
        _open_for(request.user)
        .select_related("round__meeting__body")
        .order_by("round__deadline")[: PANEL_ROWS + 1]
    )
    if not rows:
        return None
    return {"reviewers": rows[:PANEL_ROWS], "more": len(rows) > PANEL_ROWS}


def drafts_for_review(request) -> dict | None:
    """Drafts of the bodies one manages: hand them to review or follow the round."""
    drafts = Meeting.objects.filter(state=Meeting.State.MINUTES_DRAFT)
    managed = managed_body_ids(request.user)
    if managed is not None:
        drafts = drafts.filter(body_id__in=managed)
    drafts = drafts.annotate(
        in_review=Exists(
            ReviewRound.objects.filter(meeting=OuterRef("pk"), state=ReviewRound.State.OPEN)
        )
    )
    rows = list(drafts.select_related("body").order_by("-date", "-pk")[: PANEL_ROWS + 1])
    return {"meetings": rows[:PANEL_ROWS], "more": len(rows) > PANEL_ROWS}


registry.start_panels.register(
    "drafts_to_review",
    StartPanel(
        _("Protokollentwürfe zur Prüfung"),
        "reviews/start/drafts_to_review.html",
        drafts_to_review,
        needs=("member",),
    ),
    order=25,
)
registry.start_panels.register(
    "drafts_for_review",
    StartPanel(
        _("Protokollprüfung"),
        "reviews/start/drafts_for_review.html",
        drafts_for_review,
        needs=("secretariat", "manager"),
    ),
    order=22,
)

"""What the invitations app does when meetings call on it (registry and signals)."""

import logging

from django.urls import reverse

from . import services

logger = logging.getLogger(__name__)


def invite_members(*, meeting, actor=None) -> int:
    """meetings.services.meeting_invite: the members, with the default text; count made."""
    try:
        result = services.invitations_send(meeting=meeting, actor=actor)
    except services.InvitationError as exc:
        from transferhub.meetings.services import MeetingError

        raise MeetingError(str(exc)) from exc
    return len(result.invitations)


def preview_url(meeting) -> str:
    return reverse("invitations:preview", args=[meeting.pk])


def deliveries_url(meeting) -> str:
    return reverse("invitations:deliveries", args=[meeting.pk])


def minutes_approved(sender, meeting, **kwargs) -> None:
    # Sent after the approval's commit: trouble here must not turn it into an error page.
    try:
        services.minutes_distribute(meeting=meeting)
    except Exception:
        logger.exception("The minutes of meeting %s could not be queued for mailing", meeting.pk)


def meeting_changed(sender, meeting, changes, **kwargs) -> None:
    try:
        services.invitations_update(meeting=meeting, changes=changes)
    except Exception:
        logger.exception("The update of meeting %s could not be queued for mailing", meeting.pk)


def meeting_cancelled(sender, meeting, reason="", **kwargs) -> None:
    try:
        services.invitations_cancel(meeting=meeting, reason=reason)
    except Exception:
        logger.exception("The cancellation of meeting %s could not be queued", meeting.pk)

"""What the invitations app does when meetings call on it (registry and signals)."""

from django.urls import reverse

from . import services


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
    services.minutes_distribute(meeting=meeting)


def meeting_changed(sender, meeting, changes, **kwargs) -> None:
    services.invitations_update(meeting=meeting, changes=changes)


def meeting_cancelled(sender, meeting, reason="", **kwargs) -> None:
    services.invitations_cancel(meeting=meeting, reason=reason)

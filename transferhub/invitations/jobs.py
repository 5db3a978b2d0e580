"""Background jobs: the invitation mails (invitation, reminder, update, cancellation) and
the approved minutes' delivery.

Each job sends what is still unsent for one meeting, so it is safe to run twice: a mail
is claimed (its attempt counted) before it goes out and marked sent after. A mail server
that fails is tried again after 1, 5, 15 and 60 minutes; after the fifth attempt the
mail stays unsent, visible on the meeting's invitation page with a button to try again.
"""

import datetime as dt
import logging

from django.db.models import F, Max
from django.utils import timezone, translation
from django_tasks import task

from transferhub.meetings.calendar import meeting_event
from transferhub.meetings.models import Meeting
from transferhub.network.notifications import mail_person

from .models import BodyInvitationSettings, Invitation, InvitationMail, MinutesDelivery

logger = logging.getLogger(__name__)

MAIL_ATTEMPTS = 5
MAIL_RETRY_MINUTES = (1, 5, 15, 60)


def _again_later(job, meeting_id: int, attempt: int) -> None:
    """Enqueue the next round for the mails that failed, after a pause where possible."""
    if attempt >= MAIL_ATTEMPTS:
        logger.error("%s: meeting %s, attempt %d failed; giving up.", job.name, meeting_id, attempt)
        return
    backend = job.get_backend()
    if backend.supports_defer:
        delay = dt.timedelta(minutes=MAIL_RETRY_MINUTES[attempt - 1])
        job = job.using(run_after=timezone.now() + delay)
    job.enqueue(meeting_id, attempt=attempt + 1)


def _claim(model, row) -> bool:
    """Count an attempt on an unsent row; False if another worker took it meanwhile."""
    return bool(
        model.objects.filter(pk=row.pk, sent_at__isnull=True, attempts=row.attempts).update(
            attempts=F("attempts") + 1
        )
    )


def _failed(model, row, exc: Exception) -> None:
    # The error's class only: the log and the row hold no address.
    model.objects.filter(pk=row.pk).update(failed_at=timezone.now(), error=type(exc).__name__)


def calendar_sequence(meeting: Meeting, kind: str) -> int:
    """The SEQUENCE for a mail of `kind`: an update or cancellation above any sent before.

    It follows the meeting's changes as every download does (meetings.calendar), and an
    update made within the second of the invitation still counts higher.
    """
    base = int(meeting.modified.timestamp()) if meeting.modified else 0
    sent = InvitationMail.objects.filter(invitation__meeting=meeting).aggregate(m=Max("sequence"))
    if sent["m"] is None:
        return base
    step = 1 if kind in (InvitationMail.Kind.UPDATE, InvitationMail.Kind.CANCEL) else 0
    return max(base, sent["m"] + step)


def calendar_file(meeting: Meeting, kind: str, sequence: int) -> tuple[str, str, bytes]:
    """The meeting as .ics for an invitee: REQUEST, or CANCEL for a cancellation.

    The UID stays the meeting's, so a calendar replaces the entry it holds.
    """
    from icalendar import Calendar

    cal = Calendar()
    cal.add("prodid", "-//Transferhub//DE")
    cal.add("version", "2.0")
    method = "CANCEL" if kind == InvitationMail.Kind.CANCEL else "REQUEST"
    cal.add("method", method)
    event = meeting_event(meeting, online_url=True)
    event.pop("sequence", None)
    event.add("sequence", sequence)
    if method == "CANCEL":
        event["status"] = "CANCELLED"
    cal.add_component(event)
    return f"sitzung-{meeting.date:%Y-%m-%d}.ics", "text/calendar; charset=utf-8", cal.to_ical()


def _agenda_pdf(meeting: Meeting):
    from transferhub.protocols.writing import agenda_pdf

    try:
        return agenda_pdf(meeting, online_url=True)
    except Exception:  # a broken PDF engine must not keep the invitation from going out
        logger.exception("Agenda PDF of meeting %s failed; invitations go without it", meeting.pk)
        return None


@task()
def invitation_mails_send(meeting_id: int, attempt: int = 1) -> int:
    """Mail what is unsent of a meeting's invitation mails; return the number sent."""
    from transferhub.meetings.services import MeetingError

    from .services import _ensure_attendance, invitation_link

    meeting = Meeting.objects.select_related("body").filter(pk=meeting_id).first()
    if meeting is None:
        return 0
    pending = list(
        InvitationMail.objects.filter(
            invitation__meeting=meeting, sent_at__isnull=True, attempts__lt=MAIL_ATTEMPTS
        )
        .select_related("invitation__person", "invitation__meeting")
        .order_by("pk")
    )
    if not pending:
        return 0
    calendars: dict[str, tuple] = {}
    agenda = None
    if any(m.attach_agenda and m.kind != InvitationMail.Kind.CANCEL for m in pending):
        agenda = _agenda_pdf(meeting)
    items = list(meeting.agenda_items.order_by("order"))
    sent = failed = 0
    for row in pending:
        if not _claim(InvitationMail, row):
            continue
        invitation = row.invitation
        if row.kind not in calendars:
            sequence = calendar_sequence(meeting, row.kind)
            calendars[row.kind] = (sequence, calendar_file(meeting, row.kind, sequence))
        sequence, ics = calendars[row.kind]
        attachments = [ics]
        if agenda is not None and row.attach_agenda and row.kind != InvitationMail.Kind.CANCEL:
            attachments.append(agenda)
        try:
            done = mail_person(
                invitation,
                subject=row.subject,
                template="invitations/email/invitation",
                context={
                    "mail": row,
                    "meeting": meeting,
                    "items": items,
                    "link": invitation_link(invitation)
                    if row.kind != InvitationMail.Kind.CANCEL
                    else "",
                    "attachments": [a[0] for a in attachments],
                },
                attachments=attachments,
            )
        except Exception as exc:  # one address's trouble must not stop the others' mails
            logger.warning("Invitation mail %s failed (%s)", row.pk, type(exc).__name__)
            _failed(InvitationMail, row, exc)
            failed += 1
            continue
        now = timezone.now()
        if not done:  # no address any more, or the person turned such mails off
            InvitationMail.objects.filter(pk=row.pk).update(failed_at=now, error="not_sent")
            continue
        InvitationMail.objects.filter(pk=row.pk).update(sent_at=now, error="", sequence=sequence)
        sent += 1
        if row.kind == InvitationMail.Kind.INVITATION and invitation.mailed_at is None:
            Invitation.objects.filter(pk=invitation.pk).update(mailed_at=now)
            invitation.mailed_at = now
            # Only now does the attendance list say "eingeladen".
            try:
                _ensure_attendance(invitation, None)
            except MeetingError:
                logger.warning("Invitation %s: no row on the attendance list", invitation.pk)
    if failed:
        _again_later(invitation_mails_send, meeting_id, attempt)
    return sent


@task()
def invitation_reminders_send() -> int:
    """Background job: queue today's reminders (enqueue once a day, e.g. from cron)."""
    from .services import reminders_queue

    return reminders_queue()


def _minutes_files(meeting: Meeting, docx: bool) -> list[tuple[str, str, bytes]]:
    from transferhub.protocols.writing import protocol_docx, protocol_pdf

    files = [protocol_pdf(meeting)]
    if docx:
        files.append(protocol_docx(meeting))
    return files


@task()
def minutes_deliveries_send(meeting_id: int, attempt: int = 1) -> int:
    """Mail the approved minutes to each member and attendee not yet served; return sent."""
    meeting = Meeting.objects.select_related("body").filter(pk=meeting_id).first()
    if meeting is None or meeting.state != Meeting.State.MINUTES_APPROVED:
        return 0
    pending = list(
        MinutesDelivery.objects.filter(
            meeting=meeting, sent_at__isnull=True, attempts__lt=MAIL_ATTEMPTS
        )
        .select_related("person")
        .order_by("pk")
    )
    if not pending:
        return 0
    settings_ = BodyInvitationSettings.for_body(meeting.body)
    with translation.override("de"):
        files = _minutes_files(meeting, settings_.minutes_docx)
    names = [f[0] for f in files]
    sent = failed = 0
    for row in pending:
        if not _claim(MinutesDelivery, row):
            continue

        def subject(m=meeting):
            return translation.gettext("Protokoll: %(name)s vom %(date)s") % {
                "name": m.name,
                "date": m.date.strftime("%d.%m.%Y"),
            }

        try:
            done = mail_person(
                row.person,
                subject=subject,
                template="invitations/email/minutes",
                context={"meeting": meeting, "files": names, "version": row.version},
                attachments=files,
            )
        except Exception as exc:
            logger.warning("Minutes delivery %s failed (%s)", row.pk, type(exc).__name__)
            _failed(MinutesDelivery, row, exc)
            failed += 1
            continue
        if not done:
            MinutesDelivery.objects.filter(pk=row.pk).update(
                failed_at=timezone.now(), error="not_sent"
            )
            continue
        MinutesDelivery.objects.filter(pk=row.pk).update(
            sent_at=timezone.now(), files=names, error=""
        )
        sent += 1
    if failed:
        _again_later(minutes_deliveries_send, meeting_id, attempt)
    return sent

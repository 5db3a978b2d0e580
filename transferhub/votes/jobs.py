"""Background jobs of votes: the ballot mails, the result mails and the close at the deadline.

Each job is safe to run twice: a voter's ballot mail is marked sent (`mailed_at`) and
skipped afterwards; the result mail is claimed once per vote before it goes out; closing
a closed vote changes nothing. `transferhub close-votes` (cron) closes what a job missed.
"""

import logging

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import default_task_backend, task

from transferhub.meetings.models import Attendance
from transferhub.network.notifications import mail_person

from .models import Vote, Voter

logger = logging.getLogger(__name__)


@task()
def vote_mail_ballots(vote_id: int) -> int:
    """Mail each voter not yet mailed the motion and a personal signed link."""
    from .services import ballot_link

    vote = Vote.objects.select_related("body").filter(pk=vote_id, state=Vote.State.OPEN).first()
    if vote is None or vote.by_hand:
        return 0
    sent = 0
    attachments = list(vote.attachments.all())
    voters = vote.voters.select_related("person").filter(mailed_at__isnull=True)
    voters = voters.exclude(person__email="")
    if vote.kind == Vote.Kind.MEETING:  # in the room: those on the attendance list as present
        voters = voters.filter(
            person__attendances__meeting_id=vote.meeting_id,
            person__attendances__status=Attendance.Status.PRESENT,
        )
    for voter in voters:

        def subject(v=vote):
            names = {"body": v.body.name, "title": v.title}
            if v.kind == Vote.Kind.MEETING:
                return _("Abstimmung %(body)s: %(title)s") % names
            return _("Umlaufverfahren %(body)s: %(title)s") % names

        try:
            done = mail_person(
                voter,
                subject=subject,
                template="votes/email/ballot",
                context={"vote": vote, "link": ballot_link(voter), "attachments": attachments},
            )
        except Exception:  # one address's trouble must not stop the others' mails
            logger.exception("Ballot mail for voter %s could not be sent", voter.pk)
            continue
        if done:
            Voter.objects.filter(pk=voter.pk).update(mailed_at=timezone.now())
            sent += 1
    return sent


@task()
def vote_mail_result(vote_id: int) -> int:
    """Tell everyone entitled the outcome (or the cancellation) once."""
    with transaction.atomic():
        claimed = (
            Vote.objects.filter(pk=vote_id, result_mailed_at__isnull=True)
            .exclude(state=Vote.State.OPEN)
            .update(result_mailed_at=timezone.now())
        )
    if not claimed:
        return 0
    vote = Vote.objects.select_related("body", "decision").get(pk=vote_id)
    sent = 0
    for voter in vote.voters.select_related("person"):

        def subject(v=vote):
            if v.state == Vote.State.CANCELLED:
                return _("Abgebrochen: %(title)s") % {"title": v.title}
            return _("Ergebnis: %(title)s – %(result)s") % {
                "title": v.title,
                "result": v.get_result_display(),
            }

        try:
            sent += mail_person(
                voter, subject=subject, template="votes/email/result", context={"vote": vote}
            )
        except Exception:
            logger.exception("Result mail for voter %s could not be sent", voter.pk)
    return sent


@task()
def vote_close_at_deadline(vote_id: int) -> str:
    """Close a written procedure whose deadline has come (scheduled at its start)."""
    from .services import vote_close

    vote = vote_close(vote=Vote(pk=vote_id))
    return vote.state


def ballot_mails_retry() -> int:
    """Enqueue the ballot mails again for running votes where some did not go out."""
    pending = (
        Vote.objects.filter(state=Vote.State.OPEN, kind=Vote.Kind.WRITTEN)
        .filter(voters__mailed_at__isnull=True)
        .exclude(voters__person__email="")
        .values_list("pk", flat=True)
        .distinct()
    )
    pks = list(pending)
    for pk in pks:
        vote_mail_ballots.enqueue(pk)
    return len(pks)


def schedule_close(vote: Vote) -> None:
    """Enqueue the close for the deadline where the job backend can wait; cron does the rest."""
    if vote.deadline is not None and default_task_backend.supports_defer:
        vote_close_at_deadline.using(run_after=vote.deadline).enqueue(vote.pk)

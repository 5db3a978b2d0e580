"""Background jobs a dead worker left behind (django-tasks' database backend).

A worker killed mid-job (SIGKILL, power loss) leaves its row RUNNING forever. At its
start, `transferhub worker` hands such rows on: jobs that are safe to run twice go back
into the queue, the others are marked failed so the secretariat sees them and reruns
them by hand.
"""

import datetime as dt

from django.db import transaction
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

# Jobs whose rerun does no harm: each reminder is recorded before it is mailed, once; a
# registration's link or note mailed twice is better than not at all.
RERUNNABLE = {
    "transferhub.decisions.notifications.reminders_send",
    "transferhub.checks.registration.registration_mail",
    "transferhub.checks.registration.registration_note_mail",
    # Each file's outcome is stored with it; a rerun goes on with the files still waiting.
    "transferhub.protocols.imports.import_run_job",
    # Mails only voters not yet mailed; closes a vote once (a second close finds it closed).
    "transferhub.votes.jobs.vote_mail_ballots",
    "transferhub.votes.jobs.vote_close_at_deadline",
    # Regional networks (issue 16): a registration's link or seat mailed twice does no
    # harm; a network is marked reminded before its coordinators are mailed.
    "transferhub.events.jobs.registration_mail",
    "transferhub.network.jobs.recognition_reminders_send",
    # Tells a proposer once (`notified_at`); skipped when told already.
    "transferhub.planning.jobs.proposal_decision_mail",
    # Each mail is marked sent on its row; a rerun sends only what is still unmarked.
    "transferhub.complaints.jobs.case_mails",
    "transferhub.complaints.jobs.company_mail",
    # Invitations and the minutes' delivery: each mail is claimed and marked sent on its
    # row; reminders are recorded before they are queued, so a rerun sends only the rest.
    "transferhub.invitations.jobs.invitation_mails_send",
    "transferhub.invitations.jobs.invitation_reminders_send",
    "transferhub.invitations.jobs.minutes_deliveries_send",
    # Review mails are marked sent per reviewer; subscribers' news is claimed per meeting
    # before it goes out; a confirmation mailed twice does no harm; the purge repeats.
    "transferhub.reviews.jobs.review_mail_reviewers",
    "transferhub.subscriptions.jobs.subscription_confirm_mail",
    "transferhub.subscriptions.jobs.subscribers_meeting_mail",
    "transferhub.subscriptions.jobs.subscribers_minutes_mail",
    "transferhub.subscriptions.jobs.subscribers_mail_again",
    "transferhub.subscriptions.jobs.subscriptions_purge_job",
    # Periodic jobs (lib.scheduler) are all safe to repeat, as their cron lines were.
    "transferhub.lib.scheduler.run_periodic",
}


@transaction.atomic
def recover_abandoned_jobs(*, older_than: dt.timedelta) -> tuple[int, int]:
    """Requeue or fail jobs RUNNING for longer than `older_than`; return (requeued, failed)."""
    cutoff = timezone.now() - older_than
    stale = DBTaskResult.objects.select_for_update().filter(
        status=TaskResultStatus.RUNNING, started_at__lt=cutoff
    )
    requeued = failed = 0
    for job in stale:
        if job.task_path in RERUNNABLE:
            job.status = TaskResultStatus.READY
            job.run_after = timezone.now()
            job.save(update_fields=["status", "run_after"])
            requeued += 1
        else:
            job.status = TaskResultStatus.FAILED
            job.finished_at = timezone.now()
            job.exception_class_path = "transferhub.lib.jobs.AbandonedJob"
            job.traceback = f"Der Worker endete während des Auftrags (gestartet {job.started_at})."
            job.save(update_fields=["status", "finished_at", "exception_class_path", "traceback"])
            failed += 1
    return requeued, failed

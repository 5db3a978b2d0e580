"""Background jobs of planning: telling a proposer what became of the proposal.

The mail job is safe to run twice: a proposal whose proposer was told (`notified_at`) is
skipped. `proposal_mails_retry()` (run by `transferhub planning-mails`, cron) enqueues the
mails a failed job left behind.
"""

import logging

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from transferhub.network.notifications import mail_person

from .models import Proposal

logger = logging.getLogger(__name__)


@task()
def proposal_decision_mail(proposal_id: int) -> int:
    """Mail the proposer that the proposal was accepted, parked or declined (once)."""
    proposal = (
        Proposal.objects.select_related("proposer", "meeting", "body")
        .filter(pk=proposal_id, notified_at__isnull=True)
        .exclude(state=Proposal.State.SUBMITTED)
        .first()
    )
    if proposal is None or proposal.proposer is None:
        return 0

    def subject():
        return _("Ihr Themenvorschlag „%(title)s“: %(state)s") % {
            "title": proposal.title,
            "state": proposal.get_state_display(),
        }

    sent = mail_person(
        proposal.proposer,
        subject=subject,
        template="planning/email/proposal_decided",
        context={
            "proposal": proposal,
            "link": settings.SITE_URL.rstrip("/") + proposal.get_absolute_url(),
        },
    )
    if sent:
        Proposal.objects.filter(pk=proposal.pk).update(notified_at=timezone.now())
    return sent


def proposal_mails_retry() -> int:
    """Enqueue the decision mails again where none went out; return how many."""
    pending = list(
        Proposal.objects.filter(notified_at__isnull=True, proposer__isnull=False)
        .exclude(state=Proposal.State.SUBMITTED)
        .exclude(proposer__email="")
        .values_list("pk", flat=True)[:1000]
    )
    for pk in pending:
        proposal_decision_mail.enqueue(pk)
    return len(pending)

"""Close written procedures whose deadline has passed and resend ballot mails that failed.

Run from cron every few minutes; safe to repeat.
"""

from django.core.management.base import BaseCommand

from transferhub.votes.jobs import ballot_mails_retry
from transferhub.votes.services import VoteError, votes_close_due


class Command(BaseCommand):
    help = "Beendet Umlaufverfahren, deren Frist abgelaufen ist, und trägt die Beschlüsse ein."

    def handle(self, *args, **options):
        try:
            closed = votes_close_due()
        except VoteError as exc:
            self.stderr.write(str(exc))
            raise SystemExit(2) from exc
        for vote in closed:
            self.stdout.write(
                f"{vote.pk}\t{vote.result}\t{vote.decision.register_number if vote.decision_id else ''}"
            )
        self.stdout.write(f"{len(closed)} beendet")
        retried = ballot_mails_retry()
        if retried:
            self.stdout.write(f"{retried} mit noch nicht versandten Stimmzetteln erneut eingereiht")

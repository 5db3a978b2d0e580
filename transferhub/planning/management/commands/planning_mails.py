"""Enqueue again the mails telling proposers what became of their proposals, where none
went out (a mail server that was down). Run from cron; safe to repeat."""

from django.core.management.base import BaseCommand

from transferhub.planning.jobs import proposal_mails_retry


class Command(BaseCommand):
    help = "Reiht nicht versandte Mitteilungen zu Themenvorschlägen erneut ein."

    def handle(self, *args, **options):
        count = proposal_mails_retry()
        self.stdout.write(f"{count} Mitteilungen erneut eingereiht")

"""Daily: erase complaint cases whose seven years are over, and send mails that did not go out."""

from django.core.management.base import BaseCommand

from transferhub.complaints.jobs import mails_retry
from transferhub.complaints.services import cases_erase_expired


class Command(BaseCommand):
    help = "Löscht Beschwerdefälle nach Ablauf der sieben Jahre (§ 10 LkSG); holt liegengebliebene E-Mails nach."

    def handle(self, *args, **options):
        erased = cases_erase_expired()
        retried = mails_retry()
        self.stdout.write(f"{erased} Fälle gelöscht, {retried} Fälle mit ausstehenden E-Mails.")

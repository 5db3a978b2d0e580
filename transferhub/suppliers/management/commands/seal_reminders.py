"""transferhub seal-reminders: remind suppliers before their seal runs out (once per window)."""

from django.core.management.base import BaseCommand

from transferhub.suppliers.models import REMINDER_WINDOWS
from transferhub.suppliers.services import seal_reminders_send


class Command(BaseCommand):
    help = (
        "E-mail suppliers whose seal ends within %s days; each seal once per window and term."
        % ", ".join(map(str, REMINDER_WINDOWS))
    )

    def handle(self, *args, **options):
        count = seal_reminders_send()
        self.stdout.write(f"{count} Siegel-Erinnerungen verschickt.")

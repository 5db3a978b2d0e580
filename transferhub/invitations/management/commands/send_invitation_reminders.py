"""Queue today's reminders to invitees who have not answered (run daily, e.g. from cron)."""

from django.core.management.base import BaseCommand

from transferhub.invitations.services import reminders_queue


class Command(BaseCommand):
    help = "Erinnert Eingeladene ohne Antwort, N Tage vor der Sitzung (einmal je Person)."

    def handle(self, *args, **options):
        count = reminders_queue()
        self.stdout.write(f"{count} Erinnerungen eingereiht.")

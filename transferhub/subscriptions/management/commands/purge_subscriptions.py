"""Delete subscriptions whose address was not confirmed within a week.

Run daily from cron (the job scheduled at each subscription does the same where the
job backend can wait); safe to repeat.
"""

from django.core.management.base import BaseCommand

from transferhub.subscriptions.services import subscriptions_purge


class Command(BaseCommand):
    help = "Löscht Abonnements, die nicht binnen 7 Tagen bestätigt wurden."

    def handle(self, *args, **options):
        self.stdout.write(f"{subscriptions_purge()} unbestätigte Abonnements gelöscht")

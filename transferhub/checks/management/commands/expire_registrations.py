"""transferhub expire-registrations: delete registrations nobody confirmed in time (daily)."""

from django.core.management.base import BaseCommand

from transferhub.checks.registration import registrations_expire


class Command(BaseCommand):
    help = "Delete company registrations not confirmed within REGISTRATION_EXPIRE_DAYS."

    def handle(self, *args, **options):
        count = registrations_expire()
        self.stdout.write(f"{count} unbestätigte Registrierungen gelöscht.")

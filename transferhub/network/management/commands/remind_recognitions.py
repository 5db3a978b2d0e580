"""transferhub remind_recognitions: remind coordinators before their network's recognition ends."""

from django.core.management.base import BaseCommand

from transferhub.network.jobs import recognition_reminders_send


class Command(BaseCommand):
    help = "E-mail the coordinators of networks whose recognition ends within 90 days (once each)."

    def handle(self, *args, **options):
        count = recognition_reminders_send.call()
        self.stdout.write(f"{count} Erinnerungen verschickt.")

"""transferhub remind-declarations [--days N]: remind companies before their self-declaration runs out."""

from django.core.management.base import BaseCommand

from transferhub.checks.services import declarations_remind


class Command(BaseCommand):
    help = "E-mail company staff whose self-declaration expires within the given days (once each)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=60)

    def handle(self, *args, days: int, **options):
        count = declarations_remind(within_days=days)
        self.stdout.write(f"{count} Erinnerungen verschickt.")

"""transferhub search-reindex"""

from django.core.management.base import BaseCommand
from django.db import connection

from transferhub.protocols.search import search_reindex


class Command(BaseCommand):
    help = "Rebuild the full-text index of minutes, decisions and tasks (SQLite only)."

    def handle(self, *args, **options):
        if connection.vendor != "sqlite":
            self.stdout.write("PostgreSQL durchsucht die Tabellen direkt; nichts zu tun.")
            return
        count = search_reindex()
        self.stdout.write(f"Suchindex neu aufgebaut: {count} Einträge.")

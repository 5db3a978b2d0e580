"""Put a backup archive back: database and uploaded files."""

from pathlib import Path

from django.core.management.base import BaseCommand

from transferhub.lib.backup import BackupError, backup_restore
from transferhub.lib.management.base import CommandFailed


class Command(BaseCommand):
    help = "Stellt eine Sicherung wieder her (nur in eine leere Datenbank, sonst mit --force)."

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path, help="die .tar.gz-Datei von „transferhub backup“")
        parser.add_argument(
            "--force",
            action="store_true",
            help="eine Datenbank mit Inhalt durch die Sicherung ersetzen",
        )

    def handle(self, *args, archive, force, **options):
        try:
            manifest = backup_restore(archive=archive, force=force)
        except BackupError as e:
            raise CommandFailed(str(e)) from e
        media = sum(1 for name in manifest["files"] if name.startswith("media/"))
        meetings = manifest["counts"]["meetings.Meeting"]
        self.stdout.write(
            f"Sicherung vom {manifest['created']} wiederhergestellt: {meetings} Sitzungen, "
            f"{media} Dateien. Läuft hier neuerer Code, bitte „transferhub migrate“ ausführen."
        )

"""Write one archive of the database and the uploaded files."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from transferhub.lib.backup import BackupError, backup_create, backups_prune
from transferhub.lib.locks import LockBusy, exclusive
from transferhub.lib.management.base import CommandFailed


class Command(BaseCommand):
    help = "Sichert Datenbank und hochgeladene Dateien in ein .tar.gz (mit Prüfsummen)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            type=Path,
            default=None,
            help="Verzeichnis für die Sicherung (Standard: DATA_DIR/backups)",
        )
        parser.add_argument(
            "--keep",
            type=int,
            default=None,
            help="nur die neuesten N Sicherungen behalten (Standard: BACKUP_KEEP, 14; 0: alle)",
        )

    def handle(self, *args, output, keep, **options):
        output = output or settings.DATA_DIR / "backups"
        keep = settings.BACKUP_KEEP if keep is None else keep
        if keep < 0:
            raise CommandFailed("--keep braucht eine Zahl ab 0.")
        try:
            # One backup at a time, also when several servers run it from their schedule.
            with exclusive("Sicherung", ttl=6 * 3600):
                path, manifest = backup_create(output_dir=output)
                pruned = backups_prune(output_dir=output, keep=keep)
        except (BackupError, LockBusy) as e:
            raise CommandFailed(str(e)) from e
        megabytes = f"{path.stat().st_size / 1024 / 1024:.1f}".replace(".", ",")
        media = sum(1 for name in manifest["files"] if name.startswith("media/"))
        files = f"{media} Dateien"
        if manifest.get("uploads") == "object storage":
            files = "die Dateien bleiben im Objektspeicher"
        meetings = manifest["counts"]["meetings.Meeting"]
        self.stdout.write(
            f"Sicherung geschrieben: {path} ({megabytes} MB, {meetings} Sitzungen, {files})"
        )
        if pruned:
            self.stdout.write(f"{len(pruned)} ältere Sicherung(en) gelöscht (es bleiben {keep}).")

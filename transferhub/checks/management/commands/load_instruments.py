"""transferhub load-instruments [FILE ...]: load the instrument files into the database."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from transferhub.checks.loader import InstrumentFileError
from transferhub.checks.services import CheckError, instruments_load

OUTCOMES = {
    "created": "neu geladen",
    "updated": "aktualisiert",
    "unchanged": "unverändert",
    "status": "Status fortgeschrieben",
    "translated": "englische Texte aktualisiert",
}


class Command(BaseCommand):
    help = (
        "Load the instrument files (transferhub/checks/instruments/*.yaml, or the files "
        "given) after checking them against the schema. Running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="*", type=Path, help="instrument files (YAML)")

    def handle(self, *args, files: list[Path], **options):
        try:
            loaded = instruments_load(paths=files or None)
        except (InstrumentFileError, CheckError) as exc:
            raise CommandError(f"Nichts geladen. {exc}", returncode=2) from None
        for version, outcome in loaded:
            self.stdout.write(
                f"{version.instrument.code:<14} Version {version.version:<6} "
                f"{version.get_status_display():<15} {OUTCOMES[outcome]}"
            )
        self.stdout.write(f"{len(loaded)} Instrumentdateien geprüft.")

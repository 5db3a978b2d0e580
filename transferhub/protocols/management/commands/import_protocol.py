"""transferhub import-protocol PATH... [--body NAME] [--dry-run --json]"""

import json
import signal
import sys

from django.core.management.base import BaseCommand, CommandError
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from transferhub.protocols.reader import ProtocolReadError, read_protocol
from transferhub.protocols.services import ProtocolImportError, protocol_store


class Command(BaseCommand):
    help = "Read minutes (txt, md, pdf, docx) into draft meetings, or print them as JSON."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--body", help="the body (Gremium) the minutes belong to")
        parser.add_argument("--dry-run", action="store_true", help="read only, store nothing")
        parser.add_argument("--json", action="store_true", help="print the result as JSON")

    def handle(self, *args, paths, body, dry_run, json: bool, **options):
        if json and not dry_run:
            raise CommandError("--json geht nur zusammen mit --dry-run.", returncode=2)
        # SIGTERM ends the run like Ctrl-C: the current file's transaction rolls back.
        signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
        if dry_run:
            return self._dry_run(paths, body, as_json=json)
        return self._import(paths, body)

    def _dry_run(self, paths, body, *, as_json):
        results, failed = [], False
        for path in paths:
            try:
                result = read_protocol(path, body=body)
            except ProtocolReadError as exc:
                sys.stderr.write(f"{path}: {exc}\n")
                failed = True
                continue
            results.append(result)
        if as_json:
            payload = results[0] if len(paths) == 1 and results else results
            if results or len(paths) > 1:
                self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
        else:
            for result in results:
                self.stdout.write(
                    f"{result['source']['path']}: {result.get('body')} {result.get('date')}, "
                    f"{len(result.get('agenda', []))} TOP, "
                    f"{sum(len(i['decisions']) for i in result.get('agenda', []))} Beschlüsse"
                )
        if failed:
            sys.exit(2)

    def _import(self, paths, body):
        console = Console(file=self.stdout, stderr=False)
        rows, failed = [], False
        with Progress(console=Console(file=sys.stderr), transient=True) as progress:
            bar = progress.add_task("Importiere Protokolle", total=len(paths))
            for path in paths:
                try:
                    result = read_protocol(path, body=body, with_text=True)
                    meeting = protocol_store(
                        result, source_text=result.pop("_text", ""), body_name=body
                    )
                except (ProtocolReadError, ProtocolImportError) as exc:
                    failed = True
                    rows.append((path, "–", "", "", "", f"Fehler: {exc}"))
                    # The contract: one clear line per refused file on stderr, too.
                    progress.console.print(
                        f"{path}: {exc}", markup=False, highlight=False, soft_wrap=True
                    )
                else:
                    agenda = result.get("agenda", [])
                    rows.append(
                        (
                            path,
                            f"{meeting.name} {meeting.date:%d.%m.%Y} (Nr. {meeting.pk})",
                            str(len(agenda)),
                            str(sum(len(i["decisions"]) for i in agenda)),
                            str(sum(len(i["tasks"]) for i in agenda)),
                            str(len(meeting.import_warnings)),
                        )
                    )
                progress.advance(bar)
        table = Table(title="Import")
        for column in ("Datei", "Sitzung", "TOP", "Beschlüsse", "Aufgaben", "Hinweise/Fehler"):
            table.add_column(column)
        for row in rows:
            table.add_row(*row)
        console.print(table)
        if failed:
            sys.exit(2)

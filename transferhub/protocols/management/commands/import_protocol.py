"""transferhub import-protocol PATH... [--body NAME] [--jobs N] [--json] [--dry-run]

PATH may be a folder: its minutes files (also in subfolders) are imported in name order.
"""

import json
import signal
import sys
import threading
import time
from contextlib import contextmanager

from django.core.management.base import BaseCommand, CommandError
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from transferhub.protocols.batch import (
    DUPLICATE,
    REFUSED,
    STORED,
    FileOutcome,
    collect_paths,
    default_jobs,
    import_files,
)
from transferhub.protocols.reader import ProtocolReadError, read_protocol

# A plain progress line at most this often when the output is no terminal (a log, a pipe).
PLAIN_EVERY_SECONDS = 2.0
# Above this many files the closing table lists only the refused files.
TABLE_ALL_UP_TO = 100


def _number(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    return f"{seconds // 60}:{seconds % 60:02d} min"


class Progressor:
    """Count, rate and time left: a live bar on a terminal, plain lines elsewhere, or nothing."""

    def __init__(self, total: int, stream, *, mode: str):
        self.total, self.stream, self.mode = total, stream, mode
        self.done = 0
        self.start = time.perf_counter()
        self._last_line = self.start
        self._bar = None

    def __enter__(self):
        if self.mode == "bar":
            self._bar = Progress(
                TextColumn("Importiere Protokolle"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} Dateien/s"),
                TextColumn("noch"),
                TimeRemainingColumn(),
                console=Console(file=self.stream),
                transient=True,
            )
            self._bar.__enter__()
            self._task = self._bar.add_task("import", total=self.total, rate="–")
        return self

    def __exit__(self, *exc):
        if self._bar is not None:
            self._bar.__exit__(*exc)
        if self.mode != "none" and exc[0] is None:
            self.stream.write(self.line() + "\n")
            self.stream.flush()

    def rate(self) -> float:
        elapsed = time.perf_counter() - self.start
        return self.done / elapsed if elapsed > 0 else 0.0

    def line(self) -> str:
        rate = self.rate()
        left = (self.total - self.done) / rate if rate else 0
        text = f"{self.done}/{self.total} Dateien, {_number(rate)} Dateien/s"
        if self.done < self.total:
            text += f", noch etwa {_duration(left)}"
        else:
            text += f", fertig in {_duration(time.perf_counter() - self.start)}"
        return text

    def advance(self) -> None:
        self.done += 1
        if self._bar is not None:
            self._bar.update(self._task, advance=1, rate=_number(self.rate()))
        elif self.mode == "lines":
            now = time.perf_counter()
            if now - self._last_line >= PLAIN_EVERY_SECONDS and self.done < self.total:
                self._last_line = now
                self.stream.write(self.line() + "\n")
                self.stream.flush()

    def note(self, text: str) -> None:
        """One line on stderr (a refused file); a live bar shows it above itself."""
        sys.stderr.write(text + "\n")
        sys.stderr.flush()


def _interrupt(*_) -> None:
    raise KeyboardInterrupt


@contextmanager
def _sigterm_as_interrupt():
    """SIGTERM ends the run like Ctrl-C (the current file's transaction rolls back); the
    process's own handler comes back after, so a process that runs the command in-process
    (the bench, a test worker) keeps its SIGTERM behaviour. Only the main thread may set it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


class Command(BaseCommand):
    help = (
        "Read minutes (txt, md, rst, pdf, docx, odt, rtf, html; files or folders) into draft "
        "meetings, with a progress bar; or print them as JSON."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument("--body", help="the body (Gremium) the minutes belong to")
        parser.add_argument("--dry-run", action="store_true", help="read only, store nothing")
        parser.add_argument(
            "--json",
            action="store_true",
            help="print only JSON: the contract with --dry-run, else each file's outcome",
        )
        parser.add_argument(
            "--jobs",
            type=int,
            default=None,
            metavar="N",
            help=f"processes that read in parallel (default: the cores, here {default_jobs()})",
        )

    def handle(self, *args, **options):
        with _sigterm_as_interrupt():
            return self._handle(*args, **options)

    def _handle(self, *args, paths, body, dry_run, json: bool, jobs, **options):
        if jobs is not None and jobs < 1:
            raise CommandError("--jobs braucht eine Zahl ab 1.", returncode=2)
        if dry_run:
            return self._dry_run(paths, body, as_json=json)
        files = collect_paths(paths)
        if not files:
            raise CommandError("Keine Protokolldateien gefunden.", returncode=2)
        return self._import(files, body, jobs=jobs, as_json=json)

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

    def _import(self, files, body, *, jobs, as_json):
        stream = self.stdout._out
        if as_json:
            mode = "none"
        elif stream.isatty():
            mode = "bar"
        else:
            mode = "lines"
        started = time.perf_counter()
        with Progressor(len(files), stream, mode=mode) as progress:

            def shown(outcome: FileOutcome) -> None:
                if outcome.outcome == REFUSED:
                    # The contract: one clear line per refused file on stderr.
                    progress.note(f"{outcome.path}: {outcome.message}")
                progress.advance()

            done: list[FileOutcome] = []
            try:
                outcomes = import_files(
                    files, body=body, jobs=jobs, on_outcome=lambda o: (done.append(o), shown(o))
                )
            except KeyboardInterrupt:
                # Ctrl-C or SIGTERM: the file being stored rolled back, the ones before stay.
                stored = sum(1 for o in done if o.outcome == STORED)
                sys.stderr.write(
                    f"Abgebrochen nach {len(done)} von {len(files)} Dateien ({stored} "
                    "gespeichert). Ein erneuter Aufruf überspringt die gespeicherten.\n"
                )
                sys.exit(130)
        seconds = time.perf_counter() - started
        if as_json:
            self.stdout.write(json.dumps(_summary(outcomes, seconds), ensure_ascii=False, indent=2))
        else:
            self._table(outcomes)
        if any(o.outcome == REFUSED for o in outcomes):
            sys.exit(2)

    def _table(self, outcomes: list[FileOutcome]) -> None:
        console = Console(file=self.stdout._out, soft_wrap=False)
        shown = outcomes
        if len(outcomes) > TABLE_ALL_UP_TO:
            shown = [o for o in outcomes if o.outcome == REFUSED]
        counts = {
            kind: sum(1 for o in outcomes if o.outcome == kind)
            for kind in (STORED, DUPLICATE, REFUSED)
        }
        title = (
            f"Import: {counts[STORED]} gespeichert, {counts[DUPLICATE]} schon vorhanden, "
            f"{counts[REFUSED]} abgelehnt"
        )
        if shown:
            table = Table(title=title)
            for column in ("Datei", "Sitzung", "TOP", "Beschlüsse", "Aufgaben", "Hinweise/Fehler"):
                table.add_column(column)
            for o in shown:
                if o.outcome == STORED:
                    c = o.counts
                    cells = (
                        str(c["items"]),
                        str(c["decisions"]),
                        str(c["tasks"]),
                        str(c["warnings"]),
                    )
                    table.add_row(o.path, o.meeting_label, *cells)
                elif o.outcome == DUPLICATE:
                    table.add_row(
                        o.path, o.meeting_label or "–", "", "", "", f"schon importiert: {o.message}"
                    )
                else:
                    table.add_row(o.path, "–", "", "", "", f"Fehler: {o.message}")
            console.print(table)
        else:
            console.print(title, markup=False, highlight=False)


def _summary(outcomes: list[FileOutcome], seconds: float) -> dict:
    stored = [o for o in outcomes if o.outcome == STORED]
    store_ms = sorted(o.store_ms for o in stored)
    read = [o for o in outcomes if o.read_ms]

    def median(values):
        values = sorted(values)
        return round(values[len(values) // 2], 1) if values else None

    def mean(values):
        values = list(values)
        return round(sum(values) / len(values), 1) if values else None

    return {
        "files": len(outcomes),
        "stored": len(stored),
        "duplicates": sum(1 for o in outcomes if o.outcome == DUPLICATE),
        "refused": sum(1 for o in outcomes if o.outcome == REFUSED),
        "seconds": round(seconds, 2),
        "files_per_second": round(len(outcomes) / seconds, 1) if seconds else None,
        "read_ms_median": median(o.read_ms for o in read),
        "read_cpu_ms_mean": mean(o.read_cpu_ms for o in read),
        "store_ms_median": median(store_ms),
        "store_ms_p95": round(store_ms[int(len(store_ms) * 0.95)], 1) if store_ms else None,
        "store_cpu_ms_mean": mean(o.store_cpu_ms for o in stored),
        "results": [o.as_json() for o in outcomes],
    }

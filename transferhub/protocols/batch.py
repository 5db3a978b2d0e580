"""Import many minutes files at once: read in parallel, store one file per transaction.

Reading (extracting and parsing) costs most of the time and touches no database, so a
pool of worker processes reads while the main process stores what they return, in the
order the files were given. A file whose bytes were imported before is not read at all.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from .reader import ProtocolReadError, read_protocol
from .services import IMPORT_SUFFIXES, ProtocolImportError, protocol_store

STORED, DUPLICATE, REFUSED = "stored", "duplicate", "refused"
# Files read ahead per worker: enough to keep them busy, few enough to bound the memory.
READ_AHEAD = 4
# Below this many files a pool costs more to start than it saves.
POOL_FROM = 8


@dataclass
class FileOutcome:
    """What became of one file: stored, a duplicate of an earlier import, or refused."""

    path: str
    outcome: str
    message: str = ""
    meeting_id: int | None = None
    meeting_label: str = ""
    counts: dict = field(default_factory=dict)
    read_ms: float = 0.0
    store_ms: float = 0.0
    # CPU time (this process, or the worker's): what the machine's load does not inflate.
    read_cpu_ms: float = 0.0
    store_cpu_ms: float = 0.0

    def as_json(self) -> dict:
        return {
            "path": self.path,
            "outcome": self.outcome,
            "message": self.message,
            "meeting": self.meeting_id,
            **self.counts,
        }


def collect_paths(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """The files to import: each path given, and the minutes files inside each folder given."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found += sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in IMPORT_SUFFIXES
                and not p.name.startswith(".")
            )
        else:
            found.append(path)
    return found


def file_sha256(path: Path) -> str | None:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None  # the reader says why, in its words
    return digest.hexdigest()


def _read(path: str, body: str | None) -> tuple[dict | None, str, tuple[float, float]]:
    """Read one file (in a worker process): (result or None, refusal, (ms, CPU ms))."""
    start, cpu = time.perf_counter(), time.process_time()
    try:
        result = read_protocol(path, body=body, with_text=True)
    except ProtocolReadError as exc:
        result, message = None, _(str(exc))
    else:
        message = ""
    spent = ((time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000)
    return result, message, spent


def _meeting_label(meeting) -> str:
    return f"{meeting.name} {meeting.date:%d.%m.%Y} (Nr. {meeting.pk})"


def _store(path: str, result: dict, body: str | None, actor, read: tuple) -> FileOutcome:
    start, cpu = time.perf_counter(), time.process_time()
    times = {"read_ms": read[0], "read_cpu_ms": read[1]}
    try:
        meeting = protocol_store(
            result, source_text=result.pop("_text", ""), body_name=body, actor=actor
        )
    except ProtocolImportError as exc:
        times["store_ms"] = (time.perf_counter() - start) * 1000
        if exc.meeting is not None:
            label = _meeting_label(exc.meeting)
            return FileOutcome(path, DUPLICATE, str(exc), exc.meeting.pk, label, **times)
        return FileOutcome(path, REFUSED, str(exc), **times)
    times["store_ms"] = (time.perf_counter() - start) * 1000
    times["store_cpu_ms"] = (time.process_time() - cpu) * 1000
    agenda = result.get("agenda", [])
    counts = {
        "items": len(agenda),
        "decisions": sum(len(i.get("decisions", [])) for i in agenda),
        "tasks": sum(len(i.get("tasks", [])) for i in agenda),
        "warnings": len(meeting.import_warnings),
    }
    return FileOutcome(
        path,
        STORED,
        meeting_id=meeting.pk,
        meeting_label=_meeting_label(meeting),
        counts=counts,
        **times,
    )


def _duplicate(path: str, meeting) -> FileOutcome:
    return FileOutcome(
        path,
        DUPLICATE,
        _("Diese Datei wurde bereits importiert: Sitzung „%(name)s“ vom %(date)s (Nr. %(id)s).")
        % {"name": meeting.name, "date": meeting.date.strftime("%d.%m.%Y"), "id": meeting.pk},
        meeting.pk,
        _meeting_label(meeting),
    )


def default_jobs() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


def import_files(
    paths: list[Path],
    *,
    body: str | None = None,
    jobs: int | None = None,
    actor=None,
    on_outcome: Callable[[FileOutcome], None] | None = None,
) -> list[FileOutcome]:
    """Import the files in their order; return one outcome per file.

    `jobs` worker processes read (1: read here, no pool); each file is stored in its own
    transaction, so an interrupted run keeps every file stored before and a re-run skips
    them by their sha256 without reading them again.
    """
    jobs = default_jobs() if jobs is None else max(1, jobs)
    outcomes: list[FileOutcome] = []

    def done(outcome: FileOutcome) -> None:
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    for path, result in _read_all(paths, body=body, jobs=jobs):
        if isinstance(result, FileOutcome):
            done(result)
            continue
        data, message, read = result
        if data is None:
            done(FileOutcome(path, REFUSED, message, read_ms=read[0], read_cpu_ms=read[1]))
        else:
            done(_store(path, data, body, actor, read))
    return outcomes


def _read_all(paths: list[Path], *, body: str | None, jobs: int) -> Iterator[tuple[str, object]]:
    """(path, read result or a duplicate's outcome) for each file, in the given order."""
    shas = {str(p): file_sha256(p) for p in paths}
    known = _imported(set(filter(None, shas.values())))
    seen: set[str] = set()
    todo: list[str] = []
    verdicts: dict[str, FileOutcome] = {}
    for path in map(str, paths):
        sha = shas[path]
        if sha in known:
            verdicts[path] = _duplicate(path, known[sha])
        elif sha is not None and sha in seen:
            verdicts[path] = FileOutcome(
                path, DUPLICATE, _("Dieselbe Datei steht schon weiter vorn in der Liste.")
            )
        else:
            todo.append(path)
        if sha is not None:
            seen.add(sha)
    reads = _reads_in_order(todo, body, jobs)
    for path in map(str, paths):
        if path in verdicts:
            yield path, verdicts[path]
        else:
            yield path, next(reads)


def _imported(shas: set[str]) -> dict:
    """The meetings already imported from these file hashes, by hash."""
    from transferhub.meetings.models import Meeting

    found = {}
    ordered = sorted(shas)
    for i in range(0, len(ordered), 500):
        for meeting in Meeting.objects.filter(source_sha256__in=ordered[i : i + 500]):
            found[meeting.source_sha256] = meeting
    return found


def _worker_start() -> None:
    """Ctrl-C is the main process's to handle: it stops the pool after the current files."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _reads_in_order(todo: list[str], body: str | None, jobs: int) -> Iterator[tuple]:
    if jobs <= 1 or len(todo) < POOL_FROM:
        for path in todo:
            yield _read(path, body)
        return
    # fork: the workers start at once with Django set up and the reader imported. They
    # never touch the database; the parent keeps its connection to itself.
    context = multiprocessing.get_context("fork")
    workers = min(jobs, len(todo))
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_start)
    pending: deque[tuple[str, Future]] = deque()
    queue = deque(todo)
    try:
        while queue or pending:
            while queue and len(pending) < workers * READ_AHEAD:
                path = queue.popleft()
                pending.append((path, pool.submit(_read, path, body)))
            path, future = pending.popleft()
            try:
                yield future.result()
            except BrokenProcessPool:
                # A worker died on this file (killed, out of memory): refuse the file, read
                # the rest with fresh workers.
                yield None, _("Beim Lesen dieser Datei ist der Leseprozess abgebrochen."), (0, 0)
                queue.extendleft(reversed([p for p, _f in pending]))
                pending.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_start)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


__all__ = ["DUPLICATE", "REFUSED", "STORED", "FileOutcome", "collect_paths", "import_files"]

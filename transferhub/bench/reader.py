"""Benchmark: the reader's accuracy and speed on the corpus of real minutes.

    python -m transferhub.bench reader

Reads every file of transferhub/protocols/tests/corpus/ with the code path of
`import-protocol PATH --dry-run --json` (read_protocol plus the JSON round trip, in this
process) and compares the result with the hand-made labels of manifest.json, by the rules of
corpus/scoring.py. Prints the accuracy per field and per file, the overall accuracy beside
the figure recorded in corpus/accuracy.json, the files read per second over the whole corpus,
and the time to read the seed minutes.

    READER_HELDOUT=/path/to/set python -m transferhub.bench reader

scores a held-out set instead: a folder with a manifest.json and files/ in the corpus's form,
kept outside the repository so that no rule is written while looking at it (accuracy only).
Score it per commit; once anyone has looked at its misses it is no longer held out.

    READER_HALVES=1 READER_SAVE=before.json python -m transferhub.bench reader
    READER_HALVES=1 READER_AGAINST=before.json python -m transferhub.bench reader

adds the accuracy per field of the corpus's two halves split by organisation
(`scoring.half_of`): design a rule on half A, keep it only when half B does not fall.
READER_SAVE writes each file's verdicts; READER_AGAINST lists every file and field whose
verdict changed since such a file (+ now right, - now wrong), with its half.
"""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections import Counter
from pathlib import Path

# The reader needs no Django; the harness must not set it up on the developer's database.
SETS_UP_DJANGO = True
SPEED_SECONDS = float(os.environ.get("BENCH_READER_SECONDS", "3"))
SEED = Path(__file__).resolve().parents[1] / "network" / "fixtures" / "ag-transfer-2022-09-15.txt"


def _machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}"


def _files_per_second(entries: list[dict]) -> tuple[float, float, int, dict[str, float]]:
    """Read the corpus over and over for SPEED_SECONDS: files per wall-clock and per CPU second.

    The CPU figure is the one to compare across runs on a shared machine (other processes
    stretch the wall clock, not this process's CPU time); also the CPU ms per file by format.
    """
    from transferhub.protocols.reader import ProtocolReadError
    from transferhub.protocols.tests.corpus.scoring import FILES_DIR, read_as_import

    done, started, cpu_started = 0, time.perf_counter(), time.process_time()
    cpu_by_format: Counter[str] = Counter()
    reads_by_format: Counter[str] = Counter()
    while True:
        for e in entries:
            before = time.process_time()
            try:
                read_as_import(FILES_DIR / e["file"])
            except ProtocolReadError:
                pass
            cpu_by_format[e["format"]] += time.process_time() - before
            reads_by_format[e["format"]] += 1
            done += 1
        elapsed = time.perf_counter() - started
        if elapsed >= SPEED_SECONDS:
            cpu = time.process_time() - cpu_started
            ms = {k: cpu_by_format[k] / reads_by_format[k] * 1000 for k in sorted(reads_by_format)}
            return done / elapsed, done / cpu, done, ms


def _seed_ms(rounds: int = 30) -> float:
    """CPU time of one read of the seed (the goal's measure): the wall clock on a shared
    machine also counts the other processes' turns."""
    from transferhub.protocols.tests.corpus.scoring import read_as_import

    read_as_import(SEED)
    times = []
    for _ in range(rounds):
        started = time.process_time()
        read_as_import(SEED)
        times.append((time.process_time() - started) * 1000)
    return statistics.median(times)


def _halves_and_flips(scores, by_file, scoring, markdown_table) -> list[str]:
    """The sections READER_HALVES, READER_SAVE and READER_AGAINST ask for (see above)."""
    import json

    sections = []
    if os.environ.get("READER_HALVES"):
        halves = {h: [s for s in scores if scoring.half_of(by_file[s.file]) == h] for h in "AB"}
        fields = list(scoring.per_field(scores))
        rows = []
        for name in fields:
            row = [name]
            for h in "AB":
                right, total = scoring.per_field(halves[h]).get(name, (0, 0))
                row.append(f"{right}/{total}")
            rows.append(row)
        rows.append(["overall", *(f"{scoring.overall(halves[h]):.1%}" for h in "AB")])
        head = ["field", f"half A ({len(halves['A'])} files)", f"half B ({len(halves['B'])} files)"]
        sections.append("### Halves by organisation\n\n" + markdown_table(head, rows))
    if os.environ.get("READER_SAVE"):
        Path(os.environ["READER_SAVE"]).write_text(json.dumps(scoring.verdicts(scores)))
    if os.environ.get("READER_AGAINST"):
        before = json.loads(Path(os.environ["READER_AGAINST"]).read_text())
        rows = [
            ["+" if right else "-", scoring.half_of(by_file[file]), file, name]
            for file, name, right in scoring.flips(before, scores)
        ]
        sections.append(
            "### Changed since "
            + os.environ["READER_AGAINST"]
            + "\n\n"
            + (markdown_table(["", "half", "file", "field"], rows) if rows else "none")
        )
    return sections


def run() -> str:
    from transferhub.bench.__main__ import markdown_table
    from transferhub.protocols.tests.corpus import scoring

    heldout = os.environ.get("READER_HELDOUT")
    if heldout:
        # A held-out set kept outside the repository (its manifest.json and files/, in the
        # corpus's form): the honest measure only while no rule writer has looked at it.
        folder = Path(heldout)
        entries = scoring.load_manifest(folder / "manifest.json")
        scores = scoring.run_corpus(entries, folder / "files")
    else:
        entries = scoring.load_manifest()
        scores = scoring.run_corpus(entries)
    by_file = {e["file"]: e for e in entries}

    field_rows = [
        [name, f"{right}/{total}", f"{right / total:.0%}"]
        for name, (right, total) in scoring.per_field(scores).items()
    ]
    file_rows = []
    for s in scores:
        wrong = ", ".join(name for name, ok in s.fields.items() if not ok)
        if s.refused:
            wrong = f"refused: {s.refused}"
        share = f"{s.right / s.total:.0%}" if s.total else "–"
        file_rows.append([s.file, f"{s.right}/{s.total}", share, wrong or "–"])

    total = scoring.overall(scores)
    tables = [
        "### Accuracy per field\n\n" + markdown_table(["field", "right", "share"], field_rows),
        "### Accuracy per file\n\n"
        + markdown_table(["file", "right", "share", "wrong fields"], file_rows),
    ]
    tables += _halves_and_flips(scores, by_file, scoring, markdown_table)
    if heldout:
        right, labelled = sum(s.right for s in scores), sum(s.total for s in scores)
        return "\n\n".join(
            [f"## Held-out set {heldout}: {right}/{labelled} = {total:.1%}", *tables]
        )
    rate, cpu_rate, reads, ms_by_format = _files_per_second(entries)
    seed_ms = _seed_ms()
    orgs = {by_file[s.file]["organisation"].split(" (")[0] for s in scores}
    formats = Counter(by_file[s.file]["format"] for s in scores)
    languages = Counter(by_file[s.file]["language"] for s in scores)
    refused = sum(1 for s in scores if s.refused)
    labelled = sum(s.total for s in scores)
    try:
        recorded = f"{scoring.recorded_accuracy():.1%}"
    except (OSError, KeyError, ValueError):
        recorded = "none"

    summary = [
        ["files", f"{len(scores)} from {len(orgs)} organisations"],
        ["formats", ", ".join(f"{n} {k}" for k, n in sorted(formats.items()))],
        ["languages", ", ".join(f"{n} {k}" for k, n in sorted(languages.items()))],
        ["labelled fields", labelled],
        ["overall accuracy", f"{total:.1%} (recorded floor {recorded})"],
        ["files refused", refused],
        ["files per second (whole corpus, in-process)", f"{rate:.1f} ({reads} reads)"],
        ["files per CPU second (the same reads)", f"{cpu_rate:.1f}"],
        [
            "CPU ms per file by format",
            ", ".join(f"{k} {v:.1f}" for k, v in ms_by_format.items()),
        ],
        ["reading the seed (median of 30, CPU)", f"{seed_ms:.1f} ms"],
        ["machine", _machine()],
    ]
    return "\n\n".join([*tables, "### Summary\n\n" + markdown_table(["Messung", "Wert"], summary)])


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "transferhub.settings")
    print(run())

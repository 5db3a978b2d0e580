"""Benchmark: import 1,000 generated minutes (txt, md, docx, pdf mixed) into a fresh database.

Runs `import-protocol FOLDER --json` in-process, as a user would (parallel reading, one
transaction per file), then the same folder again (every file already imported), and
stores the seed 20 times. Prints files per second with the load average the machine had,
milliseconds per read (by format) and per store, the CPU the main process spent per file
(it stores every file, one after the other: the bound no number of readers lifts), and the
peak memory. Its own throwaway SQLite database (DATA_DIR in a temporary folder), never the
developer's data.

    BENCH_IMPORTS=200 python -m transferhub.bench imports    # fewer files
    BENCH_IMPORT_JOBS=1 python -m transferhub.bench imports  # read in the main process only
"""

from __future__ import annotations

import io
import json
import os
import resource
import statistics
import tempfile
import time
from pathlib import Path

SETS_UP_DJANGO = True
COUNT = int(os.environ.get("BENCH_IMPORTS", "1000"))
JOBS = os.environ.get("BENCH_IMPORT_JOBS")

_PDF_TEMPLATE = """
#set page(paper: "a4", margin: 2cm)
#set text(font: "DejaVu Sans", size: 10pt, lang: "de")
#for line in sys.inputs.text.split("\\n") {
  if line == "" { parbreak() } else { line; linebreak() }
}
"""


def write_files(directory: Path, count: int, *, marker: str = "b") -> dict[str, int]:
    """Write `count` generated minutes, in turn as txt, md, docx and pdf."""
    import docx
    import typst

    from transferhub.lib.testing.minutes import minutes

    template = directory / "minutes.typ"
    template.write_text(_PDF_TEMPLATE, encoding="utf-8")
    formats = {"txt": 0, "md": 0, "docx": 0, "pdf": 0}
    for n in range(count):
        m = minutes(n, marker=f"{marker}{n}")
        stem = directory / m.name.removesuffix(".md")
        kind = ("txt", "md", "docx", "pdf")[n % 4]
        if kind in ("txt", "md"):
            stem.with_suffix(f".{kind}").write_text(m.text, encoding="utf-8")
        elif kind == "docx":
            document = docx.Document()
            for line in m.text.split("\n"):
                if line.startswith("## "):
                    document.add_heading(line[3:], level=2)
                elif line.startswith("# "):
                    document.add_heading(line[2:], level=1)
                elif line:
                    document.add_paragraph(line.replace("**", ""))
            document.save(stem.with_suffix(".docx"))
        else:
            plain = m.text.replace("**", "").replace("## ", "").replace("# ", "")
            pdf = typst.compile(str(template), sys_inputs={"text": plain})
            stem.with_suffix(".pdf").write_bytes(pdf)
        formats[kind] += 1
    template.unlink()
    return formats


def _import(folder: Path) -> dict:
    from django.core.management import call_command

    out = io.StringIO()
    args = [str(folder), "--body", "AG Transfer", "--json"]
    if JOBS:
        args += ["--jobs", JOBS]
    try:
        call_command("import_protocol", *args, stdout=out)
    except SystemExit:
        pass  # refused files: counted in the summary
    return json.loads(out.getvalue())


def _read_cpu_ms_by_format(folder: Path, per_format: int = 25, rounds: int = 3) -> dict:
    """Mean CPU milliseconds to read a file (read_protocol, as a worker does), by format."""
    from transferhub.protocols.reader import read_protocol

    by_format: dict[str, list[Path]] = {}
    for path in sorted(folder.iterdir()):
        by_format.setdefault(path.suffix.lstrip("."), []).append(path)
    means = {}
    for kind, paths in by_format.items():
        paths = paths[:per_format]
        read_protocol(str(paths[0]), with_text=True)  # imports and caches: not the file's cost
        started = time.process_time()
        for _ in range(rounds):
            for path in paths:
                read_protocol(str(path), with_text=True)
        means[kind] = (time.process_time() - started) / (rounds * len(paths)) * 1000
    return means


def _seed_store_ms(times: int = 20) -> tuple[float, float]:
    """Median milliseconds (wall, CPU) to store the read seed (as a new file each time)."""
    from transferhub.network.demo import SEED
    from transferhub.protocols.reader import read_protocol
    from transferhub.protocols.services import protocol_store

    result = read_protocol(SEED, with_text=True)
    text = result.pop("_text")
    wall, cpu = [], []
    for n in range(times):
        copy = json.loads(json.dumps(result))
        copy["source"]["sha256"] = f"{n:064x}"
        start, start_cpu = time.perf_counter(), time.process_time()
        protocol_store(copy, source_text=text)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def run() -> list[tuple[str, str]]:
    with tempfile.TemporaryDirectory(prefix="transferhub-bench-imports-") as tmp:
        os.environ["DATA_DIR"] = tmp
        os.environ.pop("DATABASE_URL", None)
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "transferhub.settings")
        import django

        django.setup()
        from django.conf import settings
        from django.core.management import call_command

        # As in production (DEBUG=0): no query log. The developer's default DEBUG=1 keeps
        # one and costs the store about a tenth more.
        settings.DEBUG = False

        from transferhub.protocols.batch import default_jobs

        call_command("migrate", verbosity=0)
        files_dir = Path(tmp) / "minutes"
        files_dir.mkdir()
        formats = write_files(files_dir, COUNT)
        load_before = os.getloadavg()[0]
        main_cpu = time.process_time()
        first = _import(files_dir)
        main_cpu = (time.process_time() - main_cpu) / max(first["files"], 1) * 1000
        load_after = os.getloadavg()[0]
        again = _import(files_dir)
        by_format = _read_cpu_ms_by_format(files_dir)
        seed_ms = _seed_store_ms()
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        mix = ", ".join(f"{count} {kind}" for kind, count in formats.items())
        read_cpu = first["read_cpu_ms_mean"] or 0.0
        # On idle cores: the main process stores one file after the other, and all the
        # processes together have os.cpu_count() cores for reading and storing.
        cores = os.cpu_count() or 1
        ceiling = min(1000 / main_cpu, cores * 1000 / (main_cpu + read_cpu)) if main_cpu else 0
        return [
            ("import of generated minutes", f"{first['files']} files ({mix})"),
            ("processes reading", JOBS or str(default_jobs())),
            (
                "files per second (read + store, `import-protocol FOLDER`)",
                f"{first['files_per_second']} at a load average of "
                f"{load_before:.1f}–{load_after:.1f} on {cores} cores",
            ),
            (
                "read per file: median wall / mean CPU (in a worker)",
                f"{first['read_ms_median']} / {first['read_cpu_ms_mean']} ms",
            ),
            (
                "read per file, CPU by format (in this process)",
                ", ".join(f"{kind} {ms:.1f}" for kind, ms in by_format.items()) + " ms",
            ),
            ("store per file: mean CPU", f"{first['store_cpu_ms_mean']} ms"),
            (
                "main process CPU per file (storing, hashing, collecting results)",
                f"{main_cpu:.1f} ms",
            ),
            (
                f"files per second the CPU allows on {cores} idle cores",
                f"{ceiling:.0f} (main process {1000 / main_cpu:.0f} alone)" if main_cpu else "–",
            ),
            (
                "store per file, median / p95",
                f"{first['store_ms_median']} / {first['store_ms_p95']} ms",
            ),
            ("stored / refused", f"{first['stored']} / {first['refused']}"),
            (
                "the same folder again (all already imported)",
                f"{again['files_per_second']} files/s, {again['duplicates']} duplicates",
            ),
            (
                "storing the read seed, median of 20: wall / CPU",
                f"{seed_ms[0]:.1f} / {seed_ms[1]:.1f} ms",
            ),
            ("peak memory of the main process", f"{peak_mb:.0f} MB"),
        ]


if __name__ == "__main__":
    for label, value in run():
        print(f"{label}: {value}")

"""Benchmark of writing and reading protocols: two PDF engines, DOCX, and reading the seed.

The PDF engines are measured on the same protocols: the seed meeting and a generated meeting
of 30 items (the seed's items repeated, with their minutes, decisions and to-dos). Both
engines typeset the same protocol_context() as PDF/A-2b:

- Typst (protocols/writing/pdf.py, what the product sends), with the reused compiler and
  with a fresh typst.compile() per document;
- WeasyPrint from HTML + CSS (protocols/writing/pdf_weasyprint.py and
  protocols/protocol_print.html), template rendering included, with one FontConfiguration
  kept between documents and with a new one per document (WeasyPrint's default).

Wall-clock and CPU medians are both printed: on a shared machine the wall clock grows with
the load, the CPU time much less.

Everything runs inside a transaction that is rolled back.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import statistics
import time
from collections.abc import Callable

from django.db import transaction
from pypdf import PdfReader

# The harness sets Django up before run(); without this flag it would see the django.setup()
# of the __main__ block below and leave it to run(), which does not.
SETS_UP_DJANGO = False
ROUNDS = 10
LARGE_ITEMS = 30


def _medians_ms(func: Callable[[], object], rounds: int = ROUNDS) -> tuple[float, float]:
    """Median wall-clock and median CPU time (all threads of the process) in ms."""
    func()  # warm-up: imports, fonts, the compiled template
    wall, cpu = [], []
    for _ in range(rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        func()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def _median_ms(func: Callable[[], object], rounds: int = ROUNDS) -> float:
    return _medians_ms(func, rounds)[0]


class _Rollback(Exception):
    pass


def large_meeting(seed, items: int = LARGE_ITEMS):
    """A meeting of the seed's body with `items` items copied in turn from the seed meeting."""
    from transferhub.decisions.services import decision_record, task_create
    from transferhub.meetings.models import AgendaItem, Attendance
    from transferhub.meetings.services import (
        agenda_item_add,
        attendance_add,
        meeting_create,
        minutes_record,
    )

    sources = list(
        seed.agenda_items.exclude(kind=AgendaItem.Kind.BREAK)
        .exclude(number="")
        .prefetch_related("presentations__person", "decisions", "tasks")
        .order_by("order")
    )
    meeting = meeting_create(
        body=seed.body,
        name=f"{seed.name} (Benchmark)",
        date=dt.date(2031, 3, 6),
        start_time=dt.time(8, 0),
        end_time=dt.time(20, 0),
        location="Benchmark",
        note_taker=seed.note_taker,
    )
    for n in range(items):
        src = sources[n % len(sources)]
        item = agenda_item_add(
            meeting=meeting,
            name=src.name,
            duration_minutes=20,
            presenters=[(p.person, p.organisation) for p in src.presentations.all()],
        )
        minutes_record(item=item, minutes=src.minutes or f"Protokoll zu {src.name}.")
        for d in src.decisions.all():
            votes = (d.votes_yes, d.votes_no, d.votes_abstain) if d.has_votes else None
            decision_record(
                meeting=meeting, agenda_item=item, text=d.text, kind=d.kind, votes=votes
            )
        for t in src.tasks.all():
            task_create(
                agenda_item=item,
                text=t.text,
                owner_person=t.owner_person,
                owner_body=t.owner_body,
                due_date=t.due_date,
            )
        if n % 10 == 9 and n + 1 < items:
            agenda_item_add(
                meeting=meeting, name="Pause", kind=AgendaItem.Kind.BREAK, duration_minutes=15
            )
    for a in seed.attendances.filter(status=Attendance.Status.PRESENT, person__isnull=False):
        attendance_add(meeting=meeting, person=a.person, on_behalf_of=a.on_behalf_of)
    return meeting


def _pdf_rows(name: str, ctx: dict) -> list[list[str]]:
    """One row per engine: median ms, pages and bytes of the same protocol."""
    from weasyprint.text.fonts import FontConfiguration

    from transferhub.protocols.writing.pdf import compile_pdf
    from transferhub.protocols.writing.pdf_weasyprint import compile_pdf_weasyprint

    data = {**ctx, "mode": "protocol"}
    fonts = FontConfiguration()
    engines = [
        ("Typst, wiederverwendeter Compiler (Produkt)", lambda: compile_pdf(data)),
        ("Typst, typst.compile() je Dokument", lambda: compile_pdf(data, fresh=True)),
        (
            "WeasyPrint, HTML+CSS, gemeinsame FontConfiguration",
            lambda: compile_pdf_weasyprint(ctx, font_config=fonts),
        ),
        ("WeasyPrint, HTML+CSS, alles je Dokument", lambda: compile_pdf_weasyprint(ctx)),
    ]
    rows = []
    for engine, func in engines:
        content = func()
        pages = len(PdfReader(io.BytesIO(content)).pages)
        wall, cpu = _medians_ms(func)
        rows.append([name, engine, f"{wall:.0f}", f"{cpu:.0f}", str(pages), f"{len(content):,}"])
    return rows


def _numbered(ctx: dict) -> int:
    """Items with a number (the approval of the previous minutes has none)."""
    return sum(1 for item in ctx["items"] if item["number"])


def _table(headers: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def run() -> list[tuple[str, str]]:
    """Measure on the seed meeting inside a transaction that is rolled back; print the figures."""
    import weasyprint

    from transferhub.network.demo import SEED, demo_load
    from transferhub.protocols.reader import read_protocol
    from transferhub.protocols.services import protocol_store
    from transferhub.protocols.writing.context import protocol_context
    from transferhub.protocols.writing.docx import render_docx
    from transferhub.protocols.writing.markdown import render_markdown_protocol

    rows: list[tuple[str, str]] = []
    pdf_rows: list[list[str]] = []
    seed_bytes = SEED.read_bytes()
    try:
        with transaction.atomic():
            meeting = demo_load()
            ctx = protocol_context(meeting)
            big = large_meeting(meeting)
            big_ctx = protocol_context(big)
            pdf_rows += _pdf_rows(f"Seed-Sitzung ({_numbered(ctx)} TOPs)", ctx)
            pdf_rows += _pdf_rows(f"erzeugte Sitzung ({_numbered(big_ctx)} TOPs)", big_ctx)
            rows.append(
                (
                    "Protokoll-Kontext aus der Datenbank (Seed)",
                    f"{_median_ms(lambda: protocol_context(meeting)):.1f} ms",
                )
            )
            rows.append(
                ("DOCX docxtpl aus Vorlage", f"{_median_ms(lambda: render_docx(ctx)):.1f} ms")
            )
            rows.append(("Markdown", f"{_median_ms(lambda: render_markdown_protocol(ctx)):.2f} ms"))
            rows.append(
                (
                    "Seed lesen (nur Parsen, .txt)",
                    f"{_median_ms(lambda: read_protocol(seed_bytes, filename=SEED.name)):.1f} ms",
                )
            )

            def parse_and_store():
                with transaction.atomic():
                    result = read_protocol(seed_bytes, filename=SEED.name)
                    # A fresh hash each round: the same file twice would be refused as a duplicate.
                    result["source"]["sha256"] = f"bench-{time.perf_counter_ns()}"
                    protocol_store(result, body_name="AG Transfer")
                    transaction.set_rollback(True)

            rows.append(
                (
                    "Seed lesen + speichern (Entwurfssitzung)",
                    f"{_median_ms(parse_and_store):.1f} ms",
                )
            )
            raise _Rollback
    except _Rollback:
        pass
    print(
        f"Protokoll als PDF/A-2b, gleiche Daten, Median aus {ROUNDS} Läufen "
        f"(typst {_typst_version()}, WeasyPrint {weasyprint.__version__}; "
        f"Last {os.getloadavg()[0]:.1f} bei {os.cpu_count()} Kernen). "
        "CPU = Prozesszeit aller Threads:\n"
    )
    headers = ["Protokoll", "Engine", "ms (Uhr)", "ms (CPU)", "Seiten", "Bytes"]
    print(_table(headers, pdf_rows))
    print(f"\nWeitere Messungen (Median aus {ROUNDS} Läufen):\n", flush=True)
    return rows


def _typst_version() -> str:
    from importlib.metadata import version

    return version("typst")


if __name__ == "__main__":
    import django

    django.setup()
    run()

"""Benchmark of writing and reading protocols: PDF engines, DOCX, and reading the seed.

WeasyPrint is not installed in this project, so the PDF figures compare Typst with a
reused compiler (what protocol_pdf does) against a fresh typst.compile() per document.
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable

from django.db import transaction
from pypdf import PdfReader

ROUNDS = 10


def _median_ms(func: Callable[[], object], rounds: int = ROUNDS) -> float:
    func()  # warm-up: imports, fonts, the compiled template
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        func()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


class _Rollback(Exception):
    pass


def run() -> list[tuple[str, str]]:
    """Measure on the seed meeting inside a transaction that is rolled back; print the figures."""
    from transferhub.network.demo import SEED, demo_load
    from transferhub.protocols.reader import read_protocol
    from transferhub.protocols.services import protocol_store
    from transferhub.protocols.writing.context import protocol_context
    from transferhub.protocols.writing.docx import render_docx
    from transferhub.protocols.writing.markdown import render_markdown_protocol
    from transferhub.protocols.writing.pdf import compile_pdf

    rows: list[tuple[str, str]] = []
    seed_bytes = SEED.read_bytes()
    try:
        with transaction.atomic():
            meeting = demo_load()
            ctx = protocol_context(meeting)
            data = {**ctx, "mode": "protocol"}
            pages = len(PdfReader(io.BytesIO(compile_pdf(data))).pages)
            rows.append(
                (
                    "Protokoll-Kontext aus der Datenbank",
                    f"{_median_ms(lambda: protocol_context(meeting)):.1f} ms",
                )
            )
            rows.append(
                (
                    f"PDF Typst, wiederverwendeter Compiler ({pages} S.)",
                    f"{_median_ms(lambda: compile_pdf(data)):.1f} ms",
                )
            )
            rows.append(
                (
                    "PDF Typst, typst.compile() je Dokument",
                    f"{_median_ms(lambda: compile_pdf(data, fresh=True)):.1f} ms",
                )
            )
            rows.append(("PDF WeasyPrint", "nicht installiert (nicht gemessen)"))
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
    width = max(len(label) for label, _ in rows)
    print(f"Protokolle (Median aus {ROUNDS} Läufen)")
    for label, value in rows:
        print(f"  {label.ljust(width)}  {value}")
    return rows


if __name__ == "__main__":
    import django

    django.setup()
    run()

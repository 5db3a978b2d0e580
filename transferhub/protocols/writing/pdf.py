"""The protocol and the agenda as PDF/A, typeset by Typst from one compiled template."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import typst

from transferhub.meetings.models import Meeting

from .context import protocol_context

MIMETYPE = "application/pdf"
TEMPLATE = Path(__file__).resolve().parent / "templates" / "protocol.typ"
# PDF/A-2b for archiving; Typst embeds the fonts and an sRGB output intent by itself.
PDF_STANDARDS = ["a-2b"]

# Reusing one compiler keeps the parsed template and loaded fonts: about 5 ms instead of
# 25 ms per document (see the benchmark). Typst's compiler is not documented as
# thread-safe, so one lock serialises access (gunicorn may run threads).
_compiler: typst.Compiler | None = None
_lock = threading.Lock()


def _get_compiler() -> typst.Compiler:
    global _compiler
    if _compiler is None:
        _compiler = typst.Compiler(str(TEMPLATE), root=str(TEMPLATE.parent))
    return _compiler


def compile_pdf(data: dict, *, fresh: bool = False) -> bytes:
    """Typeset the template with the given data; fresh=True skips the shared compiler."""
    inputs = {"data": json.dumps(data, ensure_ascii=False)}
    if fresh:
        return typst.compile(
            str(TEMPLATE),
            root=str(TEMPLATE.parent),
            format="pdf",
            sys_inputs=inputs,
            pdf_standards=PDF_STANDARDS,
        )
    with _lock:
        return _get_compiler().compile(format="pdf", sys_inputs=inputs, pdf_standards=PDF_STANDARDS)


def protocol_pdf(
    meeting: Meeting, *, public_only: bool = False, actual_times: bool = False
) -> tuple[str, str, bytes]:
    """Return (filename, mimetype, bytes) of the protocol as PDF/A-2b."""
    ctx = protocol_context(meeting, public_only=public_only, actual_times=actual_times)
    return f"{ctx['file_stem']}.pdf", MIMETYPE, compile_pdf({**ctx, "mode": "protocol"})


def agenda_pdf(
    meeting: Meeting, *, public_only: bool = False, online_url: bool = False
) -> tuple[str, str, bytes]:
    """Return (filename, mimetype, bytes) of the agenda (Tagesordnung) as PDF/A-2b.

    online_url: print the meeting's online link, for readers with full access only.
    """
    ctx = protocol_context(meeting, public_only=public_only, online_url=online_url)
    data = {**ctx, "title": ctx["agenda_title"], "mode": "agenda"}
    return f"{ctx['agenda_stem']}.pdf", MIMETYPE, compile_pdf(data)

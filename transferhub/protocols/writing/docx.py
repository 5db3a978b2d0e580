"""The protocol as an editable Word document, filled into a template the secretariat can replace."""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from django.conf import settings

from transferhub.meetings.models import Meeting

from .context import protocol_context

if TYPE_CHECKING:
    from docxtpl import DocxTemplate, RichText

MIMETYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DEFAULT_TEMPLATE = Path(__file__).resolve().parent / "templates" / "protocol-template.docx"
LINK_COLOUR = "1A4F8B"


def template_path() -> Path:
    """The .docx template in use: settings.PROTOCOL_DOCX_TEMPLATE, else the one shipped."""
    return Path(getattr(settings, "PROTOCOL_DOCX_TEMPLATE", None) or DEFAULT_TEMPLATE)


def _rich(tpl: DocxTemplate, block: dict) -> RichText:
    from docxtpl import RichText

    rich = RichText()
    if block["kind"] == "number":
        rich.add(f"({block['n']}) ")
    for span in block["spans"]:
        kwargs = {"bold": span["bold"] or None, "italic": span["italic"] or None}
        if span["code"]:
            kwargs["font"] = "DejaVu Sans Mono"
        if span["href"]:
            kwargs.update(url_id=tpl.build_url_id(span["href"]), color=LINK_COLOUR, underline=True)
        rich.add(span["text"], **kwargs)
    return rich


def render_docx(ctx: dict, template: Path | None = None) -> bytes:
    """Fill the Word template with a protocol context and return the document's bytes."""
    # docxtpl brings python-docx (0.12 s to import): paid by Word downloads, not every start.
    from docxtpl import DocxTemplate

    tpl = DocxTemplate(str(template or template_path()))
    items = [
        {**item, "blocks": [{**b, "rich": _rich(tpl, b)} for b in item["blocks"]]}
        for item in ctx["items"]
    ]
    agenda = [
        {**row, "what": row["heading"] if row["kind"] == "item" else row["title"]}
        for row in ctx["agenda"]
    ]
    if ctx["actual_times"]:
        # The "wann" cell says both: a template of the secretariat's own (three columns,
        # {{ row.start }}) shows the actual times without a change.
        for row in agenda:
            actual = f" · tatsächlich {row['actual']}" if row["actual"] else ""
            row["start"] = f"{row['start']} ({row['planned']}){actual}"
    tpl.render({**ctx, "items": items, "agenda": agenda}, autoescape=True)
    tpl.docx.core_properties.title = ctx["title"]
    tpl.docx.core_properties.subject = ctx["date_line"]
    out = io.BytesIO()
    tpl.save(out)
    return out.getvalue()


def protocol_docx(
    meeting: Meeting, *, public_only: bool = False, actual_times: bool = False
) -> tuple[str, str, bytes]:
    """Return (filename, mimetype, bytes) of the protocol as DOCX."""
    ctx = protocol_context(meeting, public_only=public_only, actual_times=actual_times)
    return f"{ctx['file_stem']}.docx", MIMETYPE, render_docx(ctx)

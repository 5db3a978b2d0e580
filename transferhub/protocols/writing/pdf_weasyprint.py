"""The protocol as PDF/A through WeasyPrint (HTML + CSS): the second engine of the benchmark.

The product writes its PDFs with Typst (pdf.py); this writer exists so that `make bench`
compares two engines on the same document. It lays out the same protocol_context() as the
Typst template, from protocols/protocol_print.html. WeasyPrint is a development dependency
only (the `dev` extra): import this module from the benchmark and tests, never from views.

Nothing is fetched from outside: the template has its CSS inline, the fonts come from the
machine through fontconfig, and the URL fetcher refuses every URL that is not a file in
the project's static folder.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.template.loader import render_to_string
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher

from transferhub.meetings.models import Meeting

from .context import protocol_context

MIMETYPE = "application/pdf"
TEMPLATE = "protocols/protocol_print.html"
# The same archive standard as the Typst PDF, so that both engines do the same work.
PDF_VARIANT = "pdf/a-2b"
# Relative URLs in the HTML (there are none today) resolve here, and only here.
STATIC_ROOT = (Path(__file__).resolve().parents[2] / "static").resolve()


class LocalFilesOnly(URLFetcher):
    """A URL fetcher that reads files under one folder and refuses everything else."""

    def __init__(self, root: Path = STATIC_ROOT) -> None:
        super().__init__(allowed_protocols={"file"})
        self.root = Path(root).resolve()

    def fetch(self, url, headers=None):
        parts = urlsplit(url)
        if parts.scheme != "file":
            raise ValueError(f"Externe Adresse nicht erlaubt: {url}")
        path = Path(unquote(parts.path)).resolve()
        if not path.is_relative_to(self.root):
            raise ValueError(f"Datei außerhalb von {self.root} nicht erlaubt: {url}")
        return super().fetch(url, headers)


def render_html(ctx: dict) -> str:
    """The protocol as one self-contained HTML document."""
    return render_to_string(TEMPLATE, ctx)


def html_to_pdf(
    html: str,
    *,
    pdf_variant: str | None = PDF_VARIANT,
    font_config: FontConfiguration | None = None,
) -> bytes:
    """Typeset HTML with WeasyPrint, fetching nothing outside the static folder.

    font_config: a FontConfiguration kept between documents (WeasyPrint makes a new one
    per document otherwise); the benchmark measures both.
    """
    document = HTML(string=html, base_url=str(STATIC_ROOT), url_fetcher=LocalFilesOnly())
    return document.write_pdf(pdf_variant=pdf_variant, font_config=font_config)


def compile_pdf_weasyprint(
    ctx: dict,
    *,
    pdf_variant: str | None = PDF_VARIANT,
    font_config: FontConfiguration | None = None,
) -> bytes:
    """Template and typeset a protocol context (what the benchmark times)."""
    return html_to_pdf(render_html(ctx), pdf_variant=pdf_variant, font_config=font_config)


def protocol_pdf_weasyprint(
    meeting: Meeting, *, public_only: bool = False
) -> tuple[str, str, bytes]:
    """Return (filename, mimetype, bytes) of the protocol as PDF/A-2b, typeset by WeasyPrint."""
    ctx = protocol_context(meeting, public_only=public_only)
    return f"{ctx['file_stem']}.pdf", MIMETYPE, compile_pdf_weasyprint(ctx)

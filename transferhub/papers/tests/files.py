"""Documents for the paper tests: DOCX, Markdown, a PDF with text and one without (a scan)."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile

from transferhub.papers.text import DOCX


def docx_file(paragraphs: list[str], name: str = "vorlage.docx") -> SimpleUploadedFile:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return SimpleUploadedFile(name, out.getvalue(), DOCX)


def markdown_file(text: str, name: str = "vorlage.md") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode(), "text/markdown")


def _pdf(content: bytes) -> bytes:
    """A one-page PDF whose page draws `content` (a content stream)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def pdf_with_text(text: str, name: str = "vorlage.pdf") -> SimpleUploadedFile:
    stream = b"BT /F1 12 Tf 72 720 Td (" + text.encode("latin-1") + b") Tj ET"
    return SimpleUploadedFile(name, _pdf(stream), "application/pdf")


def scanned_pdf(name: str = "scan.pdf") -> SimpleUploadedFile:
    """A PDF that only draws (a filled rectangle, as a scan has only an image): no text."""
    return SimpleUploadedFile(name, _pdf(b"0 0 0 rg 72 72 400 600 re f"), "application/pdf")

"""Small files that would cost the reader far more than their size, built cheaply in tests."""

from __future__ import annotations

import io
import zipfile
import zlib

from transferhub.lib.tests.zip_bombs import MIB, deflated_zeros

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def pdf(
    pages: list[bytes], *, forms: dict[str, bytes] | None = None, compress: bool = True
) -> bytes:
    """A PDF of the given content streams, one a page (Helvetica as /F1, forms as XObjects).

    With compress=False the content streams are taken as already FlateDecode-compressed.
    """
    forms = forms or {}
    objects: list[bytes] = []
    form_ids = {name: 3 + k for k, name in enumerate(forms, 1)}
    xobjects = b" ".join(f"/{name} {i} 0 R".encode() for name, i in form_ids.items())
    resources = b"<< /Font << /F1 3 0 R >> /XObject << " + xobjects + b" >> >>"
    for content in forms.values():
        packed = zlib.compress(content)
        objects.append(
            b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources "
            + resources
            + f" /Length {len(packed)} /Filter /FlateDecode >>\nstream\n".encode()
            + packed
            + b"\nendstream"
        )
    first_page = 4 + len(forms)
    kids = []
    for p, content in enumerate(pages):
        page_id, content_id = first_page + 2 * p, first_page + 2 * p + 1
        kids.append(f"{page_id} 0 R")
        packed = zlib.compress(content) if compress else content
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {content_id} 0 R "
            "/Resources ".encode()
            + resources
            + b" >>"
        )
        objects.append(
            f"<< /Length {len(packed)} /Filter /FlateDecode >>\nstream\n".encode()
            + packed
            + b"\nendstream"
        )
    head = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(pages)} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(head + objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(offsets) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{off:010d} 00000 n \n".encode() for off in offsets)
    out += (
        f"trailer << /Size {len(offsets) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def text_page(lines: list[str]) -> bytes:
    """Content of a page that shows the given lines."""
    shown = b" ".join(b"(" + line.encode("cp1252") + b") Tj T*" for line in lines)
    return b"BT /F1 10 Tf 50 800 Td 13 TL " + shown + b" ET"


def flate_bomb(mib: int, head: bytes = b"") -> bytes:
    """A zlib stream of `head` and `mib` MiB of zero bytes, about 1 KB a MiB."""
    raw, _crc = deflated_zeros(head, mib)
    adler = zlib.adler32(head)
    chunk = bytes(MIB)
    for _ in range(mib):
        adler = zlib.adler32(chunk, adler)
    return b"\x78\xda" + raw + adler.to_bytes(4, "big")


def docx(body_xml: bytes) -> bytes:
    """A minimal Word file whose body is the given WordprocessingML."""
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>'.encode()
        + body_xml
        + b"</w:body></w:document>"
    )
    types = (
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="xml" ContentType="application/xml"/><Default '
        'Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", types)
        zf.writestr("_rels/.rels", rels)
        zf.writestr("word/document.xml", document)
    return buffer.getvalue()


def paragraph(text: str) -> bytes:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>".encode()

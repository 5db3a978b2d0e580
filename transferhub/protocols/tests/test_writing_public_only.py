"""The public protocol holds only public items, and no attendance list."""

import io

import docx
import pytest
from pypdf import PdfReader

from transferhub.meetings.services import attendance_add
from transferhub.protocols.writing import agenda_pdf, protocol_docx, protocol_markdown, protocol_pdf


def text_of(fmt: str, content: bytes) -> str:
    if fmt == "pdf":
        return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(content)).pages)
    if fmt == "docx":
        document = docx.Document(io.BytesIO(content))
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        return " ".join([p.text for p in document.paragraphs] + cells)
    return content.decode()


@pytest.fixture
def confidential(seed_meeting, people):
    item = seed_meeting.agenda_items.get(number="8")
    item.name = "Vertrauliche Personalfrage"
    item.public = False
    item.save()
    attendance_add(meeting=seed_meeting, person=people["member"])
    return seed_meeting


@pytest.mark.parametrize(
    "writer,fmt",
    [(protocol_pdf, "pdf"), (protocol_docx, "docx"), (protocol_markdown, "md")],
)
def test_the_public_version_omits_non_public_items(confidential, writer, fmt):
    full = " ".join(text_of(fmt, writer(confidential)[2]).split())
    public = " ".join(text_of(fmt, writer(confidential, public_only=True)[2]).split())
    assert "Vertrauliche Personalfrage" in full
    assert "Vertrauliche Personalfrage" not in public
    assert "Die AG Transfer vereinbart zu TOP 8." not in public
    assert "Die AG Transfer vereinbart zu TOP 7." in public
    assert "Wilhelm Heidbrede" in full.split("Anwesend")[1]
    assert "Anwesend" not in public


def test_the_public_agenda_omits_non_public_items(confidential):
    assert "Vertrauliche" in text_of("pdf", agenda_pdf(confidential)[2])
    assert "Vertrauliche" not in text_of("pdf", agenda_pdf(confidential, public_only=True)[2])

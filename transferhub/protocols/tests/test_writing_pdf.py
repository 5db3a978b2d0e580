"""The protocol as PDF: the seed's layout, German text intact, PDF/A, user text never markup."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfReader

from transferhub.meetings.services import attachment_add, minutes_record
from transferhub.protocols.writing import agenda_pdf, protocol_pdf

SEED_TITLES = [
    "1. Neues aus der Offensive Mittelstand",
    "3. Umsetzungshilfe „Finanzierung und Liquidität“",
    "9. Verschiedenes",
]


def pdf_text(content: bytes) -> str:
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    """Text on one line; a word broken at its hyphen ("OM-⏎Lieferanten") is whole again."""
    return re.sub(r"(?<=\w)- (?=[A-ZÄÖÜ])", "-", " ".join(text.split()))


def test_it_writes_the_seed_as_a_pdf_with_its_items_and_decisions(imported_seed):
    filename, mimetype, content = protocol_pdf(imported_seed)
    assert filename == "protokoll-ag-transfer-2022-09-15.pdf"
    assert mimetype == "application/pdf"
    text = flat(pdf_text(content))
    assert "Protokoll AG Transfer" in text
    assert "am Donnerstag, 15.09.2022 von 09:00-13:00 Uhr" in text
    assert "Teilnehmende: 30" in text
    assert "Was Wer wann" in text
    for title in SEED_TITLES:
        assert title in text
    # Four agreements; the motion of item 6 found no support and reads as rejected.
    assert text.count("Die AG Transfer vereinbart:") == 4
    assert "Die AG Transfer lehnt den Antrag ab: Es gibt keine Stimmen" in text
    assert "Die AG Transfer vereinbart: Nach den o.g. Ergänzungen/Anpassungen kann" in text
    assert "Ende 13:00" in text
    assert "Mitschrift Theresa Joerißen" in text


def test_it_keeps_umlauts_and_german_quotes(imported_seed):
    text = flat(pdf_text(protocol_pdf(imported_seed)[2]))
    assert "„Umweltschutz“" in text
    assert "Theresa Joerißen" in text
    assert "Bundesministerium für Arbeit und Soziales" in text


def test_it_sets_the_to_dos_with_owner_and_due_date_apart(seed_meeting):
    text = flat(pdf_text(protocol_pdf(seed_meeting)[2]))
    assert "To Do:" in text
    assert "Ansprache von Bankenverbänden vorbereiten. (Oliver Kruse, bis 31.10.2022)" in text
    assert "Die Umsetzungshilfe wird um ein Glossar ergänzt. (AG Transfer)" in text


def test_it_shows_breaks_and_computed_start_times_in_the_agenda(seed_meeting):
    text = flat(pdf_text(protocol_pdf(seed_meeting)[2]))
    assert "Pause 10:50" in text
    assert "5. OM-Zeichen-Arbeitsschutz – OM-Lieferantendatenbank 11:00" in text


def test_it_is_pdf_a_2b(seed_meeting):
    content = protocol_pdf(seed_meeting)[2]
    reader = PdfReader(io.BytesIO(content))
    xmp = reader.xmp_metadata
    assert xmp is not None
    assert xmp.get_nodes_in_namespace("", "http://www.aiim.org/pdfa/ns/id/") is not None
    raw = content.decode("latin-1")
    assert "pdfaid:part" in raw or "<pdfaid:part>2" in raw
    assert reader.metadata.title == "Protokoll AG Transfer"


def test_it_renders_markdown_minutes_and_treats_typst_syntax_as_text(seed_meeting):
    item = seed_meeting.agenda_items.get(number="1")
    minutes_record(
        item=item,
        minutes=(
            "Ein **wichtiger** Hinweis mit [Link](https://www.example.org/) und #set text(red) "
            "$x^2$ ] [ @ref 5 < 6 \\ `code`.\n\n- erster Punkt\n- zweiter Punkt"
        ),
    )
    content = protocol_pdf(seed_meeting)[2]
    text = flat(pdf_text(content))
    assert "Ein wichtiger Hinweis mit Link und #set text(red) $x^2$ ] [ @ref 5 < 6 \\ code." in text
    assert "• erster Punkt • zweiter Punkt" in text
    links = [
        a.get_object()["/A"]["/URI"]
        for page in PdfReader(io.BytesIO(content)).pages
        for a in page.get("/Annots", [])
        if "/A" in a.get_object()
    ]
    assert "https://www.example.org/" in links


def test_it_lists_attachments_as_anlage_n(seed_meeting):
    item = seed_meeting.agenda_items.get(number="2")
    attachment_add(
        meeting=seed_meeting,
        agenda_item=item,
        file=SimpleUploadedFile("folien.pdf", protocol_pdf(seed_meeting)[2]),
        name="Präsentation BMAS",
    )
    text = flat(pdf_text(protocol_pdf(seed_meeting)[2]))
    assert "Anlagen: • Anlage 1: Präsentation BMAS" in text


@pytest.mark.parametrize("public_only", [False, True])
def test_the_agenda_pdf_has_the_agenda_but_no_minutes(seed_meeting, public_only):
    filename, mimetype, content = agenda_pdf(seed_meeting, public_only=public_only)
    assert filename == "tagesordnung-ag-transfer-2022-09-15.pdf"
    text = flat(pdf_text(content))
    assert "Was Wer wann" in text and "Pause 10:50" in text and "Ende 13:00" in text
    assert "Die AG Transfer vereinbart" not in text
    assert "Protokoll zu" not in text

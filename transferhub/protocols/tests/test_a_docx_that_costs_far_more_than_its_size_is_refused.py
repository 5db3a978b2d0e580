"""A small Word file that would cost python-docx minutes or gigabytes is refused in a moment,
with the same zip check as every upload, and nothing is stored."""

import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from transferhub.lib.tests.zip_bombs import zip_with_bomb
from transferhub.meetings.models import AgendaItem, Meeting
from transferhub.protocols.reader import ProtocolReadError, read_protocol

from .costly_files import docx, paragraph


def a_million_paragraphs() -> bytes:
    """1.28 million paragraphs in a file of some 100 KB: before, past 300 s."""
    return docx(paragraph("a") * 1_280_000)


def a_million_elements_that_pack_plausibly() -> bytes:
    """Paragraphs of varied text pass the zip check (ratio, size): the tag count stops them."""
    return docx(b"".join(paragraph(f"{i * 2654435761 % 2**32:08x}") for i in range(180_000)))


def too_many_paragraphs_of_text() -> bytes:
    return docx(b"".join(paragraph(f"Absatz {i} mit Text") for i in range(10_001)))


def a_zip_bomb() -> bytes:
    members = {
        "[Content_Types].xml": b"<Types/>",
        "word/document.xml": paragraph("TOP 1: Begrüßung"),
    }
    return zip_with_bomb(members, bomb="word/media/image1.png", mib=1024)


CASES = {
    "1.28 million paragraphs": (a_million_paragraphs, "entpackt unzulässig groß"),
    "a million elements": (a_million_elements_that_pack_plausibly, "mehr als einer Million"),
    "10,001 paragraphs": (too_many_paragraphs_of_text, "mehr als 10.000 Absätze"),
    "zip bomb": (a_zip_bomb, "entpackt unzulässig groß"),
}


@pytest.mark.parametrize("build,message", CASES.values(), ids=CASES.keys())
def test_the_reader_refuses_it_within_seconds(build, message):
    data = build()
    assert len(data) < 1_200_000
    # The cost is the processor time the read takes (the server's work): a wall clock
    # would also count the other processes sharing the machine.
    started = time.process_time()
    with pytest.raises(ProtocolReadError) as info:
        read_protocol(data, filename="protokoll.docx")
    assert message in str(info.value)
    assert time.process_time() - started < 3


def test_a_long_real_document_is_still_read():
    body = paragraph("Protokoll AG Transfer") + paragraph("am 15.09.2022")
    body += paragraph("TOP 1: Begrüßung")
    body += paragraph("Die AG Transfer vereinbart, das Glossar zu überarbeiten.") * 2000
    result = read_protocol(docx(body), filename="protokoll.docx")
    assert result["agenda"][0]["title"] == "Begrüßung"


def test_the_web_import_shows_the_reason_and_stores_nothing(client_as, people):
    client = client_as("secretariat")
    response = client.post(
        reverse("protocols:import"),
        {"files": SimpleUploadedFile("absaetze.docx", a_million_paragraphs())},
    )
    assert "Die Word-Datei ist entpackt unzulässig groß" in response.content.decode()
    assert not Meeting.objects.exists() and not AgendaItem.objects.exists()

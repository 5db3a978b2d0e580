"""The option "tatsächliche Zeiten" (?zeiten=1): actual start and duration beside the plan."""

import datetime as dt
import io
import re
import zipfile

import pytest
from django.urls import reverse
from django.utils import timezone
from pypdf import PdfReader


def pdf_words(content: bytes) -> str:
    return " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(content)).pages).split()
    )


def docx_words(content: bytes) -> str:
    xml = zipfile.ZipFile(io.BytesIO(content)).read("word/document.xml").decode()
    return " ".join(re.sub(r"<[^>]+>", " ", xml).split())


def at(hour: int, minute: int) -> dt.datetime:
    return timezone.make_aware(dt.datetime(2022, 9, 15, hour, minute))


@pytest.fixture
def clocked(seed_meeting):
    """Items 1 and 2 with actual times: 09:05–09:30 and 09:30–10:12; the rest not recorded."""
    items = seed_meeting.agenda_items
    items.filter(number="1").update(actual_start=at(9, 5), actual_end=at(9, 30))
    items.filter(number="2").update(actual_start=at(9, 30), actual_end=at(10, 12))
    return seed_meeting


def download(client, name: str, meeting, **params):
    response = client.get(reverse(name, args=[meeting.pk]), params)
    assert response.status_code == 200
    return response.content


def test_the_pdf_shows_planned_and_actual_times(client_as, clocked):
    text = pdf_words(download(client_as("member"), "protocols:protocol_pdf", clocked, zeiten=1))
    assert "Was Wer wann tatsächlich" in text
    # Item 1: planned 09:00 for 20 minutes, begun 09:05 and run 25 minutes.
    assert re.search(
        r"1\. Neues aus der Offensive Mittelstand .*?09:00 \(20 Min\.\) 09:05 \(25 Min\.\)", text
    )
    # Item 2: planned 09:20 for 30 minutes, begun 09:30 and run 42 minutes.
    assert "09:20 (30 Min.) 09:30 (42 Min.)" in text
    # Item 3 was not clocked: its plan only.
    assert "09:50 (30 Min.)" in text


def test_markdown_and_docx_show_them_too(client_as, clocked):
    client = client_as("member")
    md = download(client, "protocols:protocol_md", clocked, zeiten=1).decode()
    assert "| Was | Wer | wann | tatsächlich |" in md
    assert "| 09:00 (20 Min.) | 09:05 (25 Min.) |" in md
    docx = docx_words(download(client, "protocols:protocol_docx", clocked, zeiten=1))
    assert "09:20 (30 Min.) · tatsächlich 09:30 (42 Min.)" in docx


def test_without_the_option_the_protocol_is_as_before(client_as, clocked):
    client = client_as("member")
    md = download(client, "protocols:protocol_md", clocked).decode()
    assert "tatsächlich" not in md and "| Was | Wer | wann |" in md
    assert "tatsächlich" not in pdf_words(download(client, "protocols:protocol_pdf", clocked))


def test_without_recorded_times_the_option_changes_nothing(client_as, seed_meeting):
    client = client_as("member")
    plain = download(client, "protocols:protocol_md", seed_meeting)
    assert download(client, "protocols:protocol_md", seed_meeting, zeiten=1) == plain
    with_option = pdf_words(download(client, "protocols:protocol_pdf", seed_meeting, zeiten=1))
    assert with_option == pdf_words(download(client, "protocols:protocol_pdf", seed_meeting))

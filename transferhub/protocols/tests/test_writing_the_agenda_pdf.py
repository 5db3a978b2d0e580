"""The agenda PDF is titled "Tagesordnung" and carries the online link for those with full access."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from transferhub.meetings.services import minutes_approve

LINK = "https://konferenz.example.org/ag-transfer?pwd=geheim"


def pdf(response) -> PdfReader:
    assert response.status_code == 200
    return PdfReader(io.BytesIO(response.content))


def words(reader: PdfReader) -> str:
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


@pytest.fixture
def online(seed_meeting):
    seed_meeting.online_url = LINK
    seed_meeting.save(update_fields=["online_url"])
    return seed_meeting


def agenda_url(meeting) -> str:
    return reverse("protocols:agenda_pdf", args=[meeting.pk])


def test_the_agenda_is_titled_tagesordnung(client_as, online):
    reader = pdf(client_as("member").get(agenda_url(online)))
    text = words(reader)
    assert text.startswith("Tagesordnung AG Transfer")
    assert "Protokoll" not in text.split("Was Wer wann")[0]
    assert reader.metadata.title == "Tagesordnung AG Transfer"


def test_members_find_the_online_link_in_the_agenda(client_as, online):
    assert f"Online: {LINK}" in words(pdf(client_as("member").get(agenda_url(online))))


def test_the_public_gets_the_agenda_without_the_online_link(client_as, online):
    minutes_approve(meeting=online)
    for role in ("anonymous", "outsider"):
        text = words(pdf(client_as(role).get(agenda_url(online))))
        assert text.startswith("Tagesordnung AG Transfer"), role
        assert "konferenz.example.org" not in text and "Online:" not in text, role

"""Downloading the protocol and the agenda: files for members, public parts for everyone else."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from transferhub.meetings.services import minutes_approve

DOWNLOADS = [
    ("protocols:protocol_pdf", "application/pdf", ".pdf"),
    ("protocols:protocol_docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
    ("protocols:protocol_md", "text/markdown; charset=utf-8", ".md"),
    ("protocols:agenda_pdf", "application/pdf", ".pdf"),
]  # fmt: skip


@pytest.fixture
def private_item(seed_meeting):
    item = seed_meeting.agenda_items.get(number="8")
    item.name = "Vertrauliche Personalfrage"
    item.public = False
    item.save()
    return item


@pytest.mark.parametrize("name,mimetype,suffix", DOWNLOADS)
def test_a_member_downloads_each_format(client_as, seed_meeting, name, mimetype, suffix):
    response = client_as("member").get(reverse(name, args=[seed_meeting.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == mimetype
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;") and disposition.endswith(f'{suffix}"')
    assert len(response.content) > 500


def test_the_url_reads_like_the_brief(seed_meeting):
    url = reverse("protocols:protocol_pdf", args=[seed_meeting.pk])
    assert url == f"/protokolle/sitzung/{seed_meeting.pk}/protokoll.pdf"


@pytest.mark.parametrize("name,mimetype,suffix", DOWNLOADS)
def test_an_outsider_gets_404_for_draft_minutes(client_as, seed_meeting, name, mimetype, suffix):
    assert client_as("outsider").get(reverse(name, args=[seed_meeting.pk])).status_code == 404


def test_an_anonymous_visitor_is_sent_to_the_login_for_draft_minutes(client_as, seed_meeting):
    response = client_as("anonymous").get(reverse("protocols:protocol_pdf", args=[seed_meeting.pk]))
    assert response.status_code == 302
    assert "/anmelden/" in response["Location"]


def test_an_unknown_meeting_gives_404(client_as, seed_meeting):
    response = client_as("secretariat").get(reverse("protocols:protocol_pdf", args=[999_999]))
    assert response.status_code == 404


def pdf_words(content: bytes) -> str:
    return " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(content)).pages).split()
    )


@pytest.mark.parametrize("role", ["anonymous", "outsider"])
def test_approved_minutes_are_public_without_non_public_items(
    client_as, seed_meeting, private_item, role
):
    minutes_approve(meeting=seed_meeting)
    response = client_as(role).get(reverse("protocols:protocol_pdf", args=[seed_meeting.pk]))
    assert response.status_code == 200
    text = pdf_words(response.content)
    assert "7. KI im Dienste der Diversität" in text
    assert "Vertrauliche Personalfrage" not in text
    md = client_as(role).get(reverse("protocols:protocol_md", args=[seed_meeting.pk]))
    assert "Vertrauliche" not in md.content.decode()


def test_members_see_non_public_items_in_approved_minutes(client_as, seed_meeting, private_item):
    minutes_approve(meeting=seed_meeting)
    response = client_as("member").get(reverse("protocols:protocol_pdf", args=[seed_meeting.pk]))
    assert "Vertrauliche Personalfrage" in pdf_words(response.content)

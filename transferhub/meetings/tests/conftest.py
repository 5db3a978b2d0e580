"""Fixtures for the meeting pages."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from transferhub.meetings import services
from transferhub.meetings.models import Meeting

PDF_BYTES = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"


@pytest.fixture
def planned_meeting(db, ag_transfer, people) -> Meeting:
    """The AG Transfer's next meeting, 24.11.2022 09:00-11:00, with an empty agenda."""
    return services.meeting_create(
        body=ag_transfer,
        name="AG Transfer",
        date=dt.date(2022, 11, 24),
        start_time=dt.time(9),
        end_time=dt.time(11),
        location="online",
        note_taker=people["secretariat"],
    )


@pytest.fixture
def approved_meeting(seed_meeting) -> Meeting:
    """The seed's meeting with its minutes approved (frozen)."""
    return services.minutes_approve(meeting=seed_meeting)


@pytest.fixture
def pdf():
    """An uploaded PDF named as given."""

    def make(name: str = "folien.pdf", content: bytes = PDF_BYTES):
        return SimpleUploadedFile(name, content, content_type="application/pdf")

    return make


def page_text(response) -> str:
    return response.content.decode()

"""Fixtures for the meeting pages."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from conftest import world_layer
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


@world_layer(
    "approved_meeting",
    requires=("seed_meeting",),
    name="meetings:approved_meeting",
    under=__file__,
)
def _approved_world(below) -> Meeting:
    return services.minutes_approve(meeting=below["seed_meeting"])


@pytest.fixture
def approved_meeting(seed_meeting, _worlds) -> Meeting:
    """The seed's meeting with its minutes approved (frozen), built once and shared
    through rollback (root conftest, "Worlds")."""
    shared = _worlds.shared("meetings:approved_meeting")
    return shared if shared is not None else services.minutes_approve(meeting=seed_meeting)


@pytest.fixture
def pdf():
    """An uploaded PDF named as given."""

    def make(name: str = "folien.pdf", content: bytes = PDF_BYTES):
        return SimpleUploadedFile(name, content, content_type="application/pdf")

    return make


def page_text(response) -> str:
    return response.content.decode()


# --- Date polls (Terminfindung) ------------------------------------------------------------


def days_ahead(days: int) -> dt.date:
    """A date that stays in the future whenever the tests run."""
    from django.utils import timezone

    return timezone.localdate() + dt.timedelta(days=days)


@pytest.fixture
def poll_slots():
    """Three slots in the coming weeks: (date, start, end)."""
    return [
        (days_ahead(14), dt.time(9), dt.time(11)),
        (days_ahead(15), dt.time(14), dt.time(16)),
        (days_ahead(21), dt.time(10), dt.time(12)),
    ]


@pytest.fixture
def date_poll(people, ag_transfer, poll_slots, mailoutbox):
    """A poll of the AG Transfer on three slots, for its members and one English guest."""
    from transferhub.meetings.polls import date_poll_create

    poll = date_poll_create(
        body=ag_transfer,
        title="AG Transfer",
        location="online",
        slots=poll_slots,
        guests=[("Gisela Gast", "gisela@example.net", "en")],
        actor=people["secretariat"].user,
    )
    mailoutbox.clear()
    return poll


@pytest.fixture
def invitee_of(date_poll):
    """The invitation of a person (by role) or of the guest ("guest")."""

    def get(who):
        if who == "guest":
            return date_poll.invitees.get(person__isnull=True)
        return date_poll.invitees.get(person=who)

    return get

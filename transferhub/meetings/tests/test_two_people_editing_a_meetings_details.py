"""Two people editing a meeting's details at once: nothing is overwritten without being seen.

Both render the edit form, the first saves, then the second: the same field changed twice is
refused with both values on the page; different fields both stay.
"""

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse

from transferhub.lib.testing.forms import form_data

from .conftest import page_text

STALE = "Dieser Eintrag wurde inzwischen von jemand anderem geändert"


@pytest.fixture
def browsers(people):
    """The secretariat and the chair, each in a browser of their own."""
    clients = []
    for role in ("secretariat", "chair"):
        client = Client()
        client.force_login(people[role].user)
        clients.append(client)
    return clients


def _render(client, url):
    return form_data(client.get(url), url)


def test_the_same_meeting_detail_changed_twice_is_refused(browsers, planned_meeting):
    url = reverse("meetings:edit", args=[planned_meeting.pk])
    first, second = browsers
    mine, theirs = _render(first, url), _render(second, url)
    mine["location"] = "Heidelberg, Raum 1"
    assert first.post(url, mine).status_code == 302
    theirs["location"] = "Berlin, Raum 2"
    response = second.post(url, theirs)

    text = page_text(response)
    assert STALE in text
    assert "Heidelberg, Raum 1" in text and "Berlin, Raum 2" in text
    planned_meeting.refresh_from_db()
    assert planned_meeting.location == "Heidelberg, Raum 1"


def test_different_meeting_details_changed_at_once_both_stay(browsers, planned_meeting):
    url = reverse("meetings:edit", args=[planned_meeting.pk])
    first, second = browsers
    mine, theirs = _render(first, url), _render(second, url)
    mine["location"] = "Heidelberg, Raum 1"
    first.post(url, mine)
    theirs.update(start_time="09:30", end_time="11:30")
    response = second.post(url, theirs, follow=True)

    assert "Die Angaben zur Sitzung wurden gespeichert." in page_text(response)
    planned_meeting.refresh_from_db()
    assert planned_meeting.location == "Heidelberg, Raum 1"
    assert (planned_meeting.start_time, planned_meeting.end_time) == (
        dt.time(9, 30),
        dt.time(11, 30),
    )

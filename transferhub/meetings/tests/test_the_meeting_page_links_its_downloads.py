"""The meeting page links the protocol (PDF, DOCX, Markdown), the agenda (PDF) and the .ics."""

import datetime as dt
import re

from django.urls import reverse
from django.utils import timezone

from transferhub.meetings.services import minutes_approve


def links(response) -> set[str]:
    return set(re.findall(r'href="([^"]+)"', response.content.decode()))


def downloads_of(meeting) -> set[str]:
    return {
        reverse("protocols:protocol_pdf", args=[meeting.pk]),
        reverse("protocols:protocol_docx", args=[meeting.pk]),
        reverse("protocols:protocol_md", args=[meeting.pk]),
        reverse("protocols:agenda_pdf", args=[meeting.pk]),
        reverse("meetings:ics", args=[meeting.pk]),
    }


def test_a_member_finds_every_download_on_the_meeting_page(client_as, seed_meeting):
    response = client_as("member").get(seed_meeting.get_absolute_url())
    assert downloads_of(seed_meeting) <= links(response)
    page = response.content.decode()
    assert "Protokoll als PDF" in page and "Tagesordnung als PDF" in page


def test_the_public_finds_the_downloads_of_approved_minutes(client_as, seed_meeting):
    minutes_approve(meeting=seed_meeting)
    for role in ("anonymous", "outsider"):
        response = client_as(role).get(seed_meeting.get_absolute_url())
        assert response.status_code == 200
        assert downloads_of(seed_meeting) <= links(response), role
        # What the links give the public: the public part, as before.
        assert "öffentliche Punkte" in response.content.decode()


def test_every_linked_download_opens_for_the_reader(client_as, seed_meeting):
    minutes_approve(meeting=seed_meeting)
    for role in ("member", "anonymous"):
        client = client_as(role)
        for url in downloads_of(seed_meeting):
            assert client.get(url).status_code == 200, (role, url)


def test_the_actual_times_option_is_offered_once_a_time_was_recorded(client_as, seed_meeting):
    option = reverse("protocols:protocol_pdf", args=[seed_meeting.pk]) + "?zeiten=1"
    client = client_as("member")
    assert option not in links(client.get(seed_meeting.get_absolute_url()))

    item = seed_meeting.agenda_items.get(number="1")
    begun = timezone.make_aware(dt.datetime(2022, 9, 15, 9, 2))
    item.actual_start, item.actual_end = begun, begun + dt.timedelta(minutes=23)
    item.save(update_fields=["actual_start", "actual_end"])

    response = client.get(seed_meeting.get_absolute_url())
    assert option in links(response)
    assert "Protokoll mit tatsächlichen Zeiten" in response.content.decode()

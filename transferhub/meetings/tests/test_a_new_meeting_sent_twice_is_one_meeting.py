"""Neue Sitzung sent twice (a double click, a resent page) makes one meeting, not two."""

from django.urls import reverse

from transferhub.lib.testing.forms import form_data
from transferhub.meetings.models import Meeting

from .conftest import page_text


def test_a_meeting_sent_twice_is_one_meeting(client_as, ag_transfer):
    client = client_as("secretariat")
    url = reverse("meetings:create")
    data = form_data(client.get(url), url)
    data.update(body=ag_transfer.pk, date="2022-11-24", start_time="09:00", end_time="11:00")

    first = client.post(url, data)
    second = client.post(url, data, follow=True)

    meeting = Meeting.objects.get()
    assert first["Location"] == meeting.get_absolute_url()
    assert second.redirect_chain[-1][0] == meeting.get_absolute_url()
    assert "Bereits gespeichert" in page_text(second)

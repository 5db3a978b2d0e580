"""Absagen: a page asks to confirm and for the reason; the change log keeps the reason."""

from django.urls import reverse

from transferhub.lib.models import ActionLog
from transferhub.meetings.models import Meeting

from .conftest import page_text


def test_the_button_leads_to_a_confirmation_page_first(client_as, planned_meeting):
    client = client_as("secretariat")
    detail = page_text(client.get(planned_meeting.get_absolute_url()))
    cancel = reverse("meetings:cancel", args=[planned_meeting.pk])
    assert f'href="{cancel}"' in detail
    page = page_text(client.get(cancel))
    assert "wirklich abgesagt werden" in page and "Grund der Absage" in page
    planned_meeting.refresh_from_db()
    assert planned_meeting.state == Meeting.State.PLANNED  # opening the page changes nothing


def test_without_a_reason_nothing_is_cancelled(client_as, planned_meeting):
    client = client_as("secretariat")
    response = client.post(reverse("meetings:cancel", args=[planned_meeting.pk]), {"reason": " "})
    assert response.status_code == 200
    assert "Dieses Feld ist zwingend erforderlich" in page_text(response)
    planned_meeting.refresh_from_db()
    assert planned_meeting.state == Meeting.State.PLANNED


def test_the_old_status_button_cannot_cancel_without_the_page(client_as, planned_meeting):
    client = client_as("secretariat")
    response = client.post(
        reverse("meetings:state", args=[planned_meeting.pk]), {"state": "cancelled"}
    )
    assert response["Location"] == reverse("meetings:cancel", args=[planned_meeting.pk])
    planned_meeting.refresh_from_db()
    assert planned_meeting.state == Meeting.State.PLANNED


def test_the_reason_is_kept_in_the_change_log(client_as, planned_meeting):
    client = client_as("chair")
    response = client.post(
        reverse("meetings:cancel", args=[planned_meeting.pk]),
        {"reason": "Zu wenige Zusagen"},
        follow=True,
    )
    assert "Die Sitzung ist abgesagt." in page_text(response)
    planned_meeting.refresh_from_db()
    assert planned_meeting.state == Meeting.State.CANCELLED
    entry = ActionLog.objects.filter(action="meeting.state_changed").latest("pk")
    assert entry.data == {"before": "planned", "after": "cancelled", "reason": "Zu wenige Zusagen"}


def test_members_may_not_cancel(client_as, planned_meeting):
    response = client_as("member").get(reverse("meetings:cancel", args=[planned_meeting.pk]))
    assert response.status_code == 403

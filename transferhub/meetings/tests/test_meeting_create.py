"""Neue Sitzung: who may create a meeting and what input is refused."""

import datetime as dt

from django.urls import reverse

from transferhub.meetings.models import Meeting
from transferhub.network.models import Body

from .conftest import page_text

FORM = {
    "name": "",
    "date": "2022-11-24",
    "start_time": "09:00",
    "end_time": "11:00",
    "location": "online",
    "online_url": "https://meet.example.org/ag-transfer",
    "note_taker": "",
    "stated_participant_count": "",
}


def test_the_secretariat_creates_a_meeting_titled_after_its_body(client_as, ag_transfer, people):
    client = client_as("secretariat")
    data = {**FORM, "body": ag_transfer.pk, "note_taker": people["secretariat"].pk}
    response = client.post(reverse("meetings:create"), data, follow=True)
    meeting = Meeting.objects.get()
    assert response.redirect_chain[-1][0] == meeting.get_absolute_url()
    assert meeting.name == "AG Transfer"
    assert meeting.date == dt.date(2022, 11, 24)
    assert meeting.start_time == dt.time(9) and meeting.end_time == dt.time(11)
    assert meeting.note_taker == people["secretariat"]
    assert meeting.state == Meeting.State.PLANNED
    assert "Die Sitzung wurde angelegt." in page_text(response)


def test_it_refuses_an_end_before_the_start(client_as, ag_transfer):
    client = client_as("secretariat")
    data = {**FORM, "body": ag_transfer.pk, "start_time": "11:00", "end_time": "09:00"}
    response = client.post(reverse("meetings:create"), data)
    assert response.status_code == 200
    assert "Das Ende muss nach dem Beginn liegen." in page_text(response)
    assert not Meeting.objects.exists()


def test_it_refuses_an_end_equal_to_the_start(client_as, ag_transfer):
    client = client_as("secretariat")
    data = {**FORM, "body": ag_transfer.pk, "start_time": "09:00", "end_time": "09:00"}
    response = client.post(reverse("meetings:create"), data)
    assert "Das Ende muss nach dem Beginn liegen." in page_text(response)
    assert not Meeting.objects.exists()


def test_the_form_prefills_the_body_and_its_name(client_as, ag_transfer):
    response = client_as("secretariat").get(reverse("meetings:create") + f"?body={ag_transfer.pk}")
    assert response.status_code == 200
    assert 'value="AG Transfer"' in page_text(response)


def test_a_chair_creates_meetings_only_for_the_bodies_they_lead(client_as, ag_transfer):
    other = Body.objects.create(name="Strategiekreis")
    client = client_as("chair")
    response = client.get(reverse("meetings:create"))
    assert response.status_code == 200
    assert "Strategiekreis" not in page_text(response)
    response = client.post(reverse("meetings:create"), {**FORM, "body": other.pk})
    assert response.status_code == 200
    assert not Meeting.objects.exists()
    client.post(reverse("meetings:create"), {**FORM, "body": ag_transfer.pk})
    assert Meeting.objects.filter(body=ag_transfer).count() == 1


def test_members_and_outsiders_may_not_create_meetings(client_as, ag_transfer):
    for role in ("member", "outsider"):
        response = client_as(role).post(
            reverse("meetings:create"), {**FORM, "body": ag_transfer.pk}
        )
        assert response.status_code == 403
    assert not Meeting.objects.exists()


def test_anonymous_visitors_are_sent_to_the_login(client_as):
    response = client_as("anonymous").get(reverse("meetings:create"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_manager_edits_the_meeting_details_and_end_before_start_is_refused(
    client_as, planned_meeting
):
    client = client_as("chair")
    url = reverse("meetings:edit", args=[planned_meeting.pk])
    data = {
        **FORM,
        "name": "AG Transfer (online)",
        "start_time": "10:00",
        "end_time": "12:00",
        "version": planned_meeting.version,
    }
    response = client.post(url, data, follow=True)
    assert "Die Angaben zur Sitzung wurden gespeichert." in page_text(response)
    planned_meeting.refresh_from_db()
    assert planned_meeting.name == "AG Transfer (online)"
    assert planned_meeting.start_time == dt.time(10)

    response = client.post(url, {**data, "start_time": "13:00", "version": planned_meeting.version})
    assert "Das Ende muss nach dem Beginn liegen." in page_text(response)
    planned_meeting.refresh_from_db()
    assert planned_meeting.start_time == dt.time(10)


def test_members_may_not_edit_a_meeting(client_as, planned_meeting):
    url = reverse("meetings:edit", args=[planned_meeting.pk])
    assert client_as("member").get(url).status_code == 403
    assert client_as("outsider").get(url).status_code == 404

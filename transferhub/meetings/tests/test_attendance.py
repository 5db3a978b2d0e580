"""The attendance list: statuses saved at once, people and guests added."""

from django.test import TestCase
from django.urls import reverse

from transferhub.meetings import services
from transferhub.meetings.models import Attendance

from .conftest import page_text


def test_every_status_is_saved_at_once(client_as, planned_meeting, people):
    with TestCase.captureOnCommitCallbacks(execute=True):  # rows come with the mails
        services.meeting_invite(meeting=planned_meeting)
    rows = {a.person: a for a in planned_meeting.attendances.all()}
    client = client_as("secretariat")
    url = reverse("meetings:attendance", args=[planned_meeting.pk])
    text = page_text(client.get(url))
    assert "Wilhelm Heidbrede" in text and "Prof. Dr. Oliver Kruse" in text
    data = {f"status_{a.pk}": "present" for a in rows.values()}
    data[f"status_{rows[people['member']].pk}"] = "excused"
    response = client.post(url, data, follow=True)
    assert "Die Teilnahmeliste wurde gespeichert." in page_text(response)
    statuses = dict(planned_meeting.attendances.values_list("person", "status"))
    assert statuses == {
        people["chair"].pk: "present",
        people["secretariat"].pk: "present",
        people["member"].pk: "excused",
    }
    assert planned_meeting.participant_count() == 2


def test_an_unknown_status_changes_nothing(client_as, planned_meeting):
    with TestCase.captureOnCommitCallbacks(execute=True):  # rows come with the mails
        services.meeting_invite(meeting=planned_meeting)
    rows = list(planned_meeting.attendances.all())
    data = {f"status_{a.pk}": "present" for a in rows}
    data[f"status_{rows[0].pk}"] = "asleep"
    response = client_as("secretariat").post(
        reverse("meetings:attendance", args=[planned_meeting.pk]), data
    )
    assert response.status_code == 200
    assert "Bitte prüfen Sie Ihre Eingaben." in page_text(response)
    assert set(planned_meeting.attendances.values_list("status", flat=True)) == {"invited"}


def test_a_person_and_a_guest_are_added(client_as, planned_meeting, people, om):
    client = client_as("secretariat")
    url = reverse("meetings:attendance_add", args=[planned_meeting.pk])
    response = client.post(
        url, {"add-person": people["outsider"].pk, "add-status": "present"}, follow=True
    )
    assert "Erika Außen steht nun auf der Teilnahmeliste." in page_text(response)
    client.post(
        url, {"add-guest_name": "Welf Schröter", "add-on_behalf_of": om.pk, "add-status": "present"}
    )
    guest = Attendance.objects.get(guest_name="Welf Schröter")
    assert guest.person is None and guest.on_behalf_of == om
    assert planned_meeting.participant_count() == 2


def test_a_person_already_listed_is_refused(client_as, planned_meeting, people):
    client = client_as("secretariat")
    url = reverse("meetings:attendance_add", args=[planned_meeting.pk])
    client.post(url, {"add-person": people["member"].pk, "add-status": "present"})
    response = client.post(url, {"add-person": people["member"].pk, "add-status": "present"})
    assert "Wilhelm Heidbrede steht schon auf der Teilnahmeliste." in page_text(response)
    assert planned_meeting.attendances.count() == 1


def test_neither_person_nor_guest_is_refused(client_as, planned_meeting):
    response = client_as("secretariat").post(
        reverse("meetings:attendance_add", args=[planned_meeting.pk]), {"add-status": "present"}
    )
    assert "Bitte wählen Sie eine Person oder geben Sie den Namen des Gastes an." in page_text(
        response
    )
    assert not planned_meeting.attendances.exists()


def test_members_may_not_take_attendance(client_as, planned_meeting):
    assert (
        client_as("member")
        .get(reverse("meetings:attendance", args=[planned_meeting.pk]))
        .status_code
        == 403
    )

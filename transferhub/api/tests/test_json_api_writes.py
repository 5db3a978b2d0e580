"""Writing through the JSON API goes through the services, with the web UI's rules."""

import datetime as dt

from transferhub.decisions.models import Decision, Task
from transferhub.meetings.models import AgendaItem, Meeting

from .conftest import pdf


def test_the_secretariat_plans_a_meeting_and_an_item(api_as, people, ag_transfer):
    api = api_as("secretariat")
    response = api.post(
        "/meetings",
        {
            "body_id": ag_transfer.pk,
            "name": "AG Transfer",
            "date": "2022-11-24",
            "start_time": "09:00",
            "end_time": "11:00",
            "location": "online",
        },
    )
    assert response.status_code == 201, response.content
    meeting_id = response.json()["id"]
    response = api.post(
        f"/meetings/{meeting_id}/items",
        {"name": "Verschiedenes", "duration_minutes": 10, "presenter_ids": [people["chair"].pk]},
    )
    assert response.status_code == 201
    assert response.json()["presenters"][0]["name"] == "Prof. Dr. Oliver Kruse"
    assert Meeting.objects.get(pk=meeting_id).agenda_items.count() == 1


def test_the_chair_records_minutes_a_decision_and_a_task(api_as, draft_meeting, people):
    item = draft_meeting.agenda_items.get(number="3")
    api = api_as("chair")
    response = api.put(f"/items/{item.pk}/minutes", {"minutes": "Neu.", "status": "discussed"})
    assert response.status_code == 200
    assert response.json()["minutes"] == "Neu."
    response = api.post(
        "/decisions", {"agenda_item_id": item.pk, "text": "Die AG vereinbart ein Glossar."}
    )
    assert response.status_code == 201
    assert response.json()["register_number"] == "AG Transfer 2022/6"
    response = api.post(
        "/tasks",
        {
            "agenda_item_id": item.pk,
            "text": "Glossar entwerfen",
            "owner_person_id": people["member"].pk,
            "due_date": "2022-12-01",
        },
    )
    assert response.status_code == 201
    assert response.json()["owner_name"] == "Wilhelm Heidbrede"


def test_an_owner_marks_their_task_done(api_as, draft_meeting, people):
    task = Task.objects.get(owner_person=people["chair"])
    response = api_as("chair").post(f"/tasks/{task.pk}/done")
    assert response.status_code == 200
    assert response.json()["status"] == "done"
    task.refresh_from_db()
    assert task.done_at is not None


def test_a_member_may_not_mark_someone_elses_task_done(api_as, draft_meeting, people):
    task = Task.objects.get(owner_person=people["chair"])
    response = api_as("member").post(f"/tasks/{task.pk}/done")
    assert response.status_code == 403
    assert response.json()["code"] == "forbidden"
    task.refresh_from_db()
    assert task.status == "open"


def test_a_read_only_token_may_not_write(api_as, draft_meeting):
    item = draft_meeting.agenda_items.get(number="1")
    before = item.minutes
    response = api_as("secretariat", "read").put(f"/items/{item.pk}/minutes", {"minutes": "x"})
    assert response.status_code == 403
    assert response.json()["code"] == "token_read_only"
    item.refresh_from_db()
    assert item.minutes == before


def test_editing_approved_minutes_is_a_conflict_and_changes_nothing(api_as, approved_meeting):
    item = approved_meeting.public_item
    before = item.minutes
    response = api_as("secretariat").put(f"/items/{item.pk}/minutes", {"minutes": "Anders."})
    assert response.status_code == 409
    body = response.json()
    assert body["code"] == "conflict"
    assert "eingefroren" in body["message"]
    item.refresh_from_db()
    assert item.minutes == before


def test_a_correction_of_approved_minutes_makes_a_new_version(api_as, approved_meeting):
    item = approved_meeting.public_item
    response = api_as("secretariat").post(
        f"/items/{item.pk}/correction", {"minutes": "Berichtigt.", "reason": "Tippfehler"}
    )
    assert response.status_code == 200
    assert approved_meeting.minutes_versions.count() == 2


def test_a_service_refusal_is_a_400_with_its_message(api_as, draft_meeting):
    item = draft_meeting.agenda_items.get(number="3")
    response = api_as("secretariat").post(
        "/tasks",
        {"agenda_item_id": item.pk, "text": "Zu früh", "due_date": "2020-01-01"},
    )
    assert response.status_code == 400
    assert response.json() == {
        "code": "refused",
        "message": "Das Fälligkeitsdatum liegt vor der Sitzung vom 15.09.2022.",
    }
    assert not Task.objects.filter(text="Zu früh").exists()


def test_the_end_before_the_start_is_refused(api_as, ag_transfer, people):
    response = api_as("secretariat").post(
        "/meetings",
        {
            "body_id": ag_transfer.pk,
            "name": "X",
            "date": "2023-01-01",
            "start_time": "10:00",
            "end_time": "09:00",
        },
    )
    assert response.status_code == 400
    assert response.json()["message"] == "Das Ende muss nach dem Beginn liegen."
    assert not Meeting.objects.exists()


def test_an_attachment_is_uploaded_numbered_and_downloaded(api_as, draft_meeting):
    item = draft_meeting.agenda_items.get(number="2")
    api = api_as("secretariat")
    response = api.upload(
        f"/meetings/{draft_meeting.pk}/attachments",
        {"file": pdf("vortrag.pdf")},
        {"name": "Vortrag", "agenda_item_id": item.pk},
    )
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["label"] == "Anlage 1"
    assert data["mime_type"] == "application/pdf"
    download = api.get(f"/attachments/{data['id']}/download")
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF-1.4")


def test_a_wrong_file_type_is_refused(api_as, draft_meeting):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = api_as("secretariat").upload(
        f"/meetings/{draft_meeting.pk}/attachments",
        {"file": SimpleUploadedFile("x.exe", b"MZ\x90\x00", "application/octet-stream")},
    )
    assert response.status_code == 400
    assert "Dateityp" in response.json()["message"]
    assert not draft_meeting.attachments.exists()


def test_the_secretariat_creates_a_body_and_a_person(api_as, people):
    api = api_as("secretariat")
    response = api.post("/bodies", {"name": "FG Arbeitsschutz", "classification": "expert_group"})
    assert response.status_code == 201
    response = api.post("/people", {"given_name": "Prof. Dr. Anna", "family_name": "Beispiel"})
    assert response.status_code == 201
    assert response.json()["title"] == "Prof. Dr."
    assert api_as("chair").post("/bodies", {"name": "Andere"}).status_code == 403


def test_the_approval_goes_through_the_state_endpoint(api_as, draft_meeting):
    response = api_as("chair").post(
        f"/meetings/{draft_meeting.pk}/state", {"state": "minutes_approved"}
    )
    assert response.status_code == 200
    assert response.json()["state"] == "minutes_approved"
    again = api_as("chair").post(f"/meetings/{draft_meeting.pk}/state", {"state": "planned"})
    assert again.status_code == 409


def test_decisions_count_stays_when_an_item_of_another_meeting_is_named(
    api_as, draft_meeting, ag_transfer
):
    other = Meeting.objects.create(
        body=ag_transfer,
        name="Andere",
        date=dt.date(2023, 1, 1),
        start_time=dt.time(9),
        end_time=dt.time(10),
    )
    foreign = AgendaItem.objects.create(meeting=other, order=1, number="1", name="Fremd")
    before = Decision.objects.count()
    response = api_as("member").post("/decisions", {"agenda_item_id": foreign.pk, "text": "X"})
    assert response.status_code == 403
    assert Decision.objects.count() == before

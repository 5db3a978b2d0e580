"""Planning in the JSON API: the same rules as on the web, answered as JSON."""

import datetime as dt

import pytest
from django.utils import timezone

from transferhub.api.services import token_create
from transferhub.meetings.models import Meeting
from transferhub.planning.models import BacklogEntry, Proposal, ProposalWindow

API = "/api/v1"


@pytest.fixture
def call(client, people):
    secrets = {}

    def request(role, method, path, body=None):
        if role not in secrets:
            secrets[role] = token_create(user=people[role].user, name="t", scope="read-write")[1]
        return client.generic(
            method,
            API + path,
            "" if body is None else __import__("json").dumps(body),
            content_type="application/json",
            headers={"Authorization": f"Bearer {secrets[role]}"},
        )

    return request


def test_a_member_proposes_and_the_chair_accepts_through_the_api(call, upcoming, series):
    answer = call(
        "member",
        "POST",
        f"/meetings/{upcoming.pk}/proposals",
        {"title": "Über die API", "duration_minutes": 25},
    )
    assert answer.status_code == 201, answer.content
    proposal_id = answer.json()["id"]
    listed = call("member", "GET", f"/meetings/{upcoming.pk}/proposals").json()
    assert listed["open"] is True and [p["title"] for p in listed["items"]] == ["Über die API"]
    assert (
        call(
            "member", "POST", f"/proposals/{proposal_id}/decision", {"action": "accept"}
        ).status_code
        == 403
    )
    answer = call("chair", "POST", f"/proposals/{proposal_id}/decision", {"action": "accept"})
    assert answer.status_code == 200 and answer.json()["state"] == "accepted"
    item_id = answer.json()["agenda_item_id"]
    assert upcoming.agenda_items.get(pk=item_id).name == "Über die API"
    again = call("chair", "POST", f"/proposals/{proposal_id}/decision", {"action": "park"})
    assert again.status_code == 409 and "schon entschieden" in again.json()["message"]


def test_late_and_foreign_proposals_are_refused_with_a_german_message(call, people, upcoming):
    people["secretariat"].memberships.all().delete()
    answer = call("secretariat", "POST", f"/meetings/{upcoming.pk}/proposals", {"title": "X"})
    assert answer.status_code == 403 and "nicht Mitglied" in answer.json()["message"]
    assert (
        call("outsider", "POST", f"/meetings/{upcoming.pk}/proposals", {"title": "X"}).status_code
        == 404
    )
    ProposalWindow.objects.create(
        meeting=upcoming, deadline=timezone.now() - dt.timedelta(minutes=1)
    )
    answer = call("member", "POST", f"/meetings/{upcoming.pk}/proposals", {"title": "X"})
    assert answer.status_code == 409 and "Frist" in answer.json()["message"]
    assert not Proposal.objects.exists()


def test_series_backlog_and_next_meeting_through_the_api(call, ag_transfer, seed_meeting):
    series = {
        "rhythm_weeks": 10,
        "start_time": "09:00",
        "end_time": "11:00",
        "template": [
            {"name": "Begrüßung", "duration_minutes": 5},
            {"name": "Genehmigung des Protokolls", "duration_minutes": 5},
            {"name": "Verschiedenes", "duration_minutes": 10, "at_end": True},
        ],
    }
    assert call("member", "PUT", f"/bodies/{ag_transfer.pk}/series", series).status_code == 403
    answer = call("chair", "PUT", f"/bodies/{ag_transfer.pk}/series", series)
    assert answer.status_code == 200, answer.content
    assert answer.json()["next_date"] is not None
    read = call("member", "GET", f"/bodies/{ag_transfer.pk}/series").json()
    assert [t["name"] for t in read["template"]] == [
        "Begrüßung",
        "Genehmigung des Protokolls",
        "Verschiedenes",
    ]
    assert call("outsider", "GET", f"/bodies/{ag_transfer.pk}/series").status_code == 404
    topic = call("chair", "POST", f"/bodies/{ag_transfer.pk}/backlog", {"title": "KI-Leitfaden"})
    assert topic.status_code == 201
    backlog = call("member", "GET", f"/bodies/{ag_transfer.pk}/backlog").json()["items"]
    kinds = {e["kind"] for e in backlog}
    assert kinds == {"topic", "postponed"}  # the seed's item 5 is in it by itself
    ids = [e["id"] for e in backlog]
    answer = call("chair", "POST", f"/bodies/{ag_transfer.pk}/next-meeting", {"backlog_ids": ids})
    assert answer.status_code == 201, answer.content
    planned = answer.json()
    names = [it["name"] for it in planned["items"]]
    assert names[0] == "Begrüßung" and names[1].startswith("Genehmigung des Protokolls vom")
    assert names[-1] == "Verschiedenes" and "KI-Leitfaden" in names
    assert Meeting.objects.get(pk=planned["meeting_id"]).date == dt.date.fromisoformat(
        planned["date"]
    )
    assert not BacklogEntry.objects.filter(state="open").exists()
    # Taken entries cannot be taken twice: nothing is created.
    count = Meeting.objects.count()
    again = call("chair", "POST", f"/bodies/{ag_transfer.pk}/next-meeting", {"backlog_ids": ids})
    assert again.status_code == 409 and Meeting.objects.count() == count


def test_files_are_added_to_a_proposal_and_downloaded_through_the_api(
    client, people, upcoming, call
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from .conftest import PDF

    created = call("member", "POST", f"/meetings/{upcoming.pk}/proposals", {"title": "Mit Datei"})
    proposal_id = created.json()["id"]
    secret = token_create(user=people["member"].user, name="f", scope="read-write")[1]
    headers = {"Authorization": f"Bearer {secret}"}
    url = f"{API}/proposals/{proposal_id}/files"
    bad = SimpleUploadedFile("x.exe", b"MZ" * 50, content_type="application/pdf")
    answer = client.post(url, {"file": bad}, headers=headers)
    assert answer.status_code == 422 and "Dateityp" in answer.json()["message"]
    good = SimpleUploadedFile("folien.pdf", PDF, content_type="application/pdf")
    answer = client.post(url, {"file": good}, headers=headers)
    assert answer.status_code == 201, answer.content
    (stored,) = answer.json()["files"]
    assert stored["file_name"] == "folien.pdf"
    download = client.get(f"{API}/proposal-files/{stored['id']}/download", headers=headers)
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF
    # Another member does not get it; after the decision no file is added.
    assert call("outsider", "GET", f"/proposal-files/{stored['id']}/download").status_code == 404
    call("chair", "POST", f"/proposals/{proposal_id}/decision", {"action": "park"})
    again = SimpleUploadedFile("mehr.pdf", PDF, content_type="application/pdf")
    assert client.post(url, {"file": again}, headers=headers).status_code == 409

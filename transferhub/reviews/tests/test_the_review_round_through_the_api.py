"""The review round through the JSON API: start, a reviewer's wording, the secretariat's
acceptance, close and approval; a wording on frozen minutes is a 409."""

import json

from transferhub.api.services import token_create
from transferhub.meetings.models import Meeting

API = "/api/v1"


def _headers(person) -> dict:
    _token, secret = token_create(user=person.user, name="test", scope="read-write")
    return {"Authorization": f"Bearer {secret}"}


def _call(client, method, path, headers, body=None):
    return client.generic(
        method,
        API + path,
        json.dumps(body) if body is not None else "",
        content_type="application/json",
        headers=headers,
    )


def test_start_suggest_accept_close_and_approve_by_api(client, seed_meeting, people):
    office, member = _headers(people["secretariat"]), _headers(people["member"])
    item = seed_meeting.agenda_items.get(number="3")
    started = _call(client, "POST", f"/meetings/{seed_meeting.pk}/reviews", office, {})
    assert started.status_code == 201, started.content
    review_id = started.json()["id"]
    wording = {"kind": "wording", "proposed_minutes": "Neu gefasst."}
    answered = _call(client, "PUT", f"/reviews/{review_id}/responses/{item.pk}", member, wording)
    assert answered.status_code == 200 and answered.json()["decision"] == "open"
    own = _call(client, "GET", f"/reviews/{review_id}", member).json()
    assert [r["kind"] for r in own["responses"]] == ["wording"]
    decided = _call(
        client,
        "POST",
        f"/review-responses/{answered.json()['id']}/decision",
        office,
        {"accept": True},
    )
    assert decided.status_code == 200
    item.refresh_from_db()
    assert item.minutes == "Neu gefasst."
    assert _call(client, "POST", f"/reviews/{review_id}/close", office).status_code == 200
    approved = _call(client, "POST", f"/reviews/{review_id}/approval", office, {"how": "chair"})
    assert approved.status_code == 200
    assert approved.json()["approval_text"].startswith("Nach Prüfung genehmigt durch die Leitung")
    seed_meeting.refresh_from_db()
    assert seed_meeting.state == Meeting.State.MINUTES_APPROVED
    late = _call(
        client, "PUT", f"/reviews/{review_id}/responses/{item.pk}", member, {"kind": "confirm"}
    )
    assert late.status_code == 409 and "genehmigt" in late.json()["message"]

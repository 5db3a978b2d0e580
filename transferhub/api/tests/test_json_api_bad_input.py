"""Bad input gets the documented JSON error, the right status, and changes nothing."""

import pytest

from transferhub.api.models import ApiToken
from transferhub.api.services import token_revoke
from transferhub.decisions.models import Decision
from transferhub.lib.models import ActionLog
from transferhub.meetings.models import Attachment, Meeting

from .conftest import Api, pdf


@pytest.fixture
def unchanged(db):
    """Assert afterwards that no meeting, decision, attachment or log entry was written."""

    def counts():
        return (
            Meeting.objects.count(),
            Decision.objects.count(),
            Attachment.objects.count(),
            ActionLog.objects.count(),
        )

    state = {}

    def start():
        state["before"] = counts()

    yield start
    assert counts() == state["before"]


def _error(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert body["code"] == code
    assert body["message"]
    return body


def test_malformed_json_is_a_400(api_as, draft_meeting, unchanged):
    item = draft_meeting.agenda_items.get(number="1")
    api = api_as("secretariat")
    unchanged()
    response = api.post("/decisions", raw='{"agenda_item_id": %d, "text": ' % item.pk)
    _error(response, 400, "malformed_json")


def test_wrong_types_are_a_422_naming_the_field(api_as, draft_meeting, unchanged):
    api = api_as("secretariat")
    unchanged()
    response = api.post("/decisions", {"agenda_item_id": "drei", "text": ["kein", "Text"]})
    body = _error(response, 422, "validation_error")
    fields = {e["loc"][-1] for e in body["errors"]}
    assert {"agenda_item_id", "text"} <= fields


def test_unknown_fields_are_a_422(api_as, draft_meeting, unchanged):
    item = draft_meeting.agenda_items.get(number="1")
    api = api_as("secretariat")
    unchanged()
    response = api.post(
        "/decisions", {"agenda_item_id": item.pk, "text": "Ja.", "register_number": "X 1/1"}
    )
    body = _error(response, 422, "validation_error")
    assert body["errors"][0]["loc"][-1] == "register_number"


def test_a_missing_token_may_not_write(api_as, draft_meeting, unchanged):
    api = api_as("anonymous")
    unchanged()
    _error(
        api.post(f"/meetings/{draft_meeting.pk}/state", {"state": "held"}),
        401,
        "authentication_required",
    )


def test_an_invalid_token_is_a_401(client, draft_meeting, unchanged):
    unchanged()
    _error(Api(client, "th_not-a-real-token").get("/meetings"), 401, "invalid_token")
    response = client.get("/api/v1/meetings", headers={"Authorization": "Basic abc"})
    _error(response, 401, "invalid_token")


def test_a_revoked_token_of_another_user_is_a_401(client, token_for, people, draft_meeting):
    secret = token_for("chair")
    token_revoke(token=ApiToken.objects.get(user=people["chair"].user))
    item = draft_meeting.agenda_items.get(number="1")
    before = item.minutes
    response = Api(client, secret).put(f"/items/{item.pk}/minutes", {"minutes": "gekapert"})
    _error(response, 401, "invalid_token")
    item.refresh_from_db()
    assert item.minutes == before


def test_a_meeting_the_user_may_not_see_is_a_404(api_as, draft_meeting):
    _error(api_as("outsider").get(f"/meetings/{draft_meeting.pk}"), 404, "not_found")
    _error(api_as("secretariat").get("/meetings/999999"), 404, "not_found")


def test_an_oversized_upload_is_a_413(api_as, draft_meeting, settings, unchanged):
    settings.MAX_UPLOAD_BYTES = 1000
    api = api_as("secretariat")
    unchanged()
    response = api.upload(
        f"/meetings/{draft_meeting.pk}/attachments", {"file": pdf("gross.pdf", size=5000)}
    )
    _error(response, 413, "upload_too_large")


def test_a_reference_to_a_missing_object_is_a_422(api_as, people, unchanged):
    api = api_as("secretariat")
    unchanged()
    response = api.post(
        "/meetings",
        {
            "body_id": 424242,
            "name": "X",
            "date": "2023-01-01",
            "start_time": "09:00",
            "end_time": "10:00",
        },
    )
    _error(response, 422, "invalid_reference")


def test_too_many_requests_are_a_429(api_as, draft_meeting, settings, rate_clock):
    settings.API_RATE_LIMIT = 3
    api = api_as("member")
    assert [api.get("/meetings").status_code for _ in range(3)] == [200, 200, 200]
    rate_clock.advance(45)  # late in the same minute
    response = api.get("/meetings")
    _error(response, 429, "rate_limited")
    assert response["Retry-After"] == "15"  # the seconds until the next minute
    # Another token has its own allowance; the next minute this one has its own again.
    assert api_as("chair").get("/meetings").status_code == 200
    rate_clock.advance(15)
    assert api.get("/meetings").status_code == 200


def test_a_bad_url_is_a_422(api_as, ag_transfer, people, unchanged):
    api = api_as("secretariat")
    unchanged()
    response = api.post(
        "/meetings",
        {
            "body_id": ag_transfer.pk,
            "name": "X",
            "date": "2023-01-01",
            "start_time": "09:00",
            "end_time": "10:00",
            "online_url": "javascript:alert(1)",
        },
    )
    _error(response, 422, "validation_error")


def test_a_meeting_time_with_an_offset_is_a_422_and_changes_nothing(
    api_as, ag_transfer, draft_meeting, people, unchanged
):
    api = api_as("secretariat")
    unchanged()
    meeting = {
        "body_id": ag_transfer.pk,
        "name": "X",
        "date": "2023-01-01",
        "start_time": "09:00+02:00",
        "end_time": "10:00",
    }
    body = _error(api.post("/meetings", meeting), 422, "validation_error")
    assert "ohne Zeitzone" in str(body["errors"])
    start = draft_meeting.start_time
    patch = api.patch(f"/meetings/{draft_meeting.pk}", {"end_time": "21:32:19.1+19:15"})
    _error(patch, 422, "validation_error")
    draft_meeting.refresh_from_db()
    assert draft_meeting.start_time == start


def test_wall_clock_times_are_documented_without_an_offset(client):
    # JSON Schema's "time" format demands an offset, which the API refuses: every time
    # field of a meeting, a series and a public meeting says what it takes instead.
    schema = client.get("/api/v1/openapi.json").json()["components"]["schemas"]
    for name in ("MeetingIn", "MeetingPatch", "SeriesIn", "SeriesOut", "PublicMeetingOut"):
        for field in ("start_time", "end_time"):
            text = str(schema[name]["properties"][field])
            assert "'format': 'time'" not in text, (name, field)
            assert "pattern" in text, (name, field)

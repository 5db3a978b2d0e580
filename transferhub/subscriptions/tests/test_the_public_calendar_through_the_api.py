"""The public calendar through the JSON API: public bodies and their next meetings for
everyone; a subscription by token gets the same double opt-in; the switch is the
secretariat's."""

import datetime as dt
import json

from django.core import mail
from django.utils import timezone

from transferhub.api.services import token_create
from transferhub.meetings.services import agenda_item_add, meeting_create
from transferhub.subscriptions.models import PublicCalendar, Subscription

API = "/api/v1"


def _headers(person) -> dict:
    _token, secret = token_create(user=person.user, name="test", scope="read-write")
    return {"Authorization": f"Bearer {secret}"}


def test_read_subscribe_and_switch_by_api(
    client, ag_transfer, people, django_capture_on_commit_callbacks
):
    office = _headers(people["secretariat"])
    switched = client.put(
        f"{API}/public/bodies/{ag_transfer.pk}",
        json.dumps({"public": True}),
        content_type="application/json",
        headers=_headers(people["chair"]),
    )
    assert switched.status_code == 403 and not PublicCalendar.objects.exists()
    switched = client.put(
        f"{API}/public/bodies/{ag_transfer.pk}",
        json.dumps({"public": True}),
        content_type="application/json",
        headers=office,
    )
    assert switched.json() == {"body_id": ag_transfer.pk, "public": True}
    meeting = meeting_create(
        body=ag_transfer,
        name="AG Transfer",
        date=timezone.localdate() + dt.timedelta(days=9),
        start_time=dt.time(9),
        end_time=dt.time(11),
        online_url="https://video.example/geheim",
    )
    agenda_item_add(meeting=meeting, name="Öffentlich")
    agenda_item_add(meeting=meeting, name="Intern", public=False)
    assert [b["name"] for b in client.get(f"{API}/public/bodies").json()] == ["AG Transfer"]
    meetings = client.get(f"{API}/public/bodies/{ag_transfer.pk}/meetings")
    assert [i["name"] for i in meetings.json()[0]["items"]] == ["Öffentlich"]
    assert "video.example" not in meetings.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        asked = client.post(
            f"{API}/public/bodies/{ag_transfer.pk}/subscriptions",
            json.dumps({"email": "api@example.org"}),
            content_type="application/json",
            headers=_headers(people["member"]),
        )
    assert asked.status_code == 202
    assert Subscription.objects.get().confirmed_at is None
    assert [m.to for m in mail.outbox] == [["api@example.org"]]
    bad = client.post(
        f"{API}/public/bodies/{ag_transfer.pk}/subscriptions",
        json.dumps({"email": "kaputt"}),
        content_type="application/json",
        headers=_headers(people["member"]),
    )
    assert bad.status_code == 422 and "gültige E-Mail-Adresse" in bad.json()["message"]
    listed = client.get(f"{API}/public/subscriptions", headers=office).json()
    assert [s["email"] for s in listed["items"]] == ["api@example.org"]
    assert listed["total"] == 1

"""The online link of a meeting (often with its password) reaches only those with full access.

The public sees an approved meeting in the API, its .ics, the body's calendar and OParl,
but never the link; members of the body and the secretariat get it everywhere.
"""

import datetime as dt

import pytest
from icalendar import Calendar

from transferhub.api.oparl import BODY_KEY
from transferhub.api.services import feed_key_reset, token_create
from transferhub.meetings.models import Meeting

LINK = "https://meet.example.org/ag-transfer?pwd=Geheim42"


@pytest.fixture
def approved(db, ag_transfer) -> Meeting:
    return Meeting.objects.create(
        body=ag_transfer,
        name="AG Transfer",
        date=dt.date.today() - dt.timedelta(days=10),
        start_time=dt.time(9),
        end_time=dt.time(11),
        location="",
        online_url=LINK,
        state="minutes_approved",
    )


def _bearer(people, role: str) -> dict:
    if role == "anonymous":
        return {}
    _token, secret = token_create(user=people[role].user, name="t", scope="read")
    return {"Authorization": f"Bearer {secret}"}


def _events(response) -> list:
    assert response.status_code == 200
    return Calendar.from_ical(response.content).walk("VEVENT")


@pytest.mark.parametrize(
    ("role", "sees"),
    [("anonymous", False), ("outsider", False), ("member", True), ("secretariat", True)],
)
def test_the_api_shows_the_link_only_to_members(client, people, approved, role, sees):
    headers = _bearer(people, role)
    detail = client.get(f"/api/v1/meetings/{approved.pk}", headers=headers).json()
    listed = client.get("/api/v1/meetings", headers=headers).json()["items"]
    assert detail["online_url"] == (LINK if sees else "")
    assert [m["online_url"] for m in listed if m["id"] == approved.pk] == [LINK if sees else ""]


@pytest.mark.parametrize(
    ("role", "sees"),
    [("anonymous", False), ("outsider", False), ("member", True), ("chair", True)],
)
def test_the_meetings_ics_carries_the_link_only_for_members(client_as, approved, role, sees):
    response = client_as(role).get(f"/sitzungen/{approved.pk}/kalender.ics")
    assert (LINK.encode() in response.content) is sees
    (event,) = _events(response)
    assert (str(event.get("url", "")) == LINK) is sees


def test_the_bodys_public_calendar_leaves_the_link_out(client, people, approved, ag_transfer):
    (event,) = _events(client.get(f"/kalender/gremien/{ag_transfer.pk}.ics"))
    assert "url" not in event
    assert LINK not in str(event.get("location", ""))


def test_a_members_calendars_carry_the_link(client, people, approved, ag_transfer):
    key = feed_key_reset(person=people["member"]).key
    body = client.get(f"/kalender/gremien/{ag_transfer.pk}.ics", {"key": key})
    person = client.get(f"/kalender/{key}.ics")
    for response in (body, person):
        (event,) = _events(response)
        assert str(event["url"]) == LINK
        assert str(event["location"]) == LINK  # no place given: the link is where it is


def test_an_outsiders_calendar_with_their_key_leaves_the_link_out(
    client, people, approved, ag_transfer
):
    key = feed_key_reset(person=people["outsider"]).key
    response = client.get(f"/kalender/gremien/{ag_transfer.pk}.ics", {"key": key})
    assert LINK.encode() not in response.content
    assert len(_events(response)) == 1


def test_oparl_never_shows_the_link(client, approved):
    one = client.get(f"/oparl/v1/meeting/{approved.pk}")
    listed = client.get(f"/oparl/v1/body/{BODY_KEY}/meeting")
    assert one.status_code == listed.status_code == 200
    assert approved.name in one.json()["name"]
    assert "meet.example.org" not in one.content.decode() + listed.content.decode()

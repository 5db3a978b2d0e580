"""A client that stored the whole OParl endpoint updates itself with `modified_since`.

It must see an agenda item corrected on its own (its meeting's `modified` moves too), an
attachment removed and a meeting no longer public (both as tombstones with
`deleted: true`), and nothing else.
"""

import datetime as dt
import json
import time

import pytest
from django.utils import timezone

from transferhub.api.tests.test_oparl_endpoint_validates_against_the_official_schemas import (
    PREFIX,
    assert_valid,
    walk,
)
from transferhub.meetings.models import Meeting
from transferhub.meetings.services import minutes_correct

LISTS = (
    "organization",
    "person",
    "meeting",
    "paper",
    "consultation",
    "agendaItem",
    "file",
    "membership",
    "locationList",
)


@pytest.fixture
def published(approved_meeting, settings):
    settings.SITE_URL = PREFIX
    return approved_meeting


@pytest.fixture
def second(ag_transfer):
    return Meeting.objects.create(
        body=ag_transfer,
        name="AG Transfer Frühjahr",
        date=dt.date(2023, 3, 1),
        start_time=dt.time(9),
        end_time=dt.time(12),
        location="Berlin",
        state=Meeting.State.MINUTES_APPROVED,
    )


def changed_since(client, since: str) -> dict[str, list[dict]]:
    return {
        name: client.get(f"/oparl/v1/body/1/{name}", {"modified_since": since}).json()["data"]
        for name in LISTS
    }


def _ids(objects) -> set[str]:
    return {o["id"].removeprefix(PREFIX) for o in objects}


def test_an_update_run_sees_an_item_corrected_alone_a_removed_file_and_a_withdrawn_meeting(
    client, published, second
):
    stored, _types = walk(client)
    assert PREFIX + f"/oparl/v1/meeting/{second.pk}" in json.dumps(stored)
    time.sleep(0.01)
    since = timezone.now().isoformat()
    assert all(objects == [] for objects in changed_since(client, since).values())

    item = published.public_item
    minutes_correct(item=item, minutes="Korrigierte Fassung.", reason="Tippfehler")
    published.attachments.get(name="Vortrag BMAS").delete()
    second.state = Meeting.State.MINUTES_DRAFT  # set back, e.g. in the admin
    second.save()

    changed = changed_since(client, since)
    meetings = {o["id"].removeprefix(PREFIX): o for o in changed["meeting"]}
    assert set(meetings) == {f"/oparl/v1/meeting/{published.pk}", f"/oparl/v1/meeting/{second.pk}"}
    assert meetings[f"/oparl/v1/meeting/{second.pk}"]["deleted"] is True
    assert "deleted" not in meetings[f"/oparl/v1/meeting/{published.pk}"]
    assert meetings[f"/oparl/v1/meeting/{published.pk}"]["modified"] >= since
    assert _ids(changed["agendaItem"]) == {f"/oparl/v1/agendaitem/{item.pk}"}
    [gone_file] = changed["file"]
    assert gone_file["deleted"] is True and gone_file["type"].endswith("/File")
    assert _ids(changed["locationList"]) == {f"/oparl/v1/location/{second.pk}"}
    for name in ("organization", "person", "paper", "consultation", "membership"):
        assert changed[name] == [], name

    # The tombstones stay at their URLs, valid OParl.
    for url in (gone_file["id"], PREFIX + f"/oparl/v1/meeting/{second.pk}"):
        response = client.get(url.removeprefix(PREFIX))
        assert response.status_code == 200
        obj = response.json()
        assert obj["deleted"] is True and obj["modified"] >= since
        assert_valid(obj)

    # Approved again, the meeting is back in full and its tombstone gone.
    second.state = Meeting.State.MINUTES_APPROVED
    second.save()
    back = client.get(f"/oparl/v1/meeting/{second.pk}").json()
    assert "deleted" not in back and back["name"] == "AG Transfer Frühjahr"


def test_an_item_made_internal_leaves_a_tombstone_and_moves_its_meeting(client, published):
    time.sleep(0.01)
    since = timezone.now().isoformat()
    item = published.public_item
    item.public = False
    item.save()
    changed = changed_since(client, since)
    assert _ids(changed["meeting"]) == {f"/oparl/v1/meeting/{published.pk}"}
    tombstones = {o["id"].removeprefix(PREFIX): o for o in changed["agendaItem"]}
    assert tombstones[f"/oparl/v1/agendaitem/{item.pk}"]["deleted"] is True
    assert all(f["deleted"] for f in changed["file"])  # its file went with it
    assert client.get(f"/oparl/v1/agendaitem/{item.pk}").json()["deleted"] is True


def test_a_never_public_meeting_has_no_tombstone(client, published, ag_transfer):
    draft = Meeting.objects.create(
        body=ag_transfer,
        name="Entwurf geheim",
        date=dt.date(2023, 3, 1),
        start_time=dt.time(9),
        end_time=dt.time(10),
        state="minutes_draft",
    )
    draft.name = "Entwurf noch geheimer"
    draft.save()
    draft.delete()
    assert client.get(f"/oparl/v1/meeting/{draft.pk}").status_code == 404
    assert "geheim" not in json.dumps(changed_since(client, "2000-01-01"), ensure_ascii=False)


def test_the_body_list_answers_the_filters(client, published):
    assert len(client.get("/oparl/v1/body", {"modified_since": "2000-01-01"}).json()["data"]) == 1
    assert client.get("/oparl/v1/body", {"created_since": "2199-01-01"}).json()["data"] == []
    assert client.get("/oparl/v1/body", {"modified_until": "nie"}).status_code == 400

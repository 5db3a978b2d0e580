"""Walk the OParl endpoint from /system, follow every URL, validate every object."""

import functools
import json
from pathlib import Path

import jsonschema
import pytest

from transferhub.meetings.models import Meeting

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "oparl_schema"
PREFIX = "http://testserver"
MAX_REQUESTS = 300


def _schemas() -> dict:
    return {p.stem: json.loads(p.read_text()) for p in SCHEMA_DIR.glob("*.json")}


@functools.cache
def _validator(kind: str):
    """The validator of one OParl type's schema, the schema itself checked once per process.

    `jsonschema.validate` checks the schema against its metaschema on every call: that
    was three quarters of the CPU of the OParl walks (some 1,000 objects a run).
    """
    schema = _schemas()[kind]
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def assert_valid(obj: dict) -> None:
    """Raise what `jsonschema.validate` raises for an object against its type's schema."""
    error = jsonschema.exceptions.best_match(
        _validator(obj["type"].rsplit("/", 1)[-1]).iter_errors(obj)
    )
    if error is not None:
        raise error


def validate(obj: dict, schemas: dict, seen_types: set) -> None:
    """Validate an object by its type, then the objects embedded in it (the spec's "schema")."""
    kind = obj["type"].rsplit("/", 1)[-1]
    schema = schemas[kind]
    assert_valid(obj)
    seen_types.add(kind)
    for name, prop in schema["properties"].items():
        if name not in obj:
            continue
        embedded = prop.get("schema")
        items = prop.get("items", {})
        if prop.get("type") == "object" and embedded:
            validate(obj[name], schemas, seen_types)
        elif prop.get("type") == "array" and items.get("type") == "object":
            for child in obj[name]:
                validate(child, schemas, seen_types)


def urls_in(value):
    if isinstance(value, str) and value.startswith(PREFIX + "/oparl/"):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from urls_in(v)
    elif isinstance(value, list):
        for v in value:
            yield from urls_in(v)


def walk(client) -> tuple[dict, set]:
    schemas, seen_types, fetched = _schemas(), set(), {}
    queue = [PREFIX + "/oparl/v1/system"]
    while queue and len(fetched) < MAX_REQUESTS:
        url = queue.pop(0)
        if url in fetched:
            continue
        response = client.get(url.removeprefix(PREFIX))
        assert response.status_code == 200, url
        data = response.json()
        fetched[url] = data
        if "data" in data:  # a list
            assert set(data["pagination"]) >= {"totalElements", "currentPage", "totalPages"}
            for obj in data["data"]:
                validate(obj, schemas, seen_types)
        else:
            validate(data, schemas, seen_types)
            assert data["id"] == url.split("?")[0]
        queue.extend(u for u in urls_in(data) if u not in fetched)
    return fetched, seen_types


@pytest.fixture
def published(approved_meeting, settings):
    settings.SITE_URL = PREFIX
    return approved_meeting


def test_every_object_reachable_from_system_is_valid_oparl(client, published):
    fetched, seen_types = walk(client)
    assert {
        "System",
        "Body",
        "Organization",
        "Person",
        "Membership",
        "Meeting",
        "AgendaItem",
        "File",
        "Location",
    } <= seen_types
    assert len(fetched) < MAX_REQUESTS


def test_internal_items_and_drafts_never_appear(client, published, ag_transfer):
    import datetime as dt

    draft = Meeting.objects.create(
        body=ag_transfer,
        name="Entwurf geheim",
        date=dt.date(2023, 3, 1),
        start_time=dt.time(9),
        end_time=dt.time(10),
        state="minutes_draft",
    )
    fetched, _types = walk(client)
    text = json.dumps(fetched, ensure_ascii=False)
    assert published.internal_item.name not in text
    assert "Befragung intern" not in text
    assert "Entwurf geheim" not in text
    assert "@example.org" not in text  # no e-mail addresses
    assert client.get(f"/oparl/v1/meeting/{draft.pk}").status_code == 404
    assert client.get(f"/oparl/v1/agendaitem/{published.internal_item.pk}").status_code == 404


def test_lists_page_and_link_to_the_next_page(client, published, ag_transfer, monkeypatch):
    import datetime as dt

    from transferhub.api import oparl

    monkeypatch.setattr(oparl, "PAGE_SIZE", 2)
    for day in range(1, 5):
        Meeting.objects.create(
            body=ag_transfer,
            name=f"Alt {day}",
            date=dt.date(2021, 1, day),
            start_time=dt.time(9),
            end_time=dt.time(10),
            state="minutes_approved",
        )
    first = client.get("/oparl/v1/body/1/meeting").json()
    assert first["pagination"]["totalElements"] == 5
    assert len(first["data"]) == 2
    second = client.get(first["links"]["next"].removeprefix(PREFIX)).json()
    assert second["pagination"]["currentPage"] == 2
    past = client.get("/oparl/v1/body/1/meeting?page=9").json()
    assert past["data"] == [] and past["pagination"]["totalElements"] == 5


def test_modified_since_and_until_filter_lists(client, published):
    since = published.modified.isoformat()
    assert (
        len(client.get("/oparl/v1/body/1/meeting", {"modified_since": since}).json()["data"]) == 1
    )
    later = client.get("/oparl/v1/body/1/meeting", {"modified_since": "2200-01-01T00:00:00+01:00"})
    assert later.json()["data"] == []
    before = client.get("/oparl/v1/body/1/meeting", {"modified_until": "2000-01-01"})
    assert before.json()["data"] == []
    next_link = client.get(
        "/oparl/v1/body/1/organization", {"created_since": "2000-01-01T00:00:00Z"}
    ).json()["links"]["first"]
    assert "created_since=" in next_link


def test_a_bad_filter_is_a_400_in_json(client, published):
    response = client.get("/oparl/v1/body/1/meeting", {"modified_since": "gestern"})
    assert response.status_code == 400
    assert response.json()["code"] == "invalid_filter"


def test_meeting_lists_page_by_fewer_than_other_lists(client, published, ag_transfer, monkeypatch):
    import datetime as dt

    from transferhub.api import oparl

    monkeypatch.setattr(oparl, "MEETINGS_PER_PAGE", 3)
    for day in range(1, 5):
        Meeting.objects.create(
            body=ag_transfer,
            name=f"Alt {day}",
            date=dt.date(2021, 1, day),
            start_time=dt.time(9),
            end_time=dt.time(10),
            state="minutes_approved",
        )
    for path in ("/oparl/v1/body/1/meeting", f"/oparl/v1/organization/{ag_transfer.pk}/meeting"):
        meetings = client.get(path).json()
        assert (len(meetings["data"]), meetings["pagination"]["elementsPerPage"]) == (3, 3)
        assert meetings["pagination"]["totalPages"] == 2 and "next" in meetings["links"]
    people = client.get("/oparl/v1/body/1/person").json()
    assert people["pagination"]["elementsPerPage"] == oparl.PAGE_SIZE

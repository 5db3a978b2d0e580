"""Fixtures for the API tests: a token per role, a JSON client, a meeting in draft."""

import datetime as dt

import pytest
from django.core.cache import cache

from transferhub.api.services import token_create


@pytest.fixture(autouse=True)
def _fresh_rate_limit(settings):
    settings.SITE_URL = "http://testserver"
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def token_for(people):
    """Return a new token's secret for a role ("anonymous" gives None)."""

    def make(role: str, scope: str = "read-write") -> str | None:
        if role == "anonymous":
            return None
        _token, secret = token_create(user=people[role].user, name=f"{role} {scope}", scope=scope)
        return secret

    return make


class Api:
    """The Django test client speaking JSON to /api/v1/ with an optional bearer token."""

    def __init__(self, client, secret: str | None):
        self.client, self.secret = client, secret

    def _headers(self) -> dict:
        return {"Authorization": f"Bearer {self.secret}"} if self.secret else {}

    def get(self, path: str, **params):
        return self.client.get("/api/v1" + path, params, headers=self._headers())

    def send(self, method: str, path: str, data=None, raw: str | None = None):
        body = raw if raw is not None else __import__("json").dumps(data or {})
        return getattr(self.client, method)(
            "/api/v1" + path, body, content_type="application/json", headers=self._headers()
        )

    def post(self, path: str, data=None, **kw):
        return self.send("post", path, data, **kw)

    def patch(self, path: str, data=None, **kw):
        return self.send("patch", path, data, **kw)

    def put(self, path: str, data=None, **kw):
        return self.send("put", path, data, **kw)

    def upload(self, path: str, files: dict, data: dict | None = None):
        return self.client.post(
            "/api/v1" + path, {**(data or {}), **files}, headers=self._headers()
        )


@pytest.fixture
def api_as(client, token_for):
    """Return an API client for a role, with a read-write token unless a scope is given."""

    def make(role: str, scope: str = "read-write") -> Api:
        client.logout()
        return Api(client, token_for(role, scope))

    return make


@pytest.fixture
def draft_meeting(seed_meeting):
    """The seed meeting: minutes in draft, so members see it and the public does not."""
    assert seed_meeting.state == "minutes_draft"
    return seed_meeting


@pytest.fixture
def approved_meeting(seed_meeting):
    """The seed meeting with approved minutes, one item made internal, one file each."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from transferhub.meetings.services import agenda_item_update, attachment_add, minutes_approve

    items = list(seed_meeting.agenda_items.exclude(kind="break").order_by("order"))
    internal, public = items[3], items[1]
    agenda_item_update(item=internal, public=False)
    attachment_add(
        meeting=seed_meeting,
        agenda_item=public,
        file=SimpleUploadedFile("bmas.pdf", b"%PDF-1.4 public", "application/pdf"),
        name="Vortrag BMAS",
    )
    attachment_add(
        meeting=seed_meeting,
        agenda_item=internal,
        file=SimpleUploadedFile("intern.pdf", b"%PDF-1.4 internal", "application/pdf"),
        name="Befragung intern",
    )
    minutes_approve(meeting=seed_meeting)
    seed_meeting.refresh_from_db()
    seed_meeting.internal_item = internal
    seed_meeting.public_item = public
    return seed_meeting


def pdf(name: str = "anlage.pdf", size: int = 100):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, b"%PDF-1.4 " + b"x" * size, "application/pdf")


TODAY = dt.date.today()

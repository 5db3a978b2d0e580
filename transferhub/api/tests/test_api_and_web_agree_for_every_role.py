"""For every role, the JSON API allows and refuses exactly what the web UI does."""

import pytest
from django.db import transaction

from conftest import ROLES
from transferhub.decisions.models import Decision, Task

from .conftest import Api

DENIED = {"login", "hidden"}


def web_outcome(response) -> str:
    if response.status_code == 302 and "/anmelden/" in response["Location"]:
        return "login"
    return {403: "forbidden", 404: "hidden"}.get(response.status_code, "allowed")


def api_outcome(response) -> str:
    return {401: "login", 403: "forbidden", 404: "hidden"}.get(response.status_code, "allowed")


def same(role: str, web: str, api: str) -> bool:
    # The web UI sends an anonymous visitor to the login page where the API,
    # which has no login page, answers 404 for what the public may not see.
    if role == "anonymous":
        return (web in DENIED) == (api in DENIED) and web != "forbidden" != api
    return web == api


def undone(action):
    """Run an action and roll back what it wrote, so web and API start alike."""
    with transaction.atomic():
        result = action()
        transaction.set_rollback(True)
    return result


@pytest.fixture
def both(client, client_as, token_for):
    """Run a web request and an API request for a role; return their outcomes and effects."""

    def run(role: str, web, api, effect=lambda: None):
        def via_web():
            response = web(client_as(role))
            return web_outcome(response), effect()

        def via_api():
            client.logout()
            response = api(Api(client, token_for(role)))
            return api_outcome(response), effect()

        return undone(via_web), undone(via_api)

    return run


@pytest.mark.parametrize("role", ROLES)
def test_reading_a_meeting_in_draft(role, both, draft_meeting):
    pk = draft_meeting.pk
    (web, _), (api, _) = both(
        role, lambda c: c.get(f"/sitzungen/{pk}/"), lambda a: a.get(f"/meetings/{pk}")
    )
    assert same(role, web, api), (web, api)
    assert (api == "allowed") == (role in {"member", "chair", "secretariat"})


@pytest.mark.parametrize("role", ROLES)
def test_reading_a_meeting_with_approved_minutes(role, both, approved_meeting):
    pk = approved_meeting.pk
    (web, _), (api, _) = both(
        role, lambda c: c.get(f"/sitzungen/{pk}/"), lambda a: a.get(f"/meetings/{pk}")
    )
    assert web == api == "allowed"


@pytest.mark.parametrize("role", ROLES)
def test_editing_minutes(role, both, draft_meeting):
    item = draft_meeting.agenda_items.get(number="1")
    url = f"/sitzungen/{draft_meeting.pk}/punkte/{item.pk}/"

    def effect():
        item.refresh_from_db()
        return item.minutes == "Geändert."

    (web, web_changed), (api, api_changed) = both(
        role,
        lambda c: c.post(
            url,
            {
                "minutes-minutes": "Geändert.",
                "minutes-status": "discussed",
                "minutes-version": item.version,
            },
        ),
        lambda a: a.put(
            f"/items/{item.pk}/minutes", {"minutes": "Geändert.", "status": "discussed"}
        ),
        effect,
    )
    assert same(role, web, api), (web, api)
    assert web_changed == api_changed == (role in {"chair", "secretariat"})


@pytest.mark.parametrize("role", ROLES)
def test_recording_a_decision(role, both, draft_meeting):
    item = draft_meeting.agenda_items.get(number="6")
    url = f"/sitzungen/{draft_meeting.pk}/punkte/{item.pk}/beschluss/"
    count = Decision.objects.count()

    (web, web_changed), (api, api_changed) = both(
        role,
        lambda c: c.post(url, {"decision-text": "Vereinbart.", "decision-kind": "agreement"}),
        lambda a: a.post("/decisions", {"agenda_item_id": item.pk, "text": "Vereinbart."}),
        lambda: Decision.objects.count() > count,
    )
    assert same(role, web, api), (web, api)
    assert web_changed == api_changed == (role in {"chair", "secretariat"})


@pytest.mark.parametrize("role", ROLES)
def test_marking_the_chairs_task_done(role, both, draft_meeting, people):
    task = Task.objects.get(owner_person=people["chair"])

    def effect():
        task.refresh_from_db()
        return task.status == "done"

    (web, web_changed), (api, api_changed) = both(
        role,
        lambda c: c.post(f"/aufgaben/{task.pk}/status/", {"status": "done"}),
        lambda a: a.post(f"/tasks/{task.pk}/done"),
        effect,
    )
    assert same(role, web, api), (web, api)
    assert web_changed == api_changed == (role in {"chair", "secretariat"})


@pytest.mark.parametrize("role", ROLES)
def test_reading_the_list_of_people(role, both, people):
    (web, _), (api, _) = both(role, lambda c: c.get("/personen/"), lambda a: a.get("/people"))
    assert same(role, web, api), (web, api)
    assert (api == "allowed") == (role == "secretariat")

"""Writes through the API with If-Match: a save from an outdated version answers 412."""

from transferhub.decisions.models import Decision, Task
from transferhub.decisions.services import decision_record, task_create
from transferhub.meetings.models import AgendaItem


def test_an_item_carries_an_etag_and_a_stale_if_match_changes_nothing(api_as, draft_meeting):
    item = draft_meeting.agenda_items.get(number="3")
    api = api_as("chair")
    read = api.get(f"/items/{item.pk}")
    tag = read["ETag"]
    assert tag == f'"{read.json()["version"]}"'

    first = api.put(
        f"/items/{item.pk}/minutes", {"minutes": "Erste Fassung."}, headers={"If-Match": tag}
    )
    assert first.status_code == 200, first.content
    assert first["ETag"] != tag

    second = api.put(
        f"/items/{item.pk}/minutes", {"minutes": "Zweite Fassung."}, headers={"If-Match": tag}
    )
    assert second.status_code == 412
    problem = second.json()
    assert problem["code"] == "precondition_failed"
    assert "inzwischen" in problem["message"]
    assert second["ETag"] == first["ETag"]
    assert problem["current_version"] == first.json()["version"]
    assert AgendaItem.objects.get(pk=item.pk).minutes == "Erste Fassung."


def test_without_if_match_the_api_writes_as_before(api_as, draft_meeting):
    item = draft_meeting.agenda_items.get(number="3")
    api = api_as("chair")
    response = api.put(f"/items/{item.pk}/minutes", {"minutes": "Ohne Vorbedingung."})
    assert response.status_code == 200
    assert AgendaItem.objects.get(pk=item.pk).minutes == "Ohne Vorbedingung."


def test_a_garbled_if_match_is_refused_not_ignored(api_as, draft_meeting):
    item = draft_meeting.agenda_items.get(number="3")
    before = AgendaItem.objects.get(pk=item.pk).minutes
    response = api_as("chair").patch(
        f"/items/{item.pk}", {"name": "Neu"}, headers={"If-Match": '"abc"'}
    )
    assert response.status_code == 412
    assert AgendaItem.objects.get(pk=item.pk).minutes == before


def test_a_decision_a_task_and_a_meeting_refuse_a_stale_if_match(api_as, draft_meeting, people):
    item = draft_meeting.agenda_items.get(number="3")
    decision = decision_record(meeting=draft_meeting, agenda_item=item, text="Wir vereinbaren A.")
    task = task_create(agenda_item=item, text="Glossar erstellen", owner_person=people["member"])
    api = api_as("secretariat")
    for path, change, model, pk, field, old in (
        (f"/decisions/{decision.pk}", {"text": "B"}, Decision, decision.pk, "text", decision.text),
        (f"/tasks/{task.pk}", {"text": "C"}, Task, task.pk, "text", task.text),
        (f"/meetings/{draft_meeting.pk}", {"location": "D"}, None, None, None, None),
    ):
        tag = api.get(path)["ETag"]
        assert api.patch(path, change, headers={"If-Match": tag}).status_code == 200
        stale = api.patch(path, {**change}, headers={"If-Match": tag})
        assert stale.status_code == 412, path
        assert stale.json()["code"] == "precondition_failed"
        if model is not None:
            # The accepted change stands; the stale one was not applied over it.
            assert getattr(model.objects.get(pk=pk), field) != old

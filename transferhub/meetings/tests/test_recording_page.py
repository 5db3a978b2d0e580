"""The meeting day on one page: minutes, clock, decisions, tasks and attendance in place."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from transferhub.decisions.models import Decision, Task
from transferhub.meetings.models import AgendaItem, Attendance, Meeting


def page(meeting):
    return reverse("meetings:record", args=[meeting.pk])


def minutes_url(item):
    return reverse("meetings:record_minutes", args=[item.meeting_id, item.pk])


def autosave(client, item, text, version, **extra):
    return client.post(
        minutes_url(item),
        {"minutes": text, "version": version, "status": extra.get("status", ""), **extra},
        headers={"X-Autosave": "1"},
    )


@pytest.fixture
def chair(client_as):
    return client_as("chair")


def test_the_page_shows_every_item_with_plan_downloads_and_shortcuts(chair, seed_meeting):
    response = chair.get(page(seed_meeting))
    assert response.status_code == 200
    html = response.content.decode()
    for item in seed_meeting.agenda_items.all():
        assert item.name in html
    assert "Alt</kbd>+<kbd>↓</kbd>" in html
    assert "Sitzung beginnen" in html
    assert reverse("protocols:protocol_pdf", args=[seed_meeting.pk]) in html
    assert reverse("protocols:agenda_pdf", args=[seed_meeting.pk]) in html
    assert reverse("meetings:projector", args=[seed_meeting.pk]) in html
    assert "geplant 09:20, 30 min" in html


def test_only_those_who_manage_the_meeting_may_record(client_as, seed_meeting):
    assert client_as("member").get(page(seed_meeting)).status_code == 403
    assert client_as("outsider").get(page(seed_meeting)).status_code == 404
    assert client_as("anonymous").get(page(seed_meeting)).status_code == 302


def test_autosave_stores_the_minutes_and_answers_the_new_version(chair, seed_meeting):
    item = seed_meeting.agenda_items.get(number="3")
    response = autosave(chair, item, "Die AG **vereinbart** https://example.org", item.version)
    assert response.status_code == 200
    data = response.json()
    assert data["ok"] and data["version"] == item.version + 1
    assert "gespeichert" not in data["saved_at"]  # a time, hh:mm:ss
    assert len(data["saved_at"]) == 8
    assert "<strong>vereinbart</strong>" in data["preview"]
    assert AgendaItem.objects.get(pk=item.pk).minutes.startswith("Die AG **vereinbart**")


def test_a_save_from_an_outdated_version_is_refused_with_both_texts(chair, seed_meeting):
    item = seed_meeting.agenda_items.get(number="3")
    read_at = item.version
    assert autosave(chair, item, "Text von Frau A.", read_at).status_code == 200
    refused = autosave(chair, item, "Text von Herrn B.", read_at)
    assert refused.status_code == 409
    data = refused.json()
    assert data["conflict"] is True
    assert data["minutes"] == "Text von Frau A."
    assert "inzwischen" in data["message"]
    assert AgendaItem.objects.get(pk=item.pk).minutes == "Text von Frau A."
    # B merges and saves on the version the refusal named.
    merged = autosave(chair, item, "Text von Frau A. und Herrn B.", data["version"])
    assert merged.status_code == 200
    assert AgendaItem.objects.get(pk=item.pk).minutes == "Text von Frau A. und Herrn B."


def test_without_javascript_a_stale_save_shows_both_versions_on_the_page(chair, seed_meeting):
    item = seed_meeting.agenda_items.get(number="3")
    autosave(chair, item, "Gespeichert von A.", item.version)
    response = chair.post(minutes_url(item), {"minutes": "Getippt von B.", "version": item.version})
    assert response.status_code == 409
    html = response.content.decode()
    assert "Gespeichert von A." in html and "Getippt von B." in html


def test_status_and_public_flag_are_saved_with_the_minutes(chair, seed_meeting):
    item = seed_meeting.agenda_items.get(number="5")
    response = autosave(
        chair, item, item.minutes, item.version, status="postponed", public_sent="1"
    )
    assert response.status_code == 200
    item.refresh_from_db()
    assert item.status == "postponed"
    assert item.public is False


def test_a_decision_added_in_place_leaves_the_minutes_field_alone(chair, seed_meeting):
    item = seed_meeting.agenda_items.get(number="2")
    before = Decision.objects.count()
    response = chair.post(
        reverse("meetings:record_decision_add", args=[seed_meeting.pk, item.pk]),
        {"decision-text": "Die AG vereinbart X.", "decision-kind": "agreement"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.startswith(f'<div id="decisions-{item.pk}"')
    assert "Die AG vereinbart X." in html
    assert "<textarea" not in html.split("Beschluss hinzufügen")[0]  # no minutes field here
    assert Decision.objects.count() == before + 1


def test_a_decision_is_corrected_and_removed_and_its_number_never_comes_back(chair, seed_meeting):
    item = seed_meeting.agenda_items.get(number="2")
    add = reverse("meetings:record_decision_add", args=[seed_meeting.pk, item.pk])
    chair.post(add, {"decision-text": "Erster.", "decision-kind": "agreement"})
    decision = Decision.objects.latest("pk")
    edit = reverse("meetings:record_decision_edit", args=[seed_meeting.pk, decision.pk])
    prefix = f"decision-{decision.pk}"
    chair.post(
        edit,
        {f"{prefix}-text": "Korrigiert.", f"{prefix}-kind": "resolution", f"{prefix}-version": 1},
    )
    decision.refresh_from_db()
    assert (decision.text, decision.kind) == ("Korrigiert.", "resolution")
    # A second edit from the page as it was before is refused and shows the saved text.
    stale = chair.post(
        edit,
        {f"{prefix}-text": "Alt.", f"{prefix}-kind": "agreement", f"{prefix}-version": 1},
        headers={"HX-Request": "true"},
    )
    assert "Korrigiert." in stale.content.decode()
    assert "inzwischen" in stale.content.decode()
    decision.refresh_from_db()
    assert decision.text == "Korrigiert."

    removed_number = decision.sequence
    chair.post(reverse("meetings:record_decision_delete", args=[seed_meeting.pk, decision.pk]))
    assert not Decision.objects.filter(pk=decision.pk).exists()
    chair.post(add, {"decision-text": "Danach.", "decision-kind": "agreement"})
    assert Decision.objects.latest("pk").sequence == removed_number + 1


def test_tasks_are_added_corrected_and_removed_in_place(chair, seed_meeting, people):
    item = seed_meeting.agenda_items.get(number="3")
    form = chair.get(reverse("meetings:record_task_form", args=[seed_meeting.pk, item.pk]))
    assert f'id="id_{item.pk}_task-text"' in form.content.decode()
    chair.post(
        reverse("meetings:record_task_add", args=[seed_meeting.pk, item.pk]),
        {"task-text": "Glossar abstimmen", "task-owner_person": people["member"].pk},
    )
    task = Task.objects.get(text="Glossar abstimmen")
    assert task.owner_person == people["member"]
    prefix = f"task-{task.pk}"
    chair.post(
        reverse("meetings:record_task_edit", args=[seed_meeting.pk, task.pk]),
        {
            f"{prefix}-text": "Glossar abstimmen",
            f"{prefix}-owner_person": people["chair"].pk,
            f"{prefix}-due_date": "2022-11-24",
            f"{prefix}-version": task.version,
        },
    )
    task.refresh_from_db()
    assert task.owner_person == people["chair"]
    assert task.due_date == dt.date(2022, 11, 24)
    chair.post(reverse("meetings:record_task_delete", args=[seed_meeting.pk, task.pk]))
    assert not Task.objects.filter(pk=task.pk).exists()


def test_the_clock_runs_through_the_items_and_shows_plan_and_actual(chair, seed_meeting):
    clock = reverse("meetings:record_clock", args=[seed_meeting.pk])
    first, second = list(seed_meeting.agenda_items.exclude(kind="break").order_by("order"))[:2]
    assert chair.post(clock, {"action": "meeting_start"}).status_code == 302
    response = chair.post(
        clock, {"action": "start", "item": first.pk}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    assert f'id="clock-{first.pk}"' in response.content.decode()
    assert "läuft" in response.content.decode()
    response = chair.post(
        clock, {"action": "next", "item": first.pk}, headers={"HX-Request": "true"}
    )
    assert f'"id": {second.pk}' in response["HX-Trigger"]
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.actual_end is not None and first.status == "discussed"
    assert second.actual_start is not None and second.actual_end is None
    assert Meeting.objects.get(pk=seed_meeting.pk).actual_start is not None


def test_bad_clock_actions_say_why_and_change_nothing(chair, seed_meeting):
    clock = reverse("meetings:record_clock", args=[seed_meeting.pk])
    item = seed_meeting.agenda_items.get(number="2")
    response = chair.post(
        clock, {"action": "stop", "item": item.pk}, headers={"HX-Request": "true"}
    )
    assert "noch nicht begonnen" in response.content.decode()
    assert response["HX-Retarget"] == "#record-notice"
    response = chair.post(clock, {"action": "explode"}, headers={"HX-Request": "true"})
    assert "Unbekannte Aktion" in response.content.decode()
    item.refresh_from_db()
    assert item.actual_start is None and item.actual_end is None


def test_a_future_meeting_cannot_be_clocked(chair, seed_meeting):
    future = Meeting.objects.create(
        body=seed_meeting.body,
        name="Später",
        date=timezone.localdate() + dt.timedelta(days=7),
        start_time=dt.time(9),
        end_time=dt.time(11),
    )
    response = chair.post(
        reverse("meetings:record_clock", args=[future.pk]), {"action": "meeting_start"}, follow=True
    )
    assert "erst am" in response.content.decode()
    assert Meeting.objects.get(pk=future.pk).actual_start is None


def test_attendance_is_taken_at_the_door_and_guests_are_added(chair, seed_meeting, people):
    url = reverse("meetings:record_attendance", args=[seed_meeting.pk])
    response = chair.post(
        url, {"person": people["member"].pk, "status": "present"}, headers={"HX-Request": "true"}
    )
    assert "1 anwesend" in response.content.decode()
    attendance = Attendance.objects.get(meeting=seed_meeting, person=people["member"])
    chair.post(url, {"attendance": attendance.pk, "status": "excused"})
    attendance.refresh_from_db()
    assert attendance.status == "excused"
    response = chair.post(
        reverse("meetings:record_guest", args=[seed_meeting.pk]),
        {"guest-guest_name": "Gerda Gast", "guest-organisation": "IHK Aachen"},
        headers={"HX-Request": "true"},
    )
    html = response.content.decode()
    assert "Gerda Gast" in html and "IHK Aachen" in html and "1 anwesend" in html
    # Someone who is not a member is not marked through the member list.
    refused = chair.post(
        url, {"person": people["outsider"].pk, "status": "present"}, headers={"HX-Request": "true"}
    )
    assert "gehört nicht zum Gremium" in refused.content.decode()


def test_presenters_are_added_and_removed_in_place(chair, seed_meeting, people):
    item = seed_meeting.agenda_items.get(number="4")
    url = reverse("meetings:record_presenters", args=[seed_meeting.pk, item.pk])
    response = chair.post(url, {"presenter-person": people["member"].pk})
    assert item.presentations.filter(person=people["member"]).exists()
    presentation = item.presentations.get(person=people["member"])
    response = chair.post(url, {"remove": presentation.pk}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert not item.presentations.filter(person=people["member"]).exists()
    assert chair.post(url, {"remove": "x1"}).status_code == 404


def test_the_projector_shows_the_running_item_in_large_type(chair, seed_meeting):
    item = seed_meeting.agenda_items.get(number="2")
    chair.post(
        reverse("meetings:record_clock", args=[seed_meeting.pk]),
        {"action": "start", "item": item.pk},
    )
    response = chair.get(reverse("meetings:projector", args=[seed_meeting.pk]))
    html = response.content.decode()
    assert 'class="projector"' in html
    assert 'aria-current="step"' in html
    assert "data-countdown" in html and item.name in html


def test_approved_minutes_are_shown_read_only(chair, seed_meeting):
    from transferhub.meetings.services import minutes_approve

    minutes_approve(meeting=seed_meeting)
    html = chair.get(page(seed_meeting)).content.decode()
    assert "eingefroren" in html
    assert "data-autosave" not in html
    item = seed_meeting.agenda_items.get(number="3")
    refused = autosave(chair, item, "Nachträglich", item.version)
    assert refused.status_code == 409
    assert "genehmigt" in refused.json()["message"]


def test_a_meeting_ahead_of_plan_says_so_without_a_minus(chair, seed_meeting):
    item = seed_meeting.agenda_items.get(number="2")  # planned 09:20
    planned = timezone.make_aware(dt.datetime(2022, 9, 15, 9, 20))
    AgendaItem.objects.filter(pk=item.pk).update(actual_start=planned - dt.timedelta(minutes=7))
    html = chair.get(page(seed_meeting)).content.decode()
    assert ">7 min</strong>" in html and "vor dem Plan" in html
    projector = chair.get(reverse("meetings:projector", args=[seed_meeting.pk])).content.decode()
    assert "7 min vor dem Plan" in projector and "-7" not in projector

"""Recording per item: minutes, status, decisions and tasks."""

import datetime as dt

from django.urls import reverse

from transferhub.decisions.models import Decision, Task
from transferhub.lib.testing.forms import form_data

from .conftest import page_text


def _item(meeting, number="3"):
    return meeting.agenda_items.get(number=number)


def test_the_manager_writes_minutes_and_marks_an_item_postponed(client_as, planned_meeting):
    from transferhub.meetings import services

    item = services.agenda_item_add(meeting=planned_meeting, name="OM-Lieferantendatenbank")
    client = client_as("secretariat")
    url = reverse("meetings:item", args=[planned_meeting.pk, item.pk])
    page = client.get(url)
    assert "Protokoll (Markdown)" in page_text(page)
    data = form_data(page, url)
    data.update(
        {"minutes-minutes": "Die Vorstellung wurde **vertagt**.", "minutes-status": "postponed"}
    )
    response = client.post(url, data, follow=True)
    text = page_text(response)
    assert "Das Protokoll des Punktes wurde gespeichert." in text
    assert "<strong>vertagt</strong>" in text
    item.refresh_from_db()
    assert item.status == "postponed"
    assert item.minutes == "Die Vorstellung wurde **vertagt**."
    planned_meeting.refresh_from_db()
    assert planned_meeting.state == "minutes_draft"


def test_a_decision_with_votes_gets_the_next_register_number(client_as, seed_meeting):
    item = _item(seed_meeting, "6")
    response = client_as("secretariat").post(
        reverse("meetings:decision_add", args=[seed_meeting.pk, item.pk]),
        {
            "decision-text": "Der Antrag auf Vertagung findet keine Unterstützung.",
            "decision-kind": "rejected",
            "decision-votes_yes": "0",
            "decision-votes_no": "25",
            "decision-votes_abstain": "5",
        },
        follow=True,
    )
    text = page_text(response)
    assert "Der Beschluss AG Transfer 2022/6 wurde festgehalten." in text
    decision = Decision.objects.get(sequence=6)
    assert (decision.kind, decision.votes_no, decision.agenda_item) == ("rejected", 25, item)
    assert "Ja 0, Nein 25, Enthaltungen 5" in text


def test_incomplete_votes_are_refused(client_as, seed_meeting):
    item = _item(seed_meeting, "6")
    response = client_as("secretariat").post(
        reverse("meetings:decision_add", args=[seed_meeting.pk, item.pk]),
        {"decision-text": "Text", "decision-kind": "resolution", "decision-votes_yes": "3"},
    )
    assert response.status_code == 200
    assert "Bitte geben Sie Ja-, Nein-Stimmen und Enthaltungen vollständig an" in page_text(
        response
    )
    assert Decision.objects.count() == 5


def test_a_task_gets_an_owner_and_a_due_date(client_as, seed_meeting, people):
    item = _item(seed_meeting)
    response = client_as("chair").post(
        reverse("meetings:task_add", args=[seed_meeting.pk, item.pk]),
        {
            "task-text": "Die Handlungshilfe dem BMWK vorstellen.",
            "task-owner_person": people["chair"].pk,
            "task-due_date": "2022-12-15",
        },
        follow=True,
    )
    assert "Die Aufgabe wurde angelegt." in page_text(response)
    task = Task.objects.get(text__startswith="Die Handlungshilfe")
    assert (task.owner_person, task.due_date, task.agenda_item) == (
        people["chair"],
        dt.date(2022, 12, 15),
        item,
    )
    assert task.body == seed_meeting.body


def test_a_task_due_before_the_meeting_is_refused(client_as, seed_meeting, people):
    item = _item(seed_meeting)
    response = client_as("secretariat").post(
        reverse("meetings:task_add", args=[seed_meeting.pk, item.pk]),
        {
            "task-text": "Zu spät geplant.",
            "task-owner_person": people["chair"].pk,
            "task-due_date": "2022-09-01",
        },
    )
    assert response.status_code == 200
    assert "Das Fälligkeitsdatum liegt vor der Sitzung vom 15.09.2022." in page_text(response)
    assert not Task.objects.filter(text="Zu spät geplant.").exists()


def test_a_task_cannot_have_a_person_and_a_body_as_owner(client_as, seed_meeting, people):
    item = _item(seed_meeting)
    response = client_as("secretariat").post(
        reverse("meetings:task_add", args=[seed_meeting.pk, item.pk]),
        {
            "task-text": "Doppelt zuständig.",
            "task-owner_person": people["chair"].pk,
            "task-owner_body": seed_meeting.body_id,
        },
    )
    assert "entweder eine Person oder ein Gremium" in page_text(response)
    assert not Task.objects.filter(text="Doppelt zuständig.").exists()


def test_members_may_not_record(client_as, seed_meeting):
    item = _item(seed_meeting)
    client = client_as("member")
    assert client.get(reverse("meetings:item", args=[seed_meeting.pk, item.pk])).status_code == 403
    response = client.post(
        reverse("meetings:decision_add", args=[seed_meeting.pk, item.pk]),
        {"decision-text": "Heimlich", "decision-kind": "agreement"},
    )
    assert response.status_code == 403
    assert Decision.objects.count() == 5


def test_an_item_of_another_meeting_is_not_found(client_as, seed_meeting, planned_meeting):
    item = _item(seed_meeting)
    url = reverse("meetings:item", args=[planned_meeting.pk, item.pk])
    assert client_as("secretariat").get(url).status_code == 404

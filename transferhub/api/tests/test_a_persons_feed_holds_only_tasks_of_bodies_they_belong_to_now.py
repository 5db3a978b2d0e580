"""A person's calendar feed lists the due tasks of the bodies they belong to today only."""

import datetime as dt

from icalendar import Calendar

from transferhub.api.services import feed_key_reset
from transferhub.decisions.models import Task
from transferhub.network.models import Membership


def _task_uids(client, person) -> set[str]:
    response = client.get(f"/kalender/{feed_key_reset(person=person).key}.ics")
    assert response.status_code == 200
    events = Calendar.from_ical(response.content).walk("VEVENT")
    return {str(e["uid"]) for e in events if str(e["uid"]).startswith("task-")}


def _body_task(seed_meeting, ag_transfer) -> Task:
    task = Task.objects.get(meeting=seed_meeting, owner_body=ag_transfer)
    task.due_date = dt.date.today() + dt.timedelta(days=5)
    task.save()
    return task


def test_a_member_sees_the_due_tasks_of_their_body(client, people, seed_meeting, ag_transfer):
    task = _body_task(seed_meeting, ag_transfer)
    assert f"task-{task.pk}@transferhub" in _task_uids(client, people["member"])


def test_a_member_who_left_the_body_no_longer_sees_its_tasks(
    client, people, seed_meeting, ag_transfer
):
    task = _body_task(seed_meeting, ag_transfer)
    Membership.objects.filter(person=people["member"], body=ag_transfer).update(
        end_date=dt.date.today() - dt.timedelta(days=1)
    )
    assert f"task-{task.pk}@transferhub" not in _task_uids(client, people["member"])


def test_a_member_who_has_not_joined_yet_does_not_see_its_tasks(
    client, people, seed_meeting, ag_transfer
):
    task = _body_task(seed_meeting, ag_transfer)
    Membership.objects.filter(person=people["member"], body=ag_transfer).update(
        start_date=dt.date.today() + dt.timedelta(days=7)
    )
    assert f"task-{task.pk}@transferhub" not in _task_uids(client, people["member"])


def test_a_person_without_login_who_left_no_longer_sees_its_tasks(
    client, people, seed_meeting, ag_transfer
):
    from conftest import make_person

    guest = make_person("Gerda", "Gast")
    Membership.objects.create(
        person=guest, body=ag_transfer, end_date=dt.date.today() - dt.timedelta(days=30)
    )
    task = _body_task(seed_meeting, ag_transfer)
    assert f"task-{task.pk}@transferhub" not in _task_uids(client, guest)

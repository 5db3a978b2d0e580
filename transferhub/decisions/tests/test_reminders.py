import datetime as dt
import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from transferhub.decisions.models import ReminderDigest, Task, TaskReminder
from transferhub.decisions.notifications import reminders_run, reminders_send

TODAY = dt.date(2030, 3, 10)


@pytest.fixture
def due(task_of, people):
    """Tasks owned by the chair (German) and the member (English), due around TODAY."""

    def make(owner="chair", days=3, text=None, **fields):
        return task_of(
            text=text or f"Aufgabe in {days} Tagen",
            owner_person=people[owner] if owner else None,
            due_date=TODAY + dt.timedelta(days=days),
            **fields,
        )

    return make


def test_an_owner_gets_one_digest_for_tasks_due_soon_and_overdue(due):
    soon = due(days=7, text="Glossar ergänzen")
    late = due(days=-2, text="Bankenverbände ansprechen")
    run = reminders_run(today=TODAY)
    assert run.digests_sent == 1 and run.tasks_reminded == 2
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["oliver.kruse@example.org"]
    assert message.subject == "Erinnerung: 2 Aufgaben"
    assert "Überfällig" in message.body and "Bald fällig" in message.body
    assert "Glossar ergänzen" in message.body and "Bankenverbände ansprechen" in message.body
    assert f"http://127.0.0.1:8000/aufgaben/{soon.pk}/" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and f"/aufgaben/{late.pk}/" in html
    assert "Als erledigt markieren" in html


def test_tasks_due_later_than_the_reminder_days_wait(due, settings):
    settings.TASK_REMINDER_DAYS = 7
    due(days=8)
    assert reminders_run(today=TODAY).digests_sent == 0
    assert mail.outbox == []


def test_the_mail_is_in_the_owners_language(due):
    due(owner="member", days=1, text="Umsetzungshilfe prüfen")
    reminders_run(today=TODAY)
    message = mail.outbox[0]
    assert message.subject == "Reminder: 1 task"
    assert "Due soon" in message.body and "Mark as done" in message.body
    assert "Guten Tag" not in message.body


def test_a_second_run_on_the_same_day_sends_nothing(due):
    due(days=2)
    reminders_run(today=TODAY)
    due(days=1, text="später am Tag angelegt")
    again = reminders_run(today=TODAY)
    assert len(mail.outbox) == 1
    assert again.digests_sent == 0 and again.already_reminded_today == 1


def test_a_run_killed_after_deciding_never_sends_twice(due, people):
    task = due(days=2)
    # What a run that died between commit and sending leaves behind.
    digest = ReminderDigest.objects.create(person=people["chair"], day=TODAY)
    TaskReminder.objects.create(digest=digest, task=task, kind="due_soon", due_date=task.due_date)
    run = reminders_run(today=TODAY)
    assert mail.outbox == [] and run.digests_sent == 0
    assert ReminderDigest.objects.get().sent_at is None


def test_each_task_is_reminded_once_before_and_once_after_its_due_date(due):
    task = due(days=2)
    reminders_run(today=TODAY)
    reminders_run(today=TODAY + dt.timedelta(days=1))
    assert len(mail.outbox) == 1
    reminders_run(today=TODAY + dt.timedelta(days=3))
    assert len(mail.outbox) == 2 and "Überfällig" in mail.outbox[1].body
    assert set(TaskReminder.objects.values_list("kind", flat=True)) == {"due_soon", "overdue"}
    assert ReminderDigest.objects.filter(sent_at__isnull=False).count() == 2
    task.due_date = TODAY + dt.timedelta(days=10)
    task.save()
    reminders_run(today=TODAY + dt.timedelta(days=4))
    assert len(mail.outbox) == 3  # a new due date earns a new reminder


def test_done_and_cancelled_tasks_are_not_reminded(due):
    due(days=1, status=Task.Status.DONE)
    due(days=-1, status=Task.Status.CANCELLED)
    assert reminders_run(today=TODAY).digests_sent == 0


def test_a_task_without_owner_or_address_is_skipped_and_reported(due, people, ag_transfer):
    no_owner = due(owner=None, days=1)
    body_owned = due(owner=None, days=1, owner_body=ag_transfer)
    people["chair"].email = ""
    people["chair"].save()
    no_address = due(owner="chair", days=1)
    run = reminders_run(today=TODAY)
    assert mail.outbox == []
    assert dict(run.skipped) == {
        no_owner.pk: "no_owner",
        body_owned.pk: "owned_by_body",
        no_address.pk: "owner_without_email",
    }
    assert not ReminderDigest.objects.exists() and not TaskReminder.objects.exists()


def test_the_mark_done_link_in_the_mail_works_without_login(due, client):
    task = due(days=1)
    reminders_run(today=TODAY)
    link = re.search(r"http://127\.0\.0\.1:8000(/aufgaben/erledigt/\S+/)", mail.outbox[0].body)
    assert client.get(link.group(1)).status_code == 200
    client.post(link.group(1))
    task.refresh_from_db()
    assert task.status == Task.Status.DONE


def test_the_background_job_and_the_command_send_the_digests(due, monkeypatch):
    due(days=0)
    monkeypatch.setattr(timezone, "localdate", lambda *a, **k: TODAY)
    result = reminders_send.enqueue()
    assert result.return_value["digests_sent"] == 1
    out = io.StringIO()
    call_command("send_reminders", stdout=out)
    assert "0 Mail(s) zu 0 Aufgabe(n) versendet" in out.getvalue()
    assert len(mail.outbox) == 1


def test_the_command_reports_skipped_tasks(due, monkeypatch):
    task = due(owner=None, days=1)
    monkeypatch.setattr(timezone, "localdate", lambda *a, **k: TODAY)
    out = io.StringIO()
    call_command("send_reminders", "--now", stdout=out)
    assert f"übersprungen: Aufgabe {task.pk} (no_owner)" in out.getvalue()

import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from transferhub.decisions.models import ReminderDigest
from transferhub.decisions.notifications import reminders_send


# The worker closes its database connection between jobs, as a real one must; on
# PostgreSQL that would end a test wrapped in a transaction, so this test commits.
@pytest.mark.django_db(transaction=True)
def test_the_worker_runs_jobs_queued_in_the_database(settings, task_of, people):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    task_of(owner_person=people["chair"], due_date=timezone.localdate() + dt.timedelta(days=1))
    result = reminders_send.enqueue()
    assert result.status == "READY" and mail.outbox == []
    call_command("worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    result.refresh()
    assert result.status == "SUCCESSFUL"
    assert len(mail.outbox) == 1 and ReminderDigest.objects.get().sent_at is not None


def test_send_reminders_only_enqueues_when_a_worker_sends(db, settings, capsys):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    call_command("send_reminders")
    assert "eingereiht" in capsys.readouterr().out


@pytest.mark.django_db(transaction=True)
def test_the_worker_reruns_a_reminder_run_a_killed_worker_left_running(
    settings, task_of, people, capsys
):
    from django_tasks_db.models import DBTaskResult

    from transferhub.network.notifications import interest_decision_mail

    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    task_of(owner_person=people["chair"], due_date=timezone.localdate() + dt.timedelta(days=1))
    reminders = reminders_send.enqueue()
    minutes = interest_decision_mail.enqueue(999_999)
    recent = reminders_send.enqueue()
    two_hours_ago = timezone.now() - dt.timedelta(hours=2)
    DBTaskResult.objects.filter(pk__in=[reminders.id, minutes.id]).update(
        status="RUNNING", started_at=two_hours_ago
    )
    DBTaskResult.objects.filter(pk=recent.id).update(status="RUNNING", started_at=timezone.now())
    call_command("worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    assert "1 neu eingereiht, 1 als fehlgeschlagen" in capsys.readouterr().err
    status = {str(pk): value for pk, value in DBTaskResult.objects.values_list("id", "status")}
    assert status[reminders.id] == "SUCCESSFUL"  # rerun: reminders are safe to send again
    assert status[minutes.id] == "FAILED"  # a mail that may already have left is not rerun blindly
    assert status[recent.id] == "RUNNING"  # perhaps another worker is still at it
    assert len(mail.outbox) == 1

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

"""The worker's scheduler: a due job is enqueued once, however many workers tick at once,
not again before its interval, and a failed run is tried again soon."""

import datetime as dt
import threading
import zoneinfo

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from transferhub.lib import registry, scheduler
from transferhub.lib.jobs import RERUNNABLE
from transferhub.lib.models import ScheduledJob

RUNS: list[str] = []
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


def count_a_run() -> int:
    RUNS.append("ran")
    return len(RUNS)


def fail() -> None:
    raise RuntimeError("Der Mailserver antwortet nicht.")


@pytest.fixture
def only(settings):
    """Schedule only the given jobs (the apps' own ones stay out of these tests)."""
    saved = dict(registry.periodic_jobs._entries)
    RUNS.clear()

    def use(**jobs):
        registry.periodic_jobs._entries.clear()
        for name, job in jobs.items():
            registry.periodic_jobs.register(name, job)

    yield use
    registry.periodic_jobs._entries.clear()
    registry.periodic_jobs._entries.update(saved)


@pytest.fixture
def stored_jobs(settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }


def enqueued(name: str) -> int:
    return DBTaskResult.objects.filter(
        task_path="transferhub.lib.scheduler.run_periodic", args_kwargs__args=[name]
    ).count()


def test_every_app_registers_its_former_cron_work():
    names = set(registry.periodic_jobs.names())
    assert {
        "decisions.reminders",
        "invitations.reminders",
        "network.recognitions",
        "suppliers.seal_reminders",
        "checks.declarations",
        "checks.registrations",
        "complaints.erase",
        "votes.close",
        "subscriptions.purge",
        "planning.mails",
        "lib.backup",
    } <= names
    for _name, job in registry.periodic_jobs.items():
        from django.utils.module_loading import import_string

        assert callable(import_string(job.run)) or hasattr(import_string(job.run), "call")


@pytest.mark.django_db(transaction=True)
def test_two_schedulers_ticking_at_once_enqueue_a_due_job_once(only, stored_jobs):
    only(**{"test.every_hour": registry.Periodic(f"{__name__}.count_a_run", minutes=60)})
    now = timezone.now()
    scheduler.tick(now - dt.timedelta(hours=2))  # the row exists, the first run enqueued
    DBTaskResult.objects.all().delete()
    ScheduledJob.objects.update(next_run_at=now - dt.timedelta(seconds=1))

    start, results, errors = threading.Barrier(4), [], []

    def tick():
        try:
            start.wait()
            results.append(scheduler.tick(now))
        except Exception as e:  # pragma: no cover - shown in the assertion
            errors.append(e)
        finally:
            connection.close()

    threads = [threading.Thread(target=tick) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    assert sorted(len(r) for r in results) == [0, 0, 0, 1]
    assert enqueued("test.every_hour") == 1

    # Not again before its interval is over; then once more.
    assert scheduler.tick(now + dt.timedelta(minutes=59)) == []
    assert scheduler.tick(now + dt.timedelta(minutes=60)) == ["test.every_hour"]
    assert enqueued("test.every_hour") == 2


@pytest.mark.django_db(transaction=True)
def test_the_worker_ticks_and_runs_what_is_due(only, stored_jobs):
    only(**{"test.every_five": registry.Periodic(f"{__name__}.count_a_run", minutes=5)})
    call_command("worker", "--batch")
    assert RUNS == ["ran"]
    result = DBTaskResult.objects.get()
    assert result.status == TaskResultStatus.SUCCESSFUL and result.return_value == 1
    # Run again at once: not due yet, nothing new.
    call_command("worker", "--batch")
    assert RUNS == ["ran"] and DBTaskResult.objects.count() == 1


@pytest.mark.django_db
def test_a_failed_run_is_tried_again_after_its_retry_not_a_whole_day(only):
    only(**{"test.daily": registry.Periodic(f"{__name__}.fail", at="07:00", retry_minutes=5)})
    ScheduledJob.objects.create(name="test.daily", next_run_at=timezone.now())
    now = timezone.now()
    assert scheduler.tick(now) == ["test.daily"]  # the immediate backend runs it; it fails
    row = ScheduledJob.objects.get()
    assert row.last_failed_at is not None
    assert row.next_run_at <= timezone.now() + dt.timedelta(minutes=5)
    assert scheduler.tick(row.next_run_at) == ["test.daily"]
    # A run a killed worker left behind goes back into the queue.
    assert "transferhub.lib.scheduler.run_periodic" in RERUNNABLE


def test_a_daily_job_runs_at_its_local_time_of_day_also_across_summer_time():
    job = registry.Periodic("x.y", at="07:00")
    before = dt.datetime(2026, 3, 28, 8, 0, tzinfo=BERLIN)  # Saturday, winter time
    after = scheduler.next_run(job, before)
    assert after.astimezone(BERLIN) == dt.datetime(2026, 3, 29, 7, 0, tzinfo=BERLIN)
    # Sunday has one hour less: 22 real hours from Saturday 8:00 to Sunday 7:00.
    assert after.astimezone(dt.UTC) - before.astimezone(dt.UTC) == dt.timedelta(hours=22)
    early = dt.datetime(2026, 3, 28, 6, 0, tzinfo=BERLIN)
    assert scheduler.next_run(job, early).astimezone(BERLIN).hour == 7
    assert scheduler.next_run(job, early).astimezone(BERLIN).day == 28


def test_a_job_needs_either_an_interval_or_a_time_of_day():
    with pytest.raises(ValueError):
        registry.Periodic("x.y")
    with pytest.raises(ValueError):
        registry.Periodic("x.y", minutes=5, at="07:00")

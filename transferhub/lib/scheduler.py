"""Periodic jobs run by the worker itself, instead of cron lines.

Each app registers its periodic work in `AppConfig.ready()`::

    registry.periodic_jobs.register(
        "decisions.reminders", registry.Periodic("transferhub.decisions.notifications.reminders_run", at="07:00")
    )

`transferhub worker` calls `tick()` every `--schedule-interval` seconds (60). For each job
that is due, one conditional UPDATE moves its row's `next_run_at` on (`WHERE name = … AND
next_run_at <= now`); only the scheduler whose UPDATE changed the row enqueues the job,
in the same transaction. Several workers on several servers can therefore tick at the
same moment and the job is still enqueued once: PostgreSQL re-checks the condition on
the row after the first writer commits, SQLite lets one writer at a time. The job then
runs as any background job (`run_periodic`); a failed run is tried again after its
`retry_minutes` instead of waiting a whole interval, and a run a killed worker left behind
is put back in the queue (lib/jobs.RERUNNABLE).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

from django.db import IntegrityError, OperationalError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django_tasks import task
from django_tasks.base import Task
from django_tasks_db.utils import is_locked_database_exception

from transferhub.lib import registry
from transferhub.lib.models import ScheduledJob
from transferhub.lib.text import shorten

logger = logging.getLogger(__name__)


def _time_of_day(at: str) -> dt.time:
    hours, minutes = at.split(":")
    return dt.time(int(hours), int(minutes))


def next_run(job: registry.Periodic, after: dt.datetime) -> dt.datetime:
    """The first time strictly after `after` at which the job is due.

    With `at`, the job runs daily at that local time of day, so a summer-time change does
    not shift it by an hour.
    """
    if not job.at:
        return after + job.every
    at, days = _time_of_day(job.at), dt.timedelta(days=1)
    day = timezone.localtime(after).date()
    candidate = timezone.make_aware(dt.datetime.combine(day, at))
    while candidate <= after:
        day += days
        candidate = timezone.make_aware(dt.datetime.combine(day, at))
    return candidate


def first_run(job: registry.Periodic, now: dt.datetime) -> dt.datetime:
    """A job new to this install: a daily one at its next time of day, others at once."""
    return next_run(job, now) if job.at else now


def _ensure_rows(now: dt.datetime) -> None:
    known = set(ScheduledJob.objects.values_list("name", flat=True))
    for name, job in registry.periodic_jobs.items():
        if name not in known:
            try:
                with transaction.atomic():
                    ScheduledJob.objects.create(name=name, next_run_at=first_run(job, now))
            except IntegrityError:
                pass  # another scheduler made it a moment ago


def tick(now: dt.datetime | None = None) -> list[str]:
    """Enqueue every job that is due and that no other scheduler enqueued; return their names.

    A database that is busy with another writer (SQLite) skips the job for this tick: it
    stays due, so the next tick (or the other scheduler, which holds the lock) takes it.
    """
    now = now or timezone.now()
    enqueued = []
    try:
        _ensure_rows(now)
    except OperationalError as e:
        if not is_locked_database_exception(e):
            raise
        return enqueued
    for name, job in registry.periodic_jobs.items():
        try:
            with transaction.atomic():
                won = ScheduledJob.objects.filter(name=name, next_run_at__lte=now).update(
                    next_run_at=next_run(job, now), last_enqueued_at=now, runs=F("runs") + 1
                )
                if won:
                    run_periodic.enqueue(name)
        except OperationalError as e:
            if not is_locked_database_exception(e):
                raise
            continue
        if won:
            enqueued.append(name)
    return enqueued


@task()
def run_periodic(name: str):
    """Run one periodic job; on failure bring its next try forward to `retry_minutes`."""
    job = registry.periodic_jobs.get(name)
    if job is None:
        logger.warning("Periodic job %s is no longer registered; skipped.", name)
        return None
    function = import_string(job.run)
    try:
        # A django-tasks Task (already a background job elsewhere) runs by its `call`.
        result = function.call() if isinstance(function, Task) else function()
    except Exception as exc:
        now = timezone.now()
        retry = min(dt.timedelta(minutes=job.retry_minutes), job.every)
        ScheduledJob.objects.filter(name=name).update(
            last_failed_at=now, last_run_at=now, last_error=error_summary(exc)
        )
        ScheduledJob.objects.filter(name=name, next_run_at__gt=now + retry).update(
            next_run_at=now + retry
        )
        logger.exception("Periodic job %s failed; next try in %s.", name, retry)
        raise
    ScheduledJob.objects.filter(name=name).update(last_run_at=timezone.now(), last_error="")
    # What the worker stores as the job's result: a count where the function gives one.
    return result if isinstance(result, int) else None


def backup_daily() -> None:
    """`transferhub backup` from the schedule: one at a time across servers (its lock)."""
    from django.core.management import call_command

    call_command("backup")


# --- The schedule page (lib.views.schedule) ---------------------------------------------------

_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# 'x', "x" and PostgreSQL's "Key (email)=(x)": values that may name a person.
_VALUE_RE = re.compile(r"'[^']*'|\"[^\"]*\"|=\([^)]*\)")
ERROR_CHARS = 300


def error_summary(exc: BaseException) -> str:
    """The exception's type and first line, with e-mail addresses and quoted values blanked.

    Shown to the secretariat on the schedule page; the whole traceback stays in the log.
    """
    lines = str(exc).strip().splitlines()
    message = _VALUE_RE.sub("…", _EMAIL_RE.sub("…", lines[0])) if lines else ""
    text = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    return shorten(text, ERROR_CHARS)


def interval_label(job: registry.Periodic) -> str:
    """ "täglich um 07:00 Uhr", "stündlich", "alle 5 Minuten"."""
    if job.at:
        return _("täglich um %(time)s Uhr") % {"time": job.at}
    if job.minutes % 60 == 0:
        hours = job.minutes // 60
        if hours == 1:
            return _("stündlich")
        return ngettext("alle %(n)d Stunde", "alle %(n)d Stunden", hours) % {"n": hours}
    return ngettext("jede Minute", "alle %(n)d Minuten", job.minutes) % {"n": job.minutes}


@dataclass(frozen=True)
class ScheduleRow:
    """One registered job as the schedule page shows it."""

    name: str
    interval: str
    next_run_at: dt.datetime | None  # None: the worker has not seen the job yet
    last_run_at: dt.datetime | None
    failed: bool
    error: str
    queued_since: dt.datetime | None  # enqueued after its last run: waiting or running


def schedule_overview() -> list[ScheduleRow]:
    """Every registered job with its interval, last and next run, in one query."""
    stored = {row.name: row for row in ScheduledJob.objects.all()}
    rows = []
    for name, job in registry.periodic_jobs.items():
        row = stored.get(name)
        last_run = row.last_run_at if row else None
        enqueued = row.last_enqueued_at if row else None
        rows.append(
            ScheduleRow(
                name=name,
                interval=interval_label(job),
                next_run_at=row.next_run_at if row else None,
                last_run_at=last_run,
                failed=bool(row and row.last_error),
                error=row.last_error if row else "",
                queued_since=enqueued
                if enqueued and (last_run is None or enqueued > last_run)
                else None,
            )
        )
    return rows

"""Mail about tasks: the daily reminder digests.

They run as a background job (django-tasks): `reminders_send` daily (enqueued by
`transferhub send-reminders`). The approved minutes go out from the invitations app.
"""

import datetime as dt
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import ngettext
from django_tasks import task

from transferhub.network.models import Person
from transferhub.network.notifications import mail_person

from .models import ReminderDigest, Task, TaskReminder
from .services import task_done_link_max_age, task_done_token

logger = logging.getLogger(__name__)


def reminder_days() -> int:
    return getattr(settings, "TASK_REMINDER_DAYS", 7)


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


# Reminders --------------------------------------------------------------------


@dataclass
class ReminderRun:
    """What a reminder run did; `skipped` lists (task id, reason) for the secretariat."""

    day: dt.date
    digests_sent: int = 0
    tasks_reminded: int = 0
    already_reminded_today: int = 0
    failed: int = 0
    skipped: list[tuple[int, str]] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "day": self.day.isoformat(),
            "digests_sent": self.digests_sent,
            "tasks_reminded": self.tasks_reminded,
            "already_reminded_today": self.already_reminded_today,
            "failed": self.failed,
            "skipped": [{"task": pk, "reason": reason} for pk, reason in self.skipped],
        }


SKIP_NO_OWNER = "no_owner"
SKIP_BODY_OWNER = "owned_by_body"
SKIP_NO_EMAIL = "owner_without_email"


def reminders_pending(today: dt.date) -> tuple[dict[int, list[tuple[Task, str]]], list]:
    """Open tasks to remind today, grouped by owner id, and the ones we cannot remind."""
    horizon = today + dt.timedelta(days=reminder_days())
    tasks = list(
        Task.objects.filter(
            status__in=Task.OPEN_STATES, due_date__isnull=False, due_date__lte=horizon
        )
        .select_related("owner_person", "body")
        .order_by("due_date", "id")
    )
    done = set(
        TaskReminder.objects.filter(task__in=[t.pk for t in tasks]).values_list(
            "task_id", "kind", "due_date"
        )
    )
    by_person: dict[int, list[tuple[Task, str]]] = {}
    skipped = []
    for task_ in tasks:
        kind = TaskReminder.Kind.OVERDUE if task_.due_date < today else TaskReminder.Kind.DUE_SOON
        if (task_.pk, kind, task_.due_date) in done:
            continue
        if task_.owner_person_id is None:
            skipped.append((task_.pk, SKIP_BODY_OWNER if task_.owner_body_id else SKIP_NO_OWNER))
        elif not task_.owner_person.email:
            skipped.append((task_.pk, SKIP_NO_EMAIL))
        else:
            by_person.setdefault(task_.owner_person_id, []).append((task_, kind))
    return by_person, skipped


def reminders_run(*, today: dt.date | None = None) -> ReminderRun:
    """Send each owner one digest of tasks due soon or overdue; never twice a day.

    Per person, one transaction writes the digest row (unique per person and
    day) and a row per reminded task (unique per task, kind and due date); the
    mail goes out only after that commit. A rerun, or a second worker at the
    same time, finds the rows and sends nothing. If the process dies between
    commit and sending, that day's mail is lost rather than sent twice; the
    digest stays without `sent_at`, visible in the admin.
    """
    today = today or timezone.localdate()
    run = ReminderRun(day=today)
    by_person, run.skipped = reminders_pending(today)
    people = Person.objects.in_bulk(list(by_person))
    for person_id, entries in by_person.items():
        person = people[person_id]
        try:
            # durable: leaving this block is a real commit, so the mail below can never
            # go out for rows a surrounding transaction might still roll back.
            with transaction.atomic(durable=True):
                digest = ReminderDigest.objects.create(person=person, day=today)
                TaskReminder.objects.bulk_create(
                    TaskReminder(digest=digest, task=t, kind=kind, due_date=t.due_date)
                    for t, kind in entries
                )
        except IntegrityError:
            run.already_reminded_today += 1
            continue
        try:
            sent = _send_digest(person, entries, today)
        except Exception:  # the mail server's trouble must not stop the others' reminders
            logger.exception("Reminder digest %s could not be sent", digest.pk)
            sent = 0
        if sent:
            ReminderDigest.objects.filter(pk=digest.pk).update(sent_at=timezone.now())
            run.digests_sent += 1
            run.tasks_reminded += len(entries)
        else:
            run.failed += 1
    return run


def _send_digest(person: Person, entries: list[tuple[Task, str]], today: dt.date) -> int:
    expires = today + task_done_link_max_age()
    rows = [
        {
            "task": t,
            "overdue": kind == TaskReminder.Kind.OVERDUE,
            "url": absolute(t.get_absolute_url()),
            "done_url": absolute(
                reverse("decisions:task_done_link", args=[task_done_token(t, person)])
            ),
        }
        for t, kind in entries
    ]
    overdue = [r for r in rows if r["overdue"]]
    due_soon = [r for r in rows if not r["overdue"]]

    def subject():
        return ngettext(
            "Erinnerung: %(n)d Aufgabe",
            "Erinnerung: %(n)d Aufgaben",
            len(rows),
        ) % {"n": len(rows)}

    return mail_person(
        person,
        subject=subject,
        template="decisions/email/reminder_digest",
        context={
            "overdue": overdue,
            "due_soon": due_soon,
            "expires": expires,
            "my_tasks_url": absolute(reverse("decisions:my_tasks")),
        },
    )


@task()
def reminders_send() -> dict:
    """Background job: send today's reminder digests (enqueue once a day)."""
    return reminders_run().as_dict()

"""The open tasks a meeting's page lists: the body's follow-up from before the meeting.

A secretariat preparing a meeting wants the pressing ones on the page and the rest one
click away: the page lists at most OPEN_TASKS_SHOWN of them, overdue first, then by due
date, then those without one (the task register's own order), and links to the register
filtered to exactly these tasks (`given_before` is that filter, used by the register too).
Tasks live in the decisions app, above meetings: they are reached through the relation
(related.task_model), never by importing decisions.
"""

from urllib.parse import urlencode

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from transferhub.lib.db import rows_by_values
from transferhub.lib.links import url_maker
from transferhub.network.models import person_full_name

from .models import Meeting
from .related import task_model

OPEN_TASKS_SHOWN = 25  # the most pressing ones on the meeting page; the rest in the register

# The register's query parameter for `given_before`: the meeting's id.
BEFORE_MEETING = "before_meeting"


def given_before(meeting: Meeting) -> Q:
    """Tasks from before this meeting: of earlier meetings, or set between meetings before
    it began. Tasks the meeting itself (or a later one) gave are its results, not its
    follow-up."""
    return _given_before(meeting.date, meeting.start_time, timezone.make_aware(meeting.start))


def _given_before(date, start_time, begins) -> Q:
    earlier = Q(meeting__date__lt=date) | Q(meeting__date=date, meeting__start_time__lt=start_time)
    return earlier | Q(meeting__isnull=True, created__lt=begins)


def register_url(meeting: Meeting) -> str:
    """The task register showing all the tasks the meeting page lists the first ones of."""
    query = {"body": meeting.body_id, "status": "open_any", BEFORE_MEETING: meeting.pk}
    return f"{reverse('decisions:tasks')}?{urlencode(query)}"


def open_tasks(meeting: Meeting) -> dict:
    """The page's "Offene Aufgaben des Gremiums": the first rows, how many there are in all
    and the register's link to all of them: {"rows", "shown", "total", "url"}."""
    # Read on every view of the page: both queries' SQL built once (lib.db.rows_by_values).
    values = (meeting.body_id, meeting.date, meeting.start_time, timezone.make_aware(meeting.start))
    model = task_model()
    rows = rows_by_values("meeting-open-tasks", model, values, _first_rows)
    if len(rows) < OPEN_TASKS_SHOWN:
        total = len(rows)
    else:
        counted = rows_by_values("meeting-open-tasks-count", model, values, _count)
        total = counted[0][0] if counted else 0
    return {
        "rows": _rows_html(rows),
        "shown": OPEN_TASKS_SHOWN,
        "total": total,
        "url": register_url(meeting),
    }


def _open_tasks(body_id, date, start_time, begins):
    """The body's open tasks from before a meeting on `date` beginning at `start_time`."""
    task = task_model()
    return task.objects.filter(
        _given_before(date, start_time, begins), body_id=body_id, status__in=task.OPEN_STATES
    )


def _first_rows(*values):
    return (
        _open_tasks(*values)
        .order_by(*task_model().register_order())
        .values_list(
            "pk",
            "text",
            "due_date",
            "status",
            "owner_person_id",
            "owner_person__title",
            "owner_person__given_name",
            "owner_person__family_name",
            "owner_body__name",
            "meeting_id",
            "meeting__date",
        )[:OPEN_TASKS_SHOWN]
    )


def _count(*values):
    """(how many,) of them: the count as one row of one column (none when there are none)."""
    return (
        _open_tasks(*values).order_by().values("body_id").annotate(n=Count("pk")).values_list("n")
    )


def _rows_html(rows) -> str:
    """The rows as the template's loop wrote them: read as values, not models, and written
    without the template engine (25-40 ms for 100-280 rows through the template)."""
    # Each piece escaped once here (format_html per row, with a lazy status label
    # translated each time, was 60 % of the rows' time). The labels are made text first:
    # escape() of a lazy label is lazy again, translated anew in every row.
    statuses = {value: escape(str(label)) for value, label in task_model().Status.choices}
    task_url, meeting_url = url_maker("decisions:task"), url_maker("meetings:detail")
    today = timezone.localdate()
    overdue = format_html(' <span class="badge overdue">{}</span>', _("überfällig"))
    parts = []
    for pk, text, due, status, person_id, title, given, family, body, meeting_id, held in rows:
        if person_id is not None:
            owner = escape(person_full_name(title, given, family))
        else:
            owner = escape(body) if body is not None else "–"
        day = f"{due:%d.%m.%Y}" if due is not None else "–"
        late = overdue if due is not None and due < today else ""
        given_at = f'<a href="{meeting_url(meeting_id)}">{held:%d.%m.%Y}</a>' if meeting_id else "–"
        parts.append(
            f'\n  <tr>\n    <th scope="row"><a href="{task_url(pk)}">'
            f"{escape(Truncator(text).words(30, truncate=' …'))}</a></th>\n"
            f"    <td>{owner}</td>\n    <td>{day}{late}</td>\n    <td>{given_at}</td>\n"
            f"    <td>{statuses.get(status) or escape(status)}</td>\n  </tr>\n  "
        )
    return mark_safe("".join(parts))  # noqa: S308 - every piece escaped above

"""Pages for tasks: the register, "Meine Aufgaben", a task, and done by a mail link.

The register of decisions is in views_decisions.py, the topics (Vorhaben) in
views_topics.py; the helpers here (_page, _safe_next) serve all three.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import F, Q, QuerySet
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from transferhub.lib.forms_versioned import NOTHING_CHANGED, save_versioned
from transferhub.lib.fragments import as_html, form_fields_html
from transferhub.lib.links import url_maker
from transferhub.lib.text import shorten
from transferhub.meetings.models import Meeting
from transferhub.meetings.open_tasks import BEFORE_MEETING, given_before
from transferhub.network.models import Body, Person, person_full_name
from transferhub.network.permissions import (
    body_roles,
    can_edit_task,
    is_secretariat,
    person_of,
    visible_meetings_filter,
)

from . import services
from .exports import tasks_csv
from .forms import OPEN_ANY, TaskFilterForm, TaskForm
from .models import Task
from .permissions import visible_tasks

PAGE_SIZE = 50
OWNER_CHOICES = 200  # at most this many people in the owner filter's list
TASK_RELATED = ("body", "owner_person", "owner_body", "meeting", "agenda_item", "decision__body")


def _page(request, queryset):
    return Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))


def _mark_editable(user, tasks) -> list[Task]:
    tasks = list(tasks)
    for task in tasks:
        task.can_edit = can_edit_task(user, task)
    return tasks


# Task register ------------------------------------------------------------


def _filtered_tasks(request) -> tuple[TaskFilterForm, QuerySet[Task], Meeting | None]:
    """The register's tasks as the filters choose them, and the meeting whose follow-up they
    are when the meeting page's link asked for it (before_meeting, not a field of the form)."""
    user = request.user
    tasks = visible_tasks(user)
    bodies = Body.objects.order_by("name").only("name")
    if not is_secretariat(user):
        bodies = bodies.filter(pk__in=list(body_roles(user)))

    def owners_of(tasks):
        # Only the name: the list shows it, and a whole person costs its dates' parsing.
        return (
            Person.objects.filter(
                pk__in=tasks.filter(owner_person__isnull=False).values("owner_person_id")
            )
            .only("title", "given_name", "family_name")
            .order_by("family_name", "given_name")
        )

    form = TaskFilterForm(request.GET or None, bodies=bodies, owners=owners_of(tasks))
    form.is_valid()
    # An invalid field is left out of cleaned_data; the valid ones still filter.
    data = getattr(form, "cleaned_data", {})
    if data.get("body"):
        tasks = tasks.filter(body=data["body"])
    before = _meeting_before(request)
    if before is not None:
        tasks = tasks.filter(given_before(before))
    # The owner list offers the owners of the chosen body's tasks, or of all tasks when they
    # are few; the secretariat sees thousands of owners and chooses a body first.
    offered = list(owners_of(tasks)[: OWNER_CHOICES + 1])
    complete = len(offered) <= OWNER_CHOICES
    form.offer_owners(offered if complete else [], complete=complete)
    if data.get("owner"):
        tasks = tasks.filter(owner_person=data["owner"])
    status = data.get("status")
    if status == OPEN_ANY:
        tasks = tasks.filter(status__in=Task.OPEN_STATES)
    elif status:
        tasks = tasks.filter(status=status)
    if data.get("overdue"):
        tasks = tasks.filter(status__in=Task.OPEN_STATES, due_date__lt=timezone.localdate())
    if data.get("q"):
        tasks = tasks.filter(text__icontains=data["q"])
    tasks = tasks.order_by(*Task.register_order(data.get("sort") or "due"))
    return form, tasks, before


def _meeting_before(request) -> Meeting | None:
    """The meeting named by ?before_meeting= if the visitor may open it (else no filter)."""
    pk = request.GET.get(BEFORE_MEETING, "")
    if not pk.isdigit():
        return None
    visible = Meeting.objects.filter(visible_meetings_filter(request.user))
    return visible.select_related("body").filter(pk=int(pk)).first()


@login_required
def task_list(request):
    """Show the task register with filters, 50 tasks a page."""
    form, tasks, before = _filtered_tasks(request)
    if request.GET.get("format") == "csv":
        filename, mimetype, content = tasks_csv(tasks.select_related(*TASK_RELATED))
        response = HttpResponse(content, content_type=mimetype)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
    # Only what the list shows, as plain tuples: 50 rows of five model instances each
    # (task, body, owner, owner body, meeting) cost twice the query itself.
    page = _page(request, tasks)  # counted on the tasks alone, without the rows' joins
    rows = page.object_list.values_list(*TASK_ROW_VALUES)
    return render(
        request,
        "decisions/task_list.html",
        {
            "form": form,
            "form_fields": form_fields_html(form),
            "page_obj": page,
            "tasks": (tasks := _task_rows(rows)),
            "task_rows": _task_rows_html(tasks),
            "has_bodies": is_secretariat(request.user) or bool(body_roles(request.user)),
            "before_meeting": before,
            "before_meeting_param": BEFORE_MEETING,
        },
    )


TASK_ROW_VALUES = (
    "pk",
    "text",
    "status",
    "due_date",
    "body__name",
    "owner_person_id",
    "owner_person__title",
    "owner_person__given_name",
    "owner_person__family_name",
    "owner_body__name",
    "meeting_id",
    "meeting__date",
)


def _task_rows(tasks) -> list[dict]:
    """What each row of the task register shows, worked out here rather than in the template.

    Every lookup, filter and {% url %} in a template loop costs; 50 rows of them were most
    of the page's time. `tasks` are tuples of TASK_ROW_VALUES.
    """
    task_url, meeting_url = url_maker("decisions:task"), url_maker("meetings:detail")
    status_labels = {value: str(label) for value, label in Task.Status.choices}
    today = timezone.localdate()
    rows = []
    for (
        pk,
        text,
        status,
        due,
        body,
        person_id,
        title,
        given_name,
        family_name,
        owner_body,
        meeting_id,
        meeting_date,
    ) in tasks:
        if person_id:
            owner = person_full_name(title, given_name, family_name)
        else:
            owner = owner_body  # None without an owner
        rows.append(
            {
                "url": task_url(pk),
                "text": shorten(text, 160),
                "body": body,
                "owner": owner,
                "due_iso": due.isoformat() if due else None,
                "due": f"{due:%d.%m.%Y}" if due else None,
                "overdue": status in Task.OPEN_STATES and due is not None and due < today,
                "status": status_labels.get(status, status),
                "done": status == Task.Status.DONE,
                "meeting_url": meeting_url(meeting_id) if meeting_id else None,
                "meeting_date": f"{meeting_date:%d.%m.%Y}" if meeting_id else None,
            }
        )
    return rows


def _task_rows_html(rows: list[dict]) -> str:
    """The register's rows as the template once wrote them, byte for byte, in Python.

    Fifty rows through the template language (tags, lookups, escaping per value) were
    some 2 ms a page; plain f-strings with the standard library's escape write the same.
    """
    nobody = f'<span class="muted">{as_html(_("niemand"))}</span>'
    overdue = f' <span class="badge overdue">{as_html(_("überfällig"))}</span>'
    overdue_class = ' class="overdue"'
    out = []
    for task in rows:
        owner = as_html(task["owner"]) if task["owner"] else nobody
        if task["due"]:
            due = f'<time datetime="{as_html(task["due_iso"])}">{as_html(task["due"])}</time>'
        else:
            due = '<span class="muted">–</span>'
        if task["meeting_url"]:
            meeting = (
                f'<a href="{as_html(task["meeting_url"])}">{as_html(task["meeting_date"])}</a>'
            )
        else:
            meeting = "–"
        out.append(
            f"\n    <tr{overdue_class if task['overdue'] else ''}>"
            f'\n      <th scope="row"><a href="{as_html(task["url"])}">'
            f"{as_html(task['text'])}</a></th>"
            f"\n      <td>{as_html(task['body'])}</td>"
            f"\n      <td>{owner}</td>"
            f"\n      <td>{due}{overdue if task['overdue'] else ''}</td>"
            f'\n      <td><span class="badge{" done" if task["done"] else ""}">'
            f"{as_html(task['status'])}</span></td>"
            f"\n      <td>{meeting}</td>"
            "\n    </tr>\n  "
        )
    return mark_safe("".join(out))  # noqa: S308 - every value escaped above


# Meine Aufgaben -------------------------------------------------------------


def _my_tasks_context(request, page_number) -> dict:
    person = person_of(request.user)
    context = {"person": person}
    if person is not None:
        mine = Task.objects.filter(
            Q(owner_person=person) | Q(owner_body_id__in=list(body_roles(request.user)))
        ).select_related(*TASK_RELATED)
        open_tasks = mine.filter(status__in=Task.OPEN_STATES)
        page = Paginator(open_tasks, PAGE_SIZE).get_page(page_number)
        done = mine.exclude(status__in=Task.OPEN_STATES).order_by(
            F("done_at").desc(nulls_last=True), "-modified"
        )[:PAGE_SIZE]
        context.update(
            page_obj=page,
            open_tasks=_mark_editable(request.user, page.object_list),
            done_tasks=_mark_editable(request.user, done),
        )
    return context


@login_required
def my_tasks(request):
    """List the tasks a person owns or their bodies own, open ones first."""
    context = _my_tasks_context(request, request.GET.get("page"))
    return render(request, "decisions/my_tasks.html", context)


def _safe_next(request, fallback: str) -> str:
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return fallback


@login_required
@require_POST
def task_status(request, pk: int):
    """Move a task on (open → in progress → done) from a list; answers htmx with the new row."""
    task = get_object_or_404(visible_tasks(request.user).select_related(*TASK_RELATED), pk=pk)
    if not can_edit_task(request.user, task):
        raise PermissionDenied
    error = None
    try:
        services.task_set_status(
            task=task, status=request.POST.get("status", ""), actor=request.user
        )
    except services.DecisionError as exc:
        error = str(exc)
        task.refresh_from_db()
    if request.headers.get("HX-Request") and request.POST.get("list") == "mine":
        # "Meine Aufgaben": both lists anew, so a finished task moves to "Erledigt" at once.
        context = _my_tasks_context(request, request.POST.get("page"))
        context.update(
            error=error,
            error_task=task.pk,
            changed=None if error else task,
            next=reverse("decisions:my_tasks"),
        )
        return render(request, "decisions/_my_tasks_lists.html", context)
    if request.headers.get("HX-Request"):
        task.can_edit = True
        return render(
            request,
            "decisions/_task_item.html",
            {"task": task, "error": error, "next": _safe_next(request, fallback="")},
        )
    if error:
        messages.error(request, error)
    else:
        messages.success(
            request,
            _("Status der Aufgabe: %(status)s.") % {"status": task.get_status_display()},
        )
    return redirect(_safe_next(request, fallback=task.get_absolute_url()))


# Task detail ---------------------------------------------------------------


@login_required
def task_detail(request, pk: int):
    """Show a task and where it came from; its owner and the body's managers may edit it."""
    task = get_object_or_404(visible_tasks(request.user).select_related(*TASK_RELATED), pk=pk)
    can_edit = can_edit_task(request.user, task)
    form = None
    if request.method == "POST":
        if not can_edit:
            raise PermissionDenied
        form = TaskForm.for_task(task, request.POST)
        if form.is_valid():
            if not form.changes():
                messages.info(request, NOTHING_CHANGED)
                return redirect(task)
            try:
                saved = save_versioned(
                    form,
                    lambda changes, expected: services.task_update(
                        task=task, actor=request.user, expected_version=expected, **changes
                    ),
                )
            except services.DecisionError as exc:
                form.add_error(None, str(exc))
            else:
                if saved is not None:
                    messages.success(request, _("Die Aufgabe wurde gespeichert."))
                    return redirect(task)
            task.refresh_from_db()  # the page shows the task as it is now
    elif can_edit:
        form = TaskForm.for_task(task)
    return render(
        request,
        "decisions/task_detail.html",
        {"task": task, "form": form, "can_edit": can_edit},
    )


# Done by a signed link from a reminder mail -----------------------------------


def task_done_link(request, token: str):
    """Let a task's owner mark it done from a reminder mail, without logging in.

    GET shows what will happen; only POST changes the task. A forged or expired
    link gets a clear message and changes nothing.
    """
    try:
        task = services.task_from_done_token(token)
    except services.DecisionError as exc:
        return render(request, "decisions/task_done_link.html", {"error": str(exc)}, status=400)
    context = {"task": task, "token": token}
    if request.method == "POST":
        try:
            services.task_done_by_link(token=token)
        except services.DecisionError as exc:
            context["error"] = str(exc)
            return render(request, "decisions/task_done_link.html", context, status=400)
        task.refresh_from_db()
        context["done"] = True
    elif not task.is_open:
        context["error"] = (
            _("Diese Aufgabe ist bereits erledigt.")
            if task.status == Task.Status.DONE
            else _("Diese Aufgabe ist entfallen und kann nicht erledigt werden.")
        )
    return render(request, "decisions/task_done_link.html", context)

"""Pages for tasks (register, "Meine Aufgaben", detail) and the register of decisions."""

import csv
import io
from functools import cached_property

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count, F, Prefetch, Q, QuerySet
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from transferhub.lib.markdown import render_markdown
from transferhub.meetings.models import AgendaItem
from transferhub.network.models import Body, Person
from transferhub.network.permissions import (
    body_roles,
    can_edit_task,
    is_secretariat,
    person_of,
)

from . import exporters, services, topics
from .forms import (
    OPEN_ANY,
    DecisionFilterForm,
    TaskFilterForm,
    TaskForm,
    TopicForm,
    TopicLinkForm,
    TopicSearchForm,
    TopicStatusForm,
)
from .models import Decision, Task, Topic
from .permissions import visible_decisions, visible_tasks

PAGE_SIZE = 50
OWNER_CHOICES = 200  # at most this many people in the owner filter's list
TASK_RELATED = ("body", "owner_person", "owner_body", "meeting", "agenda_item", "decision__body")


COUNT_CAP = 1000  # the decision register counts its hits up to here ("mehr als 1.000")


def _page(request, queryset):
    return Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))


class CappedPaginator(Paginator):
    """A paginator that stops counting after `cap` rows, or after the page asked for.

    A text search over 50,000 decisions with the visibility rules costs 60–90 ms to count
    in full, and a few ms to count to a thousand. Past the cap, `capped` is True and
    `count` is cap + 1; the page asked for and whether another follows are still exact.
    """

    def __init__(self, object_list, per_page, *, cap: int, number: str | None):
        super().__init__(object_list, per_page)
        wanted = int(number) if number and number.isdigit() else 1
        self.cap = max(cap, min(wanted, 10**6) * per_page)

    @cached_property
    def count(self) -> int:
        # Without the ordering, which would join the bodies and sort before the LIMIT.
        return self.object_list.order_by()[: self.cap + 1].count()

    @property
    def capped(self) -> bool:
        return self.count > self.cap


def _url_maker(name: str):
    """Return pk -> URL of the view `name` (one int argument), calling reverse() only once.

    reverse() costs some 20 µs; a register page asks for a few hundred URLs.
    """
    marker = "2147483647"
    head, tail = reverse(name, args=[int(marker)]).split(marker)
    return lambda pk: f"{head}{pk}{tail}"


def _mark_editable(user, tasks) -> list[Task]:
    tasks = list(tasks)
    for task in tasks:
        task.can_edit = can_edit_task(user, task)
    return tasks


# Task register ------------------------------------------------------------


def _filtered_tasks(request) -> tuple[TaskFilterForm, QuerySet[Task]]:
    user = request.user
    tasks = visible_tasks(user)
    bodies = Body.objects.order_by("name").only("name")
    if not is_secretariat(user):
        bodies = bodies.filter(pk__in=list(body_roles(user)))

    def owners_of(tasks):
        return Person.objects.filter(
            pk__in=tasks.filter(owner_person__isnull=False).values("owner_person_id")
        ).order_by("family_name", "given_name")

    form = TaskFilterForm(request.GET or None, bodies=bodies, owners=owners_of(tasks))
    form.is_valid()
    # An invalid field is left out of cleaned_data; the valid ones still filter.
    data = getattr(form, "cleaned_data", {})
    if data.get("body"):
        tasks = tasks.filter(body=data["body"])
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
    if data.get("sort") == "-due":
        tasks = tasks.order_by(F("due_date").desc(nulls_last=True), "-id")
    else:
        tasks = tasks.order_by(F("due_date").asc(nulls_last=True), "id")
    return form, tasks


def tasks_csv(tasks) -> tuple[str, str, bytes]:
    """Export tasks as CSV for a spreadsheet (semicolons and a BOM, as German Excel expects)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(
        [
            _("Nr."),
            _("Gremium"),
            _("Aufgabe"),
            _("zuständig"),
            _("fällig am"),
            _("Status"),
            _("überfällig"),
            _("Sitzung"),
        ]
    )
    for task in tasks.iterator(chunk_size=1000):
        owner = task.owner_person.full_name if task.owner_person_id else ""
        if not owner and task.owner_body_id:
            owner = task.owner_body.name
        writer.writerow(
            [
                task.pk,
                task.body.name,
                task.text,
                owner,
                task.due_date.strftime("%d.%m.%Y") if task.due_date else "",
                task.get_status_display(),
                _("ja") if task.is_overdue else "",
                task.meeting.date.strftime("%d.%m.%Y") if task.meeting_id else "",
            ]
        )
    return "aufgaben.csv", "text/csv; charset=utf-8", out.getvalue().encode("utf-8-sig")


@login_required
def task_list(request):
    """Show the task register with filters, 50 tasks a page."""
    form, tasks = _filtered_tasks(request)
    if request.GET.get("format") == "csv":
        filename, mimetype, content = tasks_csv(tasks.select_related(*TASK_RELATED))
        response = HttpResponse(content, content_type=mimetype)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
    # Only what the list shows: no agenda item (with its minutes) or decision per row.
    page = _page(
        request,
        tasks.select_related("body", "owner_person", "owner_body", "meeting").only(
            *TASK_ROW_FIELDS
        ),
    )
    return render(
        request,
        "decisions/task_list.html",
        {
            "form": form,
            "page_obj": page,
            "tasks": _task_rows(page.object_list),
            "has_bodies": is_secretariat(request.user) or bool(body_roles(request.user)),
        },
    )


TASK_ROW_FIELDS = (
    "text",
    "status",
    "due_date",
    "body__name",
    "owner_person__title",
    "owner_person__given_name",
    "owner_person__family_name",
    "owner_body__name",
    "meeting__date",
)


def _task_rows(tasks) -> list[dict]:
    """What each row of the task register shows, worked out here rather than in the template.

    Every lookup, filter and {% url %} in a template loop costs; 50 rows of them were most
    of the page's time.
    """
    task_url, meeting_url = _url_maker("decisions:task"), _url_maker("meetings:detail")
    status_labels = {value: str(label) for value, label in Task.Status.choices}
    today = timezone.localdate()
    rows = []
    for task in tasks:
        due = task.due_date
        if task.owner_person_id:
            owner = task.owner_person.full_name
        elif task.owner_body_id:
            owner = task.owner_body.name
        else:
            owner = None
        rows.append(
            {
                "url": task_url(task.pk),
                "text": Truncator(task.text).chars(160),
                "body": task.body.name,
                "owner": owner,
                "due_iso": due.isoformat() if due else None,
                "due": f"{due:%d.%m.%Y}" if due else None,
                "overdue": task.status in Task.OPEN_STATES and due is not None and due < today,
                "status": status_labels.get(task.status, task.status),
                "done": task.status == Task.Status.DONE,
                "meeting_url": meeting_url(task.meeting_id) if task.meeting_id else None,
                "meeting_date": f"{task.meeting.date:%d.%m.%Y}" if task.meeting_id else None,
            }
        )
    return rows


# Meine Aufgaben -------------------------------------------------------------


@login_required
def my_tasks(request):
    """List the tasks a person owns or their bodies own, open ones first."""
    person = person_of(request.user)
    context = {"person": person}
    if person is not None:
        mine = Task.objects.filter(
            Q(owner_person=person) | Q(owner_body_id__in=list(body_roles(request.user)))
        ).select_related(*TASK_RELATED)
        page = _page(request, mine.filter(status__in=Task.OPEN_STATES))
        done = mine.exclude(status__in=Task.OPEN_STATES).order_by(
            F("done_at").desc(nulls_last=True), "-modified"
        )[:PAGE_SIZE]
        context.update(
            page_obj=page,
            open_tasks=_mark_editable(request.user, page.object_list),
            done_tasks=_mark_editable(request.user, done),
        )
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
            changes = {k: v for k, v in form.cleaned_data.items() if getattr(task, k) != v}
            if not changes:
                messages.info(request, _("Es gab nichts zu ändern."))
                return redirect(task)
            try:
                services.task_update(task=task, actor=request.user, **changes)
            except services.DecisionError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, _("Die Aufgabe wurde gespeichert."))
                return redirect(task)
    elif can_edit:
        form = TaskForm.for_task(task)
    return render(
        request,
        "decisions/task_detail.html",
        {"task": task, "form": form, "can_edit": can_edit},
    )


# Decisions -----------------------------------------------------------------

DECISION_RELATED = ("body", "meeting", "agenda_item")
EXPORTERS = {"csv": exporters.decisions_csv, "xlsx": exporters.decisions_xlsx}


def _decision_years(user) -> list[int]:
    """The years in which the user may see decisions, newest first, in two quick queries.

    DISTINCT over the visible decisions would check every decision (200 ms at scale 1);
    instead take the years from the index and ask, for each, whether one visible decision
    exists: each EXISTS walks that year's decisions and stops at its first hit, as most are.
    """
    years = list(
        Decision.objects.order_by("-year").values_list("year", flat=True).distinct()
    )  # the year index alone
    if not years or is_secretariat(user):
        return years
    # per_row: SQLite walks the year index, not every approved meeting (95 ms → 0.1 ms).
    # The ORM took 20–40 ms to build eleven such subqueries: build one, repeat its SQL.
    one_year = (
        visible_decisions(user, per_row=True).filter(year=YEAR_MARK).order_by().values("pk")[:1]
    )
    sql, params = one_year.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT " + ", ".join(f"EXISTS({sql})" for _year in years),
            [year if p == YEAR_MARK else p for year in years for p in params],
        )
        found = cursor.fetchone()
    return [year for year, seen in zip(years, found, strict=True) if seen]


YEAR_MARK = 2_147_000_123  # stands for the year in the SQL of one year's subquery


def _filtered_decisions(request) -> tuple[DecisionFilterForm, QuerySet[Decision]]:
    decisions = visible_decisions(request.user)
    form = DecisionFilterForm(request.GET or None, years=_decision_years(request.user))
    form.is_valid()
    data = getattr(form, "cleaned_data", {})
    if data.get("body"):
        decisions = decisions.filter(body=data["body"])
    if data.get("year"):
        decisions = decisions.filter(year=data["year"])
    if data.get("kind"):
        decisions = decisions.filter(kind=data["kind"])
    if data.get("topic"):
        decisions = decisions.filter(topics=data["topic"])
    if data.get("q"):
        decisions = decisions.filter(text__icontains=data["q"])
    decisions = (
        decisions.select_related(*DECISION_RELATED)
        .prefetch_related(
            Prefetch(
                "tasks",
                queryset=visible_tasks(request.user)
                .select_related("owner_person", "owner_body")
                .order_by("id"),
                to_attr="visible_tasks",
            ),
            Prefetch("topics", queryset=Topic.objects.order_by("title")),
        )
        .order_by("-meeting__date", "body__name", "sequence")
    )
    return form, decisions


def decision_list(request):
    """Show the register of decisions the user may see, with filters, 50 a page; export it."""
    form, decisions = _filtered_decisions(request)
    export = request.GET.get("format")
    if export:
        if export not in EXPORTERS:
            messages.error(
                request,
                _("Unbekanntes Exportformat „%(format)s“. Möglich sind CSV und XLSX.")
                % {"format": export[:20]},
            )
            query = request.GET.copy()
            query.pop("format")
            return redirect(f"{request.path}?{query.urlencode()}" if query else request.path)
        filename, mimetype, content = EXPORTERS[export](decisions.iterator(chunk_size=500))
        response = HttpResponse(content, content_type=mimetype)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
    # Only what the list shows: not the item's minutes or the meeting's imported source,
    # nor who owns each task.
    decisions = (
        decisions.only(*DECISION_ROW_FIELDS)
        .prefetch_related(None)
        .prefetch_related(*_row_prefetches(request))
    )
    page = CappedPaginator(
        decisions, PAGE_SIZE, cap=COUNT_CAP, number=request.GET.get("page")
    ).get_page(request.GET.get("page"))
    return render(
        request,
        "decisions/decision_list.html",
        {"form": form, "page_obj": page, "decisions": _decision_rows(page.object_list)},
    )


def _row_prefetches(request) -> list[Prefetch]:
    return [
        Prefetch(
            "tasks",
            queryset=visible_tasks(request.user)
            .only("decision_id", "text", "status")
            .order_by("id"),
            to_attr="visible_tasks",
        ),
        Prefetch(
            "topics", queryset=Topic.objects.only("title").order_by("title"), to_attr="topic_list"
        ),
    ]


DECISION_ROW_FIELDS = (
    "year",
    "sequence",
    "kind",
    "text",
    "votes_yes",
    "votes_no",
    "votes_abstain",
    "body__name",
    "body__short_name",
    "meeting__date",
    "agenda_item__number",
    "agenda_item__name",
)


def _decision_rows(decisions) -> list[dict]:
    """What each row of the decision register shows (see _task_rows)."""
    decision_url, meeting_url = _url_maker("decisions:decision"), _url_maker("meetings:detail")
    task_url, topic_url = _url_maker("decisions:task"), _url_maker("decisions:topic")
    kinds = {value: str(label) for value, label in Decision.Kind.choices}
    statuses = {value: str(label) for value, label in Task.Status.choices}
    rows = []
    for decision in decisions:
        date = decision.meeting.date
        votes = None
        if decision.has_votes:
            votes = _("%(y)s ja, %(n)s nein, %(a)s Enthaltungen") % {
                "y": decision.votes_yes,
                "n": decision.votes_no,
                "a": decision.votes_abstain,
            }
        rows.append(
            {
                "pk": decision.pk,
                "url": decision_url(decision.pk),
                "number": decision.register_number,
                "meeting_url": meeting_url(decision.meeting_id),
                "body": decision.body.name,
                "date_iso": date.isoformat(),
                "date": f"{date:%d.%m.%Y}",
                "item": str(decision.agenda_item) if decision.agenda_item_id else None,
                "kind": kinds.get(decision.kind, decision.kind),
                "text": render_markdown(decision.text),
                "votes": votes,
                "tasks": [
                    {
                        "url": task_url(task.pk),
                        "text": Truncator(task.text).chars(80),
                        "status": statuses.get(task.status, task.status),
                    }
                    for task in decision.visible_tasks
                ],
                "topics": [
                    {"url": topic_url(topic.pk), "title": topic.title}
                    for topic in decision.topic_list
                ],
            }
        )
    return rows


def decision_detail(request, pk: int):
    """Show one decision and the tasks that came from it."""
    decision = get_object_or_404(
        visible_decisions(request.user).select_related(*DECISION_RELATED), pk=pk
    )
    tasks = []
    if request.user.is_authenticated:
        tasks = list(
            visible_tasks(request.user)
            .filter(decision=decision)
            .select_related("owner_person", "owner_body")
        )
    linked = list(decision.topics.order_by("title")) if request.user.is_authenticated else []
    return render(
        request,
        "decisions/decision_detail.html",
        {"decision": decision, "tasks": tasks, "topics": linked},
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


# Topics (Vorhaben) --------------------------------------------------------------


def _require_topic_manager(request) -> None:
    if not is_secretariat(request.user):
        raise PermissionDenied


def visible_agenda_items(user) -> QuerySet[AgendaItem]:
    """Items of the user's bodies' meetings, plus public items of approved minutes."""
    if is_secretariat(user):
        return AgendaItem.objects.all()
    return AgendaItem.objects.filter(
        Q(meeting__body_id__in=list(body_roles(user)))
        | Q(meeting__state="minutes_approved", public=True)
    )


@login_required
def topic_list(request):
    """List the topics followed across bodies, with their status; 50 a page."""
    topics = Topic.objects.annotate(
        item_count=Count("agenda_items", distinct=True),
        decision_count=Count("decisions", distinct=True),
        task_count=Count("tasks", distinct=True),
    ).order_by("title")
    status = request.GET.get("status", "")
    if status in Topic.Status.values:
        topics = topics.filter(status=status)
    return render(
        request,
        "decisions/topic_list.html",
        {
            "page_obj": _page(request, topics),
            "statuses": Topic.Status.choices,
            "status": status,
            "can_manage": is_secretariat(request.user),
        },
    )


@login_required
def topic_create(request):
    _require_topic_manager(request)
    form = TopicForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            topic = services.topic_create(actor=request.user, **form.cleaned_data)
        except services.DecisionError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Das Vorhaben wurde angelegt."))
            return redirect(topic)
    return render(
        request, "decisions/topic_form.html", {"form": form, "heading": _("Vorhaben anlegen")}
    )


@login_required
def topic_edit(request, pk: int):
    _require_topic_manager(request)
    topic = get_object_or_404(Topic, pk=pk)
    form = TopicForm.for_topic(topic, request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.topic_update(topic=topic, actor=request.user, **form.cleaned_data)
        except services.DecisionError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Das Vorhaben wurde gespeichert."))
            return redirect(topic)
    return render(
        request,
        "decisions/topic_form.html",
        {"form": form, "heading": _("Vorhaben bearbeiten"), "topic": topic},
    )


@login_required
def topic_detail(request, pk: int):
    """Show a topic's timeline: its items, decisions and tasks across bodies and years."""
    topic = get_object_or_404(Topic, pk=pk)
    user = request.user
    items = (
        visible_agenda_items(user)
        .filter(topics=topic)
        .select_related("meeting__body")
        .order_by("meeting__date", "order")
    )
    decisions = (
        visible_decisions(user)
        .filter(topics=topic)
        .select_related("body", "meeting", "agenda_item")
        .order_by("meeting__date", "sequence")
    )
    tasks = (
        visible_tasks(user)
        .filter(topics=topic)
        .select_related("body", "meeting", "owner_person", "owner_body")
        .order_by("id")
    )
    context = {
        "topic": topic,
        "timeline": topics.timeline(topic, items=items, decisions=decisions, tasks=tasks),
        "can_manage": is_secretariat(user),
    }
    if context["can_manage"]:
        search = TopicSearchForm(request.GET or None)
        query = search.cleaned_data["q"] if search.is_valid() else ""
        context.update(
            status_form=TopicStatusForm(initial={"status": topic.status}),
            search=search,
            query=query,
            found=topics.search(topic, query) if query else [],
            suggestions=topics.suggestions(topic),
        )
    return render(request, "decisions/topic_detail.html", context)


@login_required
@require_POST
def topic_status(request, pk: int):
    _require_topic_manager(request)
    topic = get_object_or_404(Topic, pk=pk)
    form = TopicStatusForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Bitte wählen Sie einen gültigen Status."))
        return redirect(topic)
    try:
        services.topic_set_status(
            topic=topic, status=form.cleaned_data["status"], actor=request.user
        )
    except services.DecisionError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request,
            _("Status des Vorhabens: %(status)s.") % {"status": topic.get_status_display()},
        )
    return redirect(topic)


def _topic_link_change(request, pk: int, service, success: str):
    _require_topic_manager(request)
    topic = get_object_or_404(Topic, pk=pk)
    form = TopicLinkForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Diesen Eintrag gibt es nicht."))
    else:
        try:
            service(topic=topic, actor=request.user, **form.cleaned_data)
        except services.DecisionError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, success)
    return redirect(_safe_next(request, fallback=topic.get_absolute_url()))


@login_required
@require_POST
def topic_link(request, pk: int):
    """Link an agenda item, decision or task to the topic ("Zuordnen")."""
    return _topic_link_change(
        request, pk, services.topic_link, _("Der Eintrag wurde dem Vorhaben zugeordnet.")
    )


@login_required
@require_POST
def topic_unlink(request, pk: int):
    return _topic_link_change(
        request, pk, services.topic_unlink, _("Die Zuordnung wurde entfernt.")
    )


@login_required
def topic_document(request, pk: int):
    """Serve a topic's uploaded document to signed-in users."""
    topic = get_object_or_404(Topic, pk=pk)
    if not topic.document:
        raise Http404
    return FileResponse(
        topic.document.open("rb"),
        as_attachment=True,
        filename=topic.document_name or "dokument",
        content_type=topic.document_mime_type or "application/octet-stream",
    )

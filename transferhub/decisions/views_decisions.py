"""The register of decisions: search, filters, export, a decision's page."""

import functools
from collections import defaultdict

from django.contrib import messages
from django.db import connection, connections
from django.db.models import Prefetch, QuerySet
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from transferhub.lib.db import fixed_rows
from transferhub.lib.fragments import as_html, form_fields_html
from transferhub.lib.links import url_maker
from transferhub.lib.markdown import render_markdown
from transferhub.lib.pagination import CappedPaginator
from transferhub.lib.text import shorten
from transferhub.meetings.models import item_label
from transferhub.network.permissions import is_secretariat

from . import exports
from .forms import DecisionFilterForm
from .models import Decision, Task, Topic, format_register_number
from .permissions import can_see_topics, visible_decisions, visible_tasks
from .views import PAGE_SIZE

COUNT_CAP = 1000  # the decision register counts its hits up to here ("mehr als 1.000")


# Decisions -----------------------------------------------------------------

DECISION_RELATED = ("body", "meeting", "agenda_item")
EXPORTERS = {"csv": exports.decisions_csv, "xlsx": exports.decisions_xlsx}


def _decision_years(user) -> list[int]:
    """The years in which the user may see decisions, newest first, in two quick queries.

    DISTINCT over the visible decisions would check every decision (200 ms at scale 1);
    instead take the years from the index and ask, for each, whether one visible decision
    exists: each EXISTS walks that year's decisions and stops at its first hit, as most are.
    """
    years = [  # the year index alone
        year
        for (year,) in fixed_rows(
            "decision-years", Decision.objects.order_by("-year").values_list("year").distinct()
        )
    ]
    if not years or is_secretariat(user):
        return years
    # per_row: SQLite walks the year index, not every approved meeting (95 ms → 0.1 ms).
    # The ORM took 20–40 ms to build eleven such subqueries: build one, repeat its SQL.
    one_year = (
        visible_decisions(user, per_row=True).filter(year=YEAR_MARK).order_by().values("pk")[:1]
    )
    sql, params = one_year.query.sql_with_params()
    if list(params).count(YEAR_MARK) != 1:  # the mark's value stands for something else too
        return [y for y in years if visible_decisions(user).filter(year=y).exists()]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT " + ", ".join(f"EXISTS({sql})" for _year in years),
            [year if p == YEAR_MARK else p for year in years for p in params],
        )
        found = cursor.fetchone()
    return [year for year, seen in zip(years, found, strict=True) if seen]


# Stands for the year in the SQL of one year's subquery. Within the column's range:
# Django turns a lookup beyond a PostgreSQL smallint into "no rows" before any SQL.
YEAR_MARK = 32_109


def _topics_for(user) -> QuerySet[Topic]:
    """The topics a decision may name to this reader: none for those who may not see topics."""
    return Topic.objects.order_by("title") if can_see_topics(user) else Topic.objects.none()


def _filtered_decisions(request) -> tuple[DecisionFilterForm, QuerySet[Decision]]:
    decisions = visible_decisions(request.user)
    form = DecisionFilterForm(request.GET or None, years=_decision_years(request.user))
    if not can_see_topics(request.user):
        del form.fields["topic"]  # its choices would name the topics
    form.is_valid()
    data = getattr(form, "cleaned_data", {})
    if data.get("body"):
        decisions = decisions.filter(body=data["body"])
    if data.get("year"):
        decisions = decisions.filter(year=data["year"])
    if data.get("kind"):
        decisions = decisions.filter(kind=data["kind"])
    if data.get("topic") and can_see_topics(request.user):
        decisions = decisions.filter(topics=data["topic"])
    if data.get("q"):
        decisions = decisions.filter(text__icontains=data["q"])
    return form, decisions.order_by("-meeting__date", "body__name", "sequence")


def _with_related(user, decisions: QuerySet[Decision]) -> QuerySet[Decision]:
    """The decisions with what the exports write of each: body, meeting, item, tasks, topics."""
    return decisions.select_related(*DECISION_RELATED).prefetch_related(
        Prefetch(
            "tasks",
            queryset=visible_tasks(user)
            .select_related("owner_person", "owner_body")
            .order_by("id"),
            to_attr="visible_tasks",
        ),
        Prefetch("topics", queryset=_topics_for(user)),
    )


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
        filename, mimetype, content = EXPORTERS[export](
            _with_related(request.user, decisions).iterator(chunk_size=500)
        )
        response = HttpResponse(content, content_type=mimetype)
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
    # Only what the list shows, as plain tuples, and the rows' tasks and topics in one
    # query each: model instances for 50 decisions with their meeting, body, item, tasks
    # and topics cost some 5 ms, more than the queries themselves.
    # Counted on the decisions alone: the rows' joins would make the count dearer.
    page = CappedPaginator(
        decisions, PAGE_SIZE, cap=COUNT_CAP, number=request.GET.get("page")
    ).get_page(request.GET.get("page"))
    rows = _decision_rows(request.user, page.object_list.values_list(*DECISION_ROW_VALUES))
    return render(
        request,
        "decisions/decision_list.html",
        {
            "form": form,
            "form_fields": form_fields_html(form),
            "page_obj": page,
            "decisions": rows,
            "decision_rows": _decision_rows_html(rows),
        },
    )


DECISION_ROW_VALUES = (
    "pk",
    "year",
    "sequence",
    "kind",
    "text",
    "votes_yes",
    "votes_no",
    "votes_abstain",
    "body__name",
    "body__short_name",
    "meeting_id",
    "meeting__date",
    "agenda_item_id",
    "agenda_item__number",
    "agenda_item__name",
)


def _decision_rows(user, decisions) -> list[dict]:
    """What each row of the decision register shows (see _task_rows).

    `decisions` are tuples of DECISION_ROW_VALUES; the tasks are those `user` may see.
    """
    decisions = list(decisions)
    ids = [row[0] for row in decisions]
    decision_url, meeting_url = url_maker("decisions:decision"), url_maker("meetings:detail")
    task_url, topic_url = url_maker("decisions:task"), url_maker("decisions:topic")
    kinds = {value: str(label) for value, label in Decision.Kind.choices}
    statuses = {value: str(label) for value, label in Task.Status.choices}
    tasks = defaultdict(list)
    for decision_id, pk, text, status in (
        visible_tasks(user)
        .filter(decision_id__in=ids)
        .order_by("id")
        .values_list("decision_id", "pk", "text", "status")
    ):
        tasks[decision_id].append(
            {
                "url": task_url(pk),
                "text": shorten(text, 80),
                "status": statuses.get(status, status),
            }
        )
    topics = defaultdict(list)
    # Who may see topics sees them all (_topics_for); the others see none: no query.
    named = _topics_of(ids) if can_see_topics(user) else ()
    for decision_id, pk, title in named:
        topics[decision_id].append({"url": topic_url(pk), "title": title})
    rows = []
    for (
        pk,
        year,
        sequence,
        kind,
        text,
        votes_yes,
        votes_no,
        votes_abstain,
        body,
        body_short,
        meeting_id,
        date,
        item_id,
        item_number,
        item_name,
    ) in decisions:
        votes = None
        if votes_yes is not None:  # Decision.has_votes
            votes = ngettext(
                "%(y)s ja, %(n)s nein, %(a)s Enthaltung",
                "%(y)s ja, %(n)s nein, %(a)s Enthaltungen",
                votes_abstain,
            ) % {"y": votes_yes, "n": votes_no, "a": votes_abstain}
        item = item_label(item_number, item_name) if item_id else None
        rows.append(
            {
                "pk": pk,
                "url": decision_url(pk),
                "number": format_register_number(body_short, body, year, sequence),
                "meeting_url": meeting_url(meeting_id),
                "body": body,
                "date_iso": date.isoformat(),
                "date": f"{date:%d.%m.%Y}",
                "item": item,
                "kind": kinds.get(kind, kind),
                "text": render_markdown(text),
                "votes": votes,
                "tasks": tasks[pk],
                "topics": topics[pk],
            }
        )
    return rows


def _topics_of(ids: list[int]) -> list[tuple[int, int, str]]:
    """(decision, topic, title) for the topics of these decisions, by title.

    What `Topic.decisions.through.objects.filter(decision_id__in=ids).order_by("topic__title",
    "topic_id").values_list("decision_id", "topic_id", "topic__title")` reads, with SQL written
    once: Django built that query in 0.4 ms of CPU for 0.01 ms of SQL.
    """
    if not ids:
        return []
    with connection.cursor() as cursor:
        cursor.execute(_topics_sql(connection.alias, len(ids)), ids)
        return cursor.fetchall()


@functools.lru_cache(maxsize=128)
def _topics_sql(alias: str, count: int) -> str:
    quote = connections[alias].ops.quote_name
    link_meta, topic_meta = Topic.decisions.through._meta, Topic._meta
    link, topic = quote(link_meta.db_table), quote(topic_meta.db_table)
    decision_id = f"{link}.{quote(link_meta.get_field('decision').column)}"
    topic_id = f"{link}.{quote(link_meta.get_field('topic').column)}"
    title = f"{topic}.{quote(topic_meta.get_field('title').column)}"
    return (
        f"SELECT {decision_id}, {topic_id}, {title} FROM {link} "
        f"INNER JOIN {topic} ON ({topic_id} = {topic}.{quote(topic_meta.pk.column)}) "
        f"WHERE {decision_id} IN ({', '.join(['%s'] * count)}) "
        f"ORDER BY {title} ASC, {topic_id} ASC"
    )


def _decision_rows_html(rows: list[dict]) -> str:
    """The register's rows as the template once wrote them, byte for byte (see _task_rows_html)."""
    topic_label = as_html(_("Vorhaben"))
    none = '<span class="muted">–</span>'
    out = []
    for row in rows:
        if row["tasks"]:
            tasks = "".join(
                f'<li><a href="{as_html(task["url"])}">{as_html(task["text"])}</a>'
                f" ({as_html(task['status'])})</li>"
                for task in row["tasks"]
            )
            tasks = f'<ul class="plain">{tasks}</ul>'
        else:
            tasks = none
        topics = "".join(
            f'<p class="muted">{topic_label}: <a href="{as_html(topic["url"])}">'
            f"{as_html(topic['title'])}</a></p>"
            for topic in row["topics"]
        )
        out.append(
            f'\n    <tr id="decision-{row["pk"]}">'
            f'\n      <th scope="row"><a href="{as_html(row["url"])}">'
            f"{as_html(row['number'])}</a></th>"
            f'\n      <td><a href="{as_html(row["meeting_url"])}">{as_html(row["body"])}, '
            f'<time datetime="{as_html(row["date_iso"])}">{as_html(row["date"])}</time></a></td>'
            f"\n      <td>{as_html(row['item']) if row['item'] else '–'}</td>"
            f"\n      <td>{as_html(row['kind'])}</td>"
            f'\n      <td class="minutes">{as_html(row["text"])}</td>'
            f"\n      <td>{as_html(row['votes']) if row['votes'] else none}</td>"
            f"\n      <td>{tasks}\n        {topics}</td>"
            "\n    </tr>\n  "
        )
    return mark_safe("".join(out))  # noqa: S308 - every value escaped above


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
    linked = list(decision.topics.order_by("title")) if can_see_topics(request.user) else []
    return render(
        request,
        "decisions/decision_detail.html",
        {"decision": decision, "tasks": tasks, "topics": linked},
    )

"""The meeting page's agenda part read as values, its queries' SQL built once per process.

Rendering the part (views.meetings._agenda_part) is what the first request after a change
costs. Read as model instances with their prefetches, a meeting of 28 items with its
presenters, decisions, tasks, files and consulted papers cost some 5 ms of Django building
six queries and some 150 instances, for 0.4 ms of SQLite. Here each query is built once
(lib.db.rows_by_ids, keyed by the meeting's id) and each row becomes a plain object with
the attribute names of its model that the part reads (`agenda_rows`'s builders, the
template, `_item_facts`), so they read these rows and the ORM's instances alike (an item's
section rendered again after a change reads instances: views.meetings._section_items).
"""

from types import SimpleNamespace

from django.db.models import F

from transferhub.lib.db import rows_by_ids
from transferhub.network.models import person_full_name

from .models import AgendaItem, Attachment, Presentation
from .related import decision_model, task_model

# The columns of an item the part reads, in the order the rows give them.
ITEM_COLUMNS = (
    "pk",
    "number",
    "name",
    "kind",
    "duration_minutes",
    "status",
    "public",
    "minutes",
    "approves_minutes_of_id",
    "approves_date",
    "actual_start",
    "version",
    "modified",
)
DECISION_COLUMNS = ("kind", "text", "votes_yes", "votes_no", "votes_abstain", "modified")
TASK_COLUMNS = ("text", "due_date", "status", "modified")
ATTACHMENT_COLUMNS = ("pk", "agenda_item_id", "number", "name", "size")


def agenda_values(meeting_id: int, *, full: bool) -> tuple[list, list]:
    """(items, the meeting's files) as `_agenda_items(as_lists=True)` and the files' query give.

    Each item has decision_list, attachment_list and (full) task_list in the ORM's orders,
    and `presenters`, the row's "Wer" ("Name (Organisation), …"). Five queries; the papers
    the items consult are read by related.papers_of_meeting().
    """
    ids = [meeting_id]
    items = []
    by_pk = {}
    for row in rows_by_ids("agenda-values-items", AgendaItem, ids, _items):
        item = SimpleNamespace(**dict(zip(ITEM_COLUMNS, row, strict=True)))
        item.is_break = item.kind == AgendaItem.Kind.BREAK
        item.decision_list, item.attachment_list = [], []
        if full:
            item.task_list = []
        items.append(item)
        by_pk[item.pk] = item
    if not items:
        return [], _attachments(meeting_id, by_pk)
    presenters = {item.pk: [] for item in items}
    for item_id, title, given, family, organisation_id, organisation in rows_by_ids(
        "agenda-values-presenters", Presentation, ids, _presenters
    ):
        name = person_full_name(title, given, family)
        presenters[item_id].append(f"{name} ({organisation})" if organisation_id else name)
    for item in items:
        item.presenters = ", ".join(presenters[item.pk])
    # The model's rules, applied to a row.
    register_number = decision_model().register_number.fget
    has_votes = decision_model().has_votes.fget
    bodies = {}
    for item_id, short_name, body_name, year, sequence, *values in rows_by_ids(
        "agenda-values-decisions", decision_model(), ids, _decisions
    ):
        decision = SimpleNamespace(**dict(zip(DECISION_COLUMNS, values, strict=True)))
        decision.body = bodies.get((short_name, body_name))
        if decision.body is None:
            decision.body = bodies[(short_name, body_name)] = SimpleNamespace(
                short_name=short_name, name=body_name
            )
        decision.year, decision.sequence = year, sequence
        decision.register_number = register_number(decision)
        decision.has_votes = has_votes(decision)
        by_pk[item_id].decision_list.append(decision)
    if full:
        for item_id, person_id, title, given, family, body_id, body_name, *values in rows_by_ids(
            "agenda-values-tasks", task_model(), ids, _tasks
        ):
            task = SimpleNamespace(**dict(zip(TASK_COLUMNS, values, strict=True)))
            # What str(task.owner) gives: the person's full name, else the body's name.
            task.owner = (
                person_full_name(title, given, family)
                if person_id is not None
                else body_name
                if body_id is not None
                else None
            )
            by_pk[item_id].task_list.append(task)
    return items, _attachments(meeting_id, by_pk)


def _attachments(meeting_id: int, by_pk: dict) -> list:
    """The meeting's files by number, each in its item's attachment_list as well."""
    attachments = []
    for row in rows_by_ids("agenda-values-files", Attachment, [meeting_id], _files):
        attachment = SimpleNamespace(**dict(zip(ATTACHMENT_COLUMNS, row, strict=True)))
        attachment.label = Attachment.label.fget(attachment)  # the model's rule, on a row
        attachment.agenda_item = item = by_pk.get(attachment.agenda_item_id)
        if item is not None:
            item.attachment_list.append(attachment)
        attachments.append(attachment)
    return attachments


# The queries, each taking nothing but the meeting's id (lib.db.rows_by_ids builds each once).


def _items(ids):
    return (
        AgendaItem.objects.filter(meeting_id__in=ids)
        # The date of the minutes an item approves: one column, not the meeting's row.
        .annotate(approves_date=F("approves_minutes_of__date"))
        .order_by("order")
        .values_list(*ITEM_COLUMNS)
    )


def _presenters(ids):
    return (
        Presentation.objects.filter(agenda_item__meeting_id__in=ids)
        .order_by("agenda_item_id", "order", "id")  # within an item: Presentation.Meta.ordering
        .values_list(
            "agenda_item_id",
            "person__title",
            "person__given_name",
            "person__family_name",
            "organisation_id",
            "organisation__name",
        )
    )


def _decisions(ids):
    return (
        decision_model()
        .objects.filter(agenda_item__meeting_id__in=ids)
        .order_by("pk")
        .values_list(
            "agenda_item_id",
            "body__short_name",
            "body__name",
            "year",
            "sequence",
            *DECISION_COLUMNS,
        )
    )


def _tasks(ids):
    return (
        task_model()
        .objects.filter(agenda_item__meeting_id__in=ids)
        .order_by("pk")
        .values_list(
            "agenda_item_id",
            "owner_person_id",
            "owner_person__title",
            "owner_person__given_name",
            "owner_person__family_name",
            "owner_body_id",
            "owner_body__name",
            *TASK_COLUMNS,
        )
    )


def _files(ids):
    return (
        Attachment.objects.filter(meeting_id__in=ids)
        .order_by("number")
        .values_list(*ATTACHMENT_COLUMNS)
    )

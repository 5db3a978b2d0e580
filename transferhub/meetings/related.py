"""Decisions and tasks as meetings sees them: through the agenda item's relations.

The decisions app sits above meetings (its models point at meetings'), so meetings
never imports it. Its pages still show an item's decisions and tasks: they follow the
reverse relations `AgendaItem.decisions` and `AgendaItem.tasks`, and the models
behind them, for prefetching and for the labels of their choices.
"""

from transferhub.lib.db import rows_by_ids

from .models import AgendaItem


def decision_model():
    """The model behind `item.decisions` (known once every app is loaded)."""
    return AgendaItem.decisions.rel.related_model


def task_model():
    """The model behind `item.tasks`."""
    return AgendaItem.tasks.rel.related_model


def papers_of_items(item_ids) -> dict[int, list[dict]]:
    """The papers (Vorlagen) each item consults, by item id, in one query: [{label, url}].

    The papers app keeps consultations (`AgendaItem.consultations`); without it: none.
    Read as values, the SQL built once per number of items (lib.db.rows_by_ids): an item's
    page asks on every view.
    """
    item_ids = list(item_ids)
    return _papers_by_item("item-papers", "agenda_item_id__in", item_ids) if item_ids else {}


def papers_of_meeting(meeting_id: int) -> dict[int, list[dict]]:
    """`papers_of_items()` of all the meeting's items, read as values, its SQL built once.

    For the meeting page's agenda (agenda_values.py): no instance unless a paper is linked.
    """
    return _papers_by_item("meeting-papers", "agenda_item__meeting_id__in", [meeting_id])


def _papers_by_item(key: str, lookup: str, ids: list[int]) -> dict[int, list[dict]]:
    """The consultations whose `lookup` is in ids, as `_paper_links()`; none without papers."""
    relation = getattr(AgendaItem, "consultations", None)
    if relation is None:
        return {}
    consultation = relation.rel.related_model

    def build(ids):
        return (
            consultation.objects.filter(**{lookup: ids})
            .order_by("paper__reference", "pk")
            .values_list("agenda_item_id", "paper_id", "paper__reference", "paper__title")
        )

    rows = rows_by_ids(key, consultation, ids, build)
    return _paper_links(rows) if rows else {}


def _paper_links(rows) -> dict[int, list[dict]]:
    """{item id: [{pk, label, url}]} from (item id, paper id, reference, title), each paper
    once per item."""
    found: dict[int, list[dict]] = {}
    paper_model = None
    for item_id, paper_id, reference, title in rows:
        links = found.setdefault(item_id, [])
        if all(link["pk"] != paper_id for link in links):
            if paper_model is None:
                relation = AgendaItem.consultations.rel.related_model
                paper_model = relation._meta.get_field("paper").related_model
            # The paper's own URL rule, on an instance that holds its id.
            url = paper_model(pk=paper_id).get_absolute_url()
            links.append({"pk": paper_id, "label": f"{reference}: {title}", "url": url})
    return found

"""Decisions and tasks as meetings sees them: through the agenda item's relations.

The decisions app sits above meetings (its models point at meetings'), so meetings
never imports it. Its pages still show an item's decisions and tasks: they follow the
reverse relations `AgendaItem.decisions` and `AgendaItem.tasks`, and the models
behind them, for prefetching and for the labels of their choices.
"""

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
    """
    relation = getattr(AgendaItem, "consultations", None)
    item_ids = list(item_ids)
    if relation is None or not item_ids:
        return {}
    consultations = (
        relation.rel.related_model.objects.filter(agenda_item_id__in=item_ids)
        .select_related("paper")
        .order_by("paper__reference", "pk")
    )
    found: dict[int, list[dict]] = {}
    for c in consultations:
        links = found.setdefault(c.agenda_item_id, [])
        if all(link["pk"] != c.paper_id for link in links):
            links.append(
                {
                    "pk": c.paper_id,
                    "label": f"{c.paper.reference}: {c.paper.title}",
                    "url": c.paper.get_absolute_url(),
                }
            )
    return found

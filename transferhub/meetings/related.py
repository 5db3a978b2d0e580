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

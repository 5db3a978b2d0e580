"""Postponed items land in their body's backlog by themselves.

Meetings knows nothing of planning; Django's post_save of an agenda item is the hook
(minutes_record, the recording page and the API all save the status through it).
"""

from django.db.models.signals import post_save

from transferhub.meetings.models import AgendaItem

from .models import BacklogEntry


def _on_item_saved(sender, instance: AgendaItem, created: bool, update_fields=None, **kwargs):
    if created and instance.status != AgendaItem.Status.POSTPONED:
        return
    if update_fields is not None and "status" not in update_fields:
        return
    if instance.status == AgendaItem.Status.POSTPONED:
        from .services import postponed_entry_ensure

        postponed_entry_ensure(instance)
    else:
        # No longer postponed (a correction): an entry nobody took yet goes again.
        BacklogEntry.objects.filter(source_item=instance, state=BacklogEntry.State.OPEN).delete()


def connect() -> None:
    post_save.connect(_on_item_saved, sender=AgendaItem, dispatch_uid="planning_postponed")

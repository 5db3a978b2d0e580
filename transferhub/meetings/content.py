"""A meeting's content stamp: it moves with every change its page shows.

The meeting page caches its agenda and minutes part keyed by `Meeting.content_stamp`,
and OParl counts `Meeting.content_modified` in a meeting's `modified`. Both move here:
a meeting's own save gives it a new stamp (Meeting.save), and every app whose rows the
page shows watches its models with `watch()`, so a save or delete of an item, presenter,
decision, task, file or consulted paper, or a rename of a person or body shown there,
moves the stamp of the meetings concerned in the same transaction. Writes that bypass
save() (queryset.update(), bulk_create()) call `meeting_content_changed()` themselves.
"""

from collections.abc import Callable

from django.db.models import Model, Q
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from .models import Meeting, new_content_stamp


def meeting_content_changed(which: Q | int) -> None:
    """Move the content stamp of the meetings `which` selects (a Q or one meeting's id)."""
    meetings = Meeting.objects.filter(pk=which) if isinstance(which, int) else Meeting.objects
    if isinstance(which, Q):
        meetings = meetings.filter(which)
        # A Q across relations can join to one meeting many times.
        meetings = Meeting.objects.filter(pk__in=meetings.values("pk"))
    meetings.update(content_stamp=new_content_stamp(), content_modified=timezone.now())


def watch(
    model: type[Model], meetings_of: Callable[[Model], Q | int | None], *, on_create: bool = True
) -> None:
    """After every save and delete of `model`, move the stamp of the meetings it shows on.

    `meetings_of(instance)` says which: a meeting's id, a Q on Meeting, or None (none).
    on_create=False: a new row is shown nowhere yet. A row deleted because its meeting
    is deleted moves nothing.
    """

    def changed(sender, instance, **kwargs) -> None:
        if kwargs.get("created") and not on_create:
            return
        origin = kwargs.get("origin")
        if isinstance(origin, Meeting) or getattr(origin, "model", None) is Meeting:
            return
        which = meetings_of(instance)
        if which is not None:
            meeting_content_changed(which)

    # One receiver per model and watcher: apps may both watch a model (a person presents
    # in meetings and owns tasks in decisions).
    uid = f"meeting-content:{model._meta.label}:{meetings_of.__module__}"
    post_save.connect(changed, sender=model, weak=False, dispatch_uid=uid)
    post_delete.connect(changed, sender=model, weak=False, dispatch_uid=uid)


def watch_meetings_app() -> None:
    """The rows of meetings and network that the meeting page shows."""
    from transferhub.network.models import Organisation, Person

    from .models import AgendaItem, Attachment, Presentation

    watch(AgendaItem, lambda item: item.meeting_id)
    watch(Attachment, lambda attachment: attachment.meeting_id)
    watch(Presentation, lambda p: Q(agenda_items=p.agenda_item_id))
    # The names of presenters and their organisations.
    watch(
        Person,
        lambda person: Q(agenda_items__presentations__person=person.pk),
        on_create=False,
    )
    watch(
        Organisation,
        lambda org: Q(agenda_items__presentations__organisation=org.pk),
        on_create=False,
    )
    # An item approving an earlier meeting's minutes shows that meeting's date.
    watch(
        Meeting,
        lambda meeting: Q(agenda_items__approves_minutes_of=meeting.pk),
        on_create=False,
    )

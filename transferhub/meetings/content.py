"""A meeting's content stamp: it moves with every change its page shows.

The meeting page caches its agenda and minutes part keyed by `Meeting.content_stamp`,
and OParl counts `Meeting.content_modified` in a meeting's `modified`. Both move here:
a meeting's own save gives it a new stamp (Meeting.save), and every app whose rows the
page shows watches its models with `watch()`, so a save or delete of an item, presenter,
decision, task, file or consulted paper, or a rename of a person or body shown there,
moves the stamp of the meetings concerned in the same transaction. Writes that bypass
save() (queryset.update(), bulk_create()) call `meeting_content_changed()` themselves.
A save of an item's minutes text or status alone moves no stamp, nor does a decision or
task that stays on its item (`quiet=`): the page renders each item's minutes section
apart, keyed by the item's version and its decisions' and tasks' latest change, and
checks what else such a change shows (`minutes_text_saved`, `stays_on_its_item`).
"""

from collections.abc import Callable

from django.db.models import Model, Q
from django.db.models.signals import post_delete, post_save, pre_save
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


# Set on an instance before its save (pre_save) when the save changes nothing the cached
# part shows: the receivers below then move no stamp. A save is found quiet in one of two
# ways, both before it runs:
# - by the watcher's own rule, `watch(..., quiet=)` (decisions and tasks that stay on their
#   item, stays_on_its_item): asked with the row's links as stored, for a new row too;
# - by a pre_save receiver of the app that knows the model's saves (an item's minutes text
#   or status alone, minutes_text_saved): for a stored row only, never a new one.
# Either way only a save is quiet: a delete always moves the stamp. (A save naming none of
# the links in update_fields spares the read of the stored links; that alone is not quiet.)
QUIET = "_meeting_content_quiet"


def links_of(model: type[Model]) -> set[str]:
    """The fields that hang a row on a meeting or an item (and their attnames)."""
    fields = [f for f in model._meta.concrete_fields if f.is_relation]
    return {f.name for f in fields} | {f.attname for f in fields}


def watch(
    model: type[Model],
    meetings_of: Callable[[Model], Q | int | None],
    *,
    on_create: bool = True,
    moves: bool = False,
    quiet: Callable[[Model, Model | None], bool] | None = None,
) -> None:
    """After every save and delete of `model`, move the stamp of the meetings it shows on.

    `meetings_of(instance)` says which: a meeting's id, a Q on Meeting, or None (none).
    on_create=False: a new row is shown nowhere yet. moves=True: a saved row may have
    moved to another meeting or item (a task, a consultation), so the meetings it was
    shown on before move too (one read of the stored row's links per save). A row deleted
    because its meeting is deleted moves nothing. With moves=True, `quiet(instance,
    stored)` (stored: its links as stored, None for a new row) may say that a save changes
    only what the page renders apart per item: then it moves no stamp.
    """
    if quiet is not None and not moves:
        # The rule is asked with the stored row's links, which only moves=True reads.
        raise ValueError("watch(quiet=...) needs moves=True")
    shown_before = f"_meeting_content_before_{meetings_of.__module__}"

    def remember(sender, instance, **kwargs) -> None:
        stored = None
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and not set(update_fields) & links_of(sender):
            # A save naming none of the links (an item's minutes text) moves the row nowhere.
            setattr(instance, shown_before, None)
            stored = instance  # its links as stored
        elif instance.pk is not None and not kwargs.get("raw"):
            # Only its links: which meeting or item it hangs on, not its minutes or texts.
            links = sorted(links_of(sender))
            stored = sender._base_manager.only(*links).filter(pk=instance.pk).order_by().first()
            setattr(instance, shown_before, meetings_of(stored) if stored is not None else None)
        else:
            setattr(instance, shown_before, None)
        if quiet is not None:
            instance.__dict__.pop(QUIET, None)  # decided afresh for every save
            # The page renders the row's section again keyed by the latest `modified` of
            # the item's rows: a save that leaves `modified` as it was must move the stamp.
            saves_modified = update_fields is None or "modified" in update_fields
            if saves_modified and not kwargs.get("raw") and quiet(instance, stored):
                setattr(instance, QUIET, True)

    def found_quiet(instance, *, created: bool) -> bool:
        """Whether this save was found quiet before it ran (see QUIET): by this watcher's
        rule, or, for a stored row, by the app's pre_save receiver."""
        return bool(instance.__dict__.get(QUIET)) and (quiet is not None or not created)

    def changed(sender, instance, **kwargs) -> None:
        created = bool(kwargs.get("created"))
        if created and not on_create:
            return
        # A delete always moves, even with the flag of an earlier save still on the instance.
        if kwargs.get("signal") is post_save and found_quiet(instance, created=created):
            return
        origin = kwargs.get("origin")
        if isinstance(origin, Meeting) or getattr(origin, "model", None) is Meeting:
            return
        which = meetings_of(instance)
        before = instance.__dict__.pop(shown_before, None)
        if before is not None and before != which:
            meeting_content_changed(before)
        if which is not None:
            meeting_content_changed(which)

    # One receiver per model and watcher: apps may both watch a model (a person presents
    # in meetings and owns tasks in decisions).
    uid = f"meeting-content:{model._meta.label}:{meetings_of.__module__}"
    if moves:
        pre_save.connect(remember, sender=model, weak=False, dispatch_uid=uid)
    post_save.connect(changed, sender=model, weak=False, dispatch_uid=uid)
    post_delete.connect(changed, sender=model, weak=False, dispatch_uid=uid)


# What a save of an item's minutes names (minutes_record, minutes_correct): its text and
# status change only that item's section and, at the most, facts its row and the page
# check when they read the part (meetings.views.meetings._sections_refresh).
SECTION_FIELDS = frozenset({"minutes", "status", "version", "modified"})


def minutes_text_saved(sender, instance, update_fields=None, raw=False, **kwargs) -> None:
    """Before a save of an item's minutes text or status alone: leave the meeting's stamp.

    The meeting page's cached part holds each item's minutes section as a marker; the
    section is rendered apart, keyed by the item's version and modified time, so after a
    minutes save the page renders that one section, not the whole agenda. Where the save
    changes more (a first text gives the page its minutes part, a status its row's badge),
    the page finds that out when it reads the part, and renders it anew.
    """
    instance.__dict__.pop(QUIET, None)  # decided afresh for every save
    if raw or instance.pk is None or update_fields is None:
        return
    if "modified" in update_fields and frozenset(update_fields) <= SECTION_FIELDS:
        setattr(instance, QUIET, True)


def stays_on_its_item(row: Model, stored: Model | None) -> bool:
    """Quiet for a decision or task: a new one on an item, or one that stays on its item.

    The meeting page shows an item's decisions and tasks in that item's minutes section,
    which it renders apart, keyed by their latest change; where a first decision changes
    more (the row's link, the page's minutes part), the page finds that out when it reads
    the part (meetings.views.meetings._sections_refresh).
    """
    if row.agenda_item_id is None:
        return False
    return stored is None or (
        stored.agenda_item_id == row.agenda_item_id and stored.meeting_id == row.meeting_id
    )


def watch_meetings_app() -> None:
    """The rows of meetings and network that the meeting page shows."""
    from transferhub.network.models import Organisation, Person

    from .models import AgendaItem, Attachment, Presentation

    watch(AgendaItem, lambda item: item.meeting_id, moves=True)
    pre_save.connect(minutes_text_saved, sender=AgendaItem, dispatch_uid="minutes-text-saved")
    watch(Attachment, lambda attachment: attachment.meeting_id, moves=True)
    watch(Presentation, lambda p: Q(agenda_items=p.agenda_item_id), moves=True)
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

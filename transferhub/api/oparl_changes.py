"""Tombstones for OParl: what stops being public stays at its URL with `deleted: true`.

A client that stored the whole endpoint updates itself with `modified_since`. An object
deleted, or no longer public (a meeting set back from approved minutes, an item made
internal, an attachment removed, a paper withdrawn from the public), would otherwise
vanish from every list and the client would never learn of it. Signals on the models
compare what was public before a save or delete with what is public after it and write
(or, when it comes back, remove) an OparlTombstone for each object that went.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models.signals import post_save, pre_delete, pre_save
from django.utils import timezone

from transferhub.meetings.models import AgendaItem, Attachment, Meeting
from transferhub.papers.models import Consultation, Paper, PaperFile, PaperFileVersion

from . import oparl
from .models import OparlTombstone


@dataclass
class Entry:
    kind: str
    pk: int
    created: object
    meeting_id: int | None = None
    item_id: int | None = None
    organization_id: int | None = None
    data: dict = field(default_factory=dict)


def _public_sets() -> dict:
    return {
        "meeting": oparl.public_meetings,
        "location": oparl.public_locations,
        "agendaitem": oparl.public_items,
        "file": oparl.public_files,
        "paper": oparl.public_papers,
        "consultation": oparl.public_consultations,
        "paperfile": oparl.public_paper_files,
    }


def _item_entries(items) -> list[Entry]:
    return [
        Entry("agendaitem", i.pk, i.created, meeting_id=i.meeting_id, data={"order": i.order})
        for i in items
    ]


def _file_entries(files) -> list[Entry]:
    return [
        Entry(
            "file",
            a.pk,
            a.created,
            meeting_id=a.meeting_id,
            item_id=a.agenda_item_id,
            data={"meeting": a.meeting_id},
        )
        for a in files
    ]


def _version_entries(versions) -> list[Entry]:
    return [
        Entry("paperfile", v.pk, v.created, data={"paper": v.paper_file.paper_id}) for v in versions
    ]


def entries(instance) -> list[Entry]:
    """The OParl objects whose being public may change with this instance."""
    if isinstance(instance, Meeting):
        items = AgendaItem.objects.filter(meeting_id=instance.pk).only(
            "id", "created", "meeting_id", "order"
        )
        files = Attachment.objects.filter(meeting_id=instance.pk).only(
            "id", "created", "meeting_id", "agenda_item_id"
        )
        return [
            Entry("meeting", instance.pk, instance.created, organization_id=instance.body_id),
            Entry("location", instance.pk, instance.created),
            *_item_entries(items),
            *_file_entries(files),
        ]
    if isinstance(instance, AgendaItem):
        files = Attachment.objects.filter(agenda_item_id=instance.pk).only(
            "id", "created", "meeting_id", "agenda_item_id"
        )
        return [*_item_entries([instance]), *_file_entries(files)]
    if isinstance(instance, Attachment):
        return _file_entries([instance])
    if isinstance(instance, Paper):
        versions = PaperFileVersion.objects.filter(paper_file__paper_id=instance.pk).select_related(
            "paper_file"
        )
        return [
            Entry("paper", instance.pk, instance.created),
            *[Entry("consultation", c.pk, c.created) for c in instance.consultations.all()],
            *_version_entries(versions),
        ]
    if isinstance(instance, PaperFile):
        return _version_entries(instance.versions.select_related("paper_file"))
    if isinstance(instance, PaperFileVersion):
        return _version_entries([instance])
    if isinstance(instance, Consultation):
        return [Entry("consultation", instance.pk, instance.created)]
    return []


def public_keys(found: list[Entry]) -> set[tuple[str, int]]:
    """Which of the entries are public now (one query per kind)."""
    by_kind: dict[str, list[int]] = {}
    for e in found:
        by_kind.setdefault(e.kind, []).append(e.pk)
    sets = _public_sets()
    keys = set()
    for kind, ids in by_kind.items():
        for pk in sets[kind]().filter(pk__in=ids).values_list("pk", flat=True):
            keys.add((kind, pk))
    return keys


def tombstones_write(gone: list[Entry]) -> None:
    now = timezone.now()
    for e in gone:
        OparlTombstone.objects.update_or_create(
            kind=e.kind,
            object_id=e.pk,
            defaults={
                "meeting_id": e.meeting_id,
                "item_id": e.item_id,
                "organization_id": e.organization_id,
                "data": e.data,
                "created": e.created or now,
                "modified": now,
            },
        )


def tombstones_remove(keys: set[tuple[str, int]]) -> None:
    by_kind: dict[str, list[int]] = {}
    for kind, pk in keys:
        by_kind.setdefault(kind, []).append(pk)
    for kind, ids in by_kind.items():
        OparlTombstone.objects.filter(kind=kind, object_id__in=ids).delete()


# Saves that cannot change what is public need no look: a meeting's clock, an item's minutes.
WATCHED = {
    Meeting: {"state", "body"},
    AgendaItem: {"public", "meeting"},
    Attachment: {"agenda_item", "meeting"},
    Paper: {"public"},
}


def _needs_look(sender, update_fields) -> bool:
    watched = WATCHED.get(sender)
    return update_fields is None or watched is None or bool(watched & set(update_fields))


def before_save(sender, instance, update_fields=None, **kwargs) -> None:
    instance._oparl_public = None
    if instance.pk is None or not _needs_look(sender, update_fields):
        return
    instance._oparl_public = public_keys(entries(instance))


def after_save(sender, instance, created=False, update_fields=None, **kwargs) -> None:
    # A new object has no tombstone to remove and was not public before.
    before = getattr(instance, "_oparl_public", None)
    if before is None:
        return
    instance._oparl_public = None
    found = entries(instance)
    now = public_keys(found)
    gone = before - now
    if gone:
        tombstones_write([e for e in found if (e.kind, e.pk) in gone])
    if now:
        tombstones_remove(now)


def before_delete(sender, instance, **kwargs) -> None:
    found = entries(instance)
    public = public_keys(found)
    if public:
        tombstones_write([e for e in found if (e.kind, e.pk) in public])


def attachment_checksums(sender, instance, created=False, raw=False, **kwargs) -> None:
    """A new attachment's SHA-1 and SHA-512, for OParl's File (read once, when it arrives)."""
    if created and not raw:
        oparl.checksum_store(instance)


MODELS = (Meeting, AgendaItem, Attachment, Paper, PaperFile, PaperFileVersion, Consultation)


def connect() -> None:
    for model in MODELS:
        uid = f"oparl-tombstone-{model.__name__}"
        pre_save.connect(before_save, sender=model, dispatch_uid=f"{uid}-pre")
        post_save.connect(after_save, sender=model, dispatch_uid=f"{uid}-post")
        pre_delete.connect(before_delete, sender=model, dispatch_uid=f"{uid}-del")
    post_save.connect(attachment_checksums, sender=Attachment, dispatch_uid="oparl-checksums")

"""Turn a read protocol (the import contract's dict) into a draft meeting, all or nothing."""

import datetime as dt
import re

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _

from transferhub.decisions.models import Task
from transferhub.decisions.services import DecisionError, decision_record, task_create
from transferhub.lib.audit import log_action
from transferhub.meetings.models import AgendaItem, Attendance, Meeting
from transferhub.meetings.services import MeetingError, agenda_item_add, meeting_create
from transferhub.network.models import Body, Organisation, Person

from .reader import ProtocolReadError, read_protocol
from .reader.limits import MAX_FILE_BYTES

IMPORT_SUFFIXES = (".txt", ".md", ".markdown", ".pdf", ".docx")


class ProtocolImportError(Exception):
    """An import we refuse; the message is fit to show the user."""

    def __init__(self, message: str, *, meeting: Meeting | None = None):
        super().__init__(message)
        # For "already imported": where the file already is, so a page can link to it.
        self.meeting = meeting


_PROTOCOL_WORD = re.compile(r"^(Ergebnis)?protokoll\s+((der|des|zur|zum|vom)\s+)?", re.IGNORECASE)


def meeting_name_from_title(title: str | None, body: Body) -> str:
    """ "Protokoll AG Transfer" names the meeting "AG Transfer"."""
    name = _PROTOCOL_WORD.sub("", (title or "").strip()).strip()
    return (name or body.name)[:300]


def _time(value: str | None) -> dt.time | None:
    return dt.time.fromisoformat(value) if value else None


def _minutes_between(start: dt.time, end: dt.time) -> int:
    delta = dt.datetime.combine(dt.date.min, end) - dt.datetime.combine(dt.date.min, start)
    return max(0, int(delta.total_seconds() // 60))


def _organisation(name: str | None) -> Organisation | None:
    if not name:
        return None
    org = (
        Organisation.objects.filter(name__iexact=name).first()
        or Organisation.objects.filter(short_name__iexact=name).first()
    )
    # get_or_create: an import running beside this one may be adding the same organisation.
    return org or Organisation.objects.get_or_create(name=name[:300])[0]


def _split_name(name: str) -> tuple[str, str]:
    parts = name.split()
    if len(parts) == 1:
        return "", parts[0]
    return " ".join(parts[:-1]), parts[-1]


def person_find_or_create(
    name: str, *, title: str | None = None, organisation: str | None = None
) -> Person:
    """Find a person by given and family name, or add them (people in minutes are often new)."""
    given, family = _split_name(name.strip())
    person = Person.objects.filter(given_name__iexact=given, family_name__iexact=family).first()
    if person is None:
        person = Person.objects.create(
            given_name=given,
            family_name=family,
            title=title or "",
            organisation=_organisation(organisation),
        )
    elif title and not person.title:
        person.title = title
        person.save(update_fields=["title"])
    return person


def _names_in(result: dict) -> set[str]:
    """Everyone the protocol names: note-taker, presenters, participants, task owners."""
    names = {result.get("note_taker") or ""}
    names.update(p.get("name") or "" for p in result.get("participants", []))
    for item in result.get("agenda", []):
        names.update(p.get("name") or "" for p in item.get("presenters", []))
        names.update(t.get("owner") or "" for t in item.get("tasks", []))
    return {" ".join(n.split()).casefold() for n in names if n.strip()}


def _lock_people(result: dict) -> None:
    """Imports naming the same new person wait for each other, so they add them once.

    PostgreSQL: a transaction-scoped advisory lock per name, taken in one order (no
    deadlock between two imports). SQLite writes one transaction at a time anyway.
    """
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for name in sorted(_names_in(result)):
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", ["person:" + name])


def _find_person(name: str) -> Person | None:
    given, family = _split_name(name.strip())
    return Person.objects.filter(given_name__iexact=given, family_name__iexact=family).first()


def _agenda_rows(result: dict) -> list[dict]:
    """Items and breaks in the order they happen, with their planned start."""
    rows = [{"kind": "item", **item} for item in result.get("agenda", [])]
    breaks = [{"kind": "break", **b} for b in result.get("breaks", [])]
    for brk in breaks:
        # Breaks go before the first item that starts at or after them.
        position = next(
            (
                i
                for i, row in enumerate(rows)
                if brk["start"] and row.get("start") and row["start"] >= brk["start"]
            ),
            len(rows),
        )
        rows.insert(position, brk)
    return rows


def existing_import(sha256: str) -> Meeting | None:
    return Meeting.objects.filter(source_sha256=sha256).first()


def _refuse_duplicate(sha256: str) -> None:
    already = existing_import(sha256)
    if already is not None:
        raise ProtocolImportError(
            _("Diese Datei wurde bereits importiert: Sitzung „%(name)s“ vom %(date)s (Nr. %(id)s).")
            % {"name": already.name, "date": already.date.strftime("%d.%m.%Y"), "id": already.pk},
            meeting=already,
        )


def _meeting_create_once(sha256: str, **fields) -> Meeting:
    """Create the imported meeting; a parallel import of the same file loses cleanly."""
    try:
        with transaction.atomic():  # a savepoint: PostgreSQL aborts the transaction otherwise
            return meeting_create(**fields)
    except IntegrityError:
        _refuse_duplicate(sha256)
        raise


@transaction.atomic
def protocol_store(
    result: dict, *, source_text: str = "", body_name: str | None = None, actor=None
) -> Meeting:
    """Store a read protocol as a draft meeting with items, decisions and tasks."""
    sha256 = result["source"]["sha256"]
    _refuse_duplicate(sha256)
    name = body_name or result.get("body")
    if not name:
        raise ProtocolImportError(
            _("Das Gremium ist im Protokoll nicht zu erkennen; bitte geben Sie es mit --body an.")
        )
    if not result.get("date"):
        raise ProtocolImportError(_("Das Datum der Sitzung ist im Protokoll nicht zu erkennen."))
    body, _created = Body.objects.get_or_create(name=name, defaults={"short_name": name[:50]})
    # Imports into one body wait for each other (a row lock on PostgreSQL; SQLite writes one
    # transaction at a time anyway): else the same file uploaded twice at once became two
    # meetings, and parallel imports ran out of tries for the next decision number.
    Body.objects.select_for_update().get(pk=body.pk)
    _lock_people(result)
    _refuse_duplicate(sha256)
    warnings = list(result.get("warnings", []))
    date = dt.date.fromisoformat(result["date"])
    start = (
        _time(result.get("start"))
        or _time(next((i["start"] for i in result.get("agenda", []) if i.get("start")), None))
        or dt.time(9)
    )
    end = _time(result.get("end"))
    if end is None or end <= start:
        end = (dt.datetime.combine(date, start) + dt.timedelta(hours=2)).time()
        warnings.append(
            _("Das Ende der Sitzung fehlt; angenommen wurde %(end)s Uhr.")
            % {"end": end.strftime("%H:%M")}
        )
    note_taker = None
    if result.get("note_taker"):
        note_taker = person_find_or_create(result["note_taker"])

    try:
        meeting = _meeting_create_once(
            sha256,
            body=body,
            name=meeting_name_from_title(result.get("title"), body),
            date=date,
            start_time=start,
            end_time=end,
            location=result.get("place") or "",
            note_taker=note_taker,
            stated_participant_count=result.get("participant_count"),
            source_sha256=sha256,
            source_name=result["source"].get("path", "")[:300],
            source_text=source_text,
            import_warnings=warnings,
            actor=actor,
        )
        rows = _agenda_rows(result)
        for index, row in enumerate(rows):
            row_start = _time(row.get("start"))
            following = next(
                (_time(r.get("start")) for r in rows[index + 1 :] if r.get("start")), end
            )
            duration = _minutes_between(row_start, following) if row_start else 0
            if row["kind"] == "break":
                agenda_item_add(
                    meeting=meeting,
                    name=row.get("title") or _("Pause"),
                    kind=AgendaItem.Kind.BREAK,
                    duration_minutes=duration,
                    actor=actor,
                )
                continue
            presenters = [
                (
                    person_find_or_create(
                        p["name"], title=p.get("honorific"), organisation=p.get("organisation")
                    ),
                    _organisation(p.get("organisation")),
                )
                for p in row.get("presenters", [])
            ]
            item = agenda_item_add(
                meeting=meeting,
                name=row["title"][:500],
                number=row.get("number") or None,
                duration_minutes=duration,
                presenters=presenters,
                actor=actor,
            )
            item.minutes = row.get("minutes", "")
            item.status = row.get("status", "discussed")
            item.links = row.get("links", [])
            item.actual_start = _on_meeting_day(meeting, row.get("actual_start"))
            item.actual_end = _on_meeting_day(meeting, row.get("actual_end"))
            item.save(update_fields=["minutes", "status", "links", "actual_start", "actual_end"])
            for decision in row.get("decisions", []):
                votes = decision.get("votes") or {}
                decision_record(
                    meeting=meeting,
                    agenda_item=item,
                    text=decision["text"],
                    kind=decision.get("kind", "agreement"),
                    votes=(votes.get("yes"), votes.get("no"), votes.get("abstain"))
                    if votes
                    else None,
                    actor=actor,
                )
            for task in row.get("tasks", []):
                _store_task(meeting, item, task, body, warnings, actor)
        for participant in result.get("participants", []):
            person = person_find_or_create(
                participant["name"],
                title=participant.get("honorific"),
                organisation=participant.get("organisation"),
            )
            Attendance.objects.get_or_create(
                meeting=meeting, person=person, defaults={"status": Attendance.Status.PRESENT}
            )
        # The meeting took place and its minutes are a draft before the next one is
        # planned: that one's "Genehmigung des Protokolls vom …" names only held meetings.
        meeting.state = Meeting.State.MINUTES_DRAFT
        meeting.save(update_fields=["state"])
        _store_follow_up_dates(meeting, result)
    except (MeetingError, DecisionError) as exc:
        raise ProtocolImportError(str(exc)) from exc
    meeting.import_warnings = warnings
    meeting.save(update_fields=["import_warnings"])
    log_action(actor, "protocol.imported", meeting, file=result["source"].get("path"))
    return meeting


def _on_meeting_day(meeting: Meeting, hhmm: str | None) -> dt.datetime | None:
    """A clock time the protocol states, as a moment on the meeting's day (local time)."""
    clock = _time(hhmm)
    if clock is None:
        return None
    return timezone.make_aware(dt.datetime.combine(meeting.date, clock))


def _store_task(meeting, item, task: dict, body, warnings: list, actor) -> None:
    owner_person = owner_body = None
    owner = task.get("owner")
    if owner:
        owner_body = Body.objects.filter(name__iexact=owner).first()
        if owner_body is None:
            owner_person = _find_person(owner) or person_find_or_create(owner)
    due = dt.date.fromisoformat(task["due"]) if task.get("due") else None
    if due is not None and due < meeting.date:
        warnings.append(
            _("Die Aufgabe „%(text)s“ war vor der Sitzung fällig; das Datum wurde weggelassen.")
            % {"text": task["text"][:60]}
        )
        due = None
    task_create(
        meeting=meeting,
        agenda_item=item,
        text=task["text"],
        owner_person=owner_person,
        owner_body=owner_body,
        due_date=due,
        actor=actor,
    )


def _store_follow_up_dates(meeting: Meeting, result: dict) -> None:
    """Plan the next meeting, and meetings of known bodies the minutes announce."""
    planned = []
    nxt = result.get("next_meeting")
    if nxt and nxt.get("date"):
        planned.append((meeting.body, nxt))
    bodies = [b for b in Body.objects.exclude(pk=meeting.body_id) if len(b.name) > 3]
    for mention in result.get("dates_mentioned", []):
        context = mention.get("context", "").lower()
        for other in bodies:
            if other.name.lower() in context or (
                other.short_name
                and len(other.short_name) > 3
                and other.short_name.lower() in context
            ):
                planned.append((other, mention))
    for body, when in planned:
        date = dt.date.fromisoformat(when["date"])
        if date <= meeting.date or Meeting.objects.filter(body=body, date=date).exists():
            continue
        start = _time(when.get("start")) or dt.time(9)
        end = _time(when.get("end"))
        if end is None or end <= start:
            end = (dt.datetime.combine(date, start) + dt.timedelta(hours=2)).time()
        meeting_create(body=body, name=body.name, date=date, start_time=start, end_time=end)


def protocol_import_file(path, *, body_name: str | None = None, actor=None) -> Meeting:
    """Read one file and store it; raise ProtocolImportError or ProtocolReadError."""
    result = read_protocol(path, body=body_name, with_text=True)
    return protocol_store(
        result, source_text=result.pop("_text", ""), body_name=body_name, actor=actor
    )


def import_max_bytes() -> int:
    """The size limit of one imported file (setting PROTOCOL_IMPORT_MAX_BYTES, else 50 MB)."""
    return getattr(settings, "PROTOCOL_IMPORT_MAX_BYTES", MAX_FILE_BYTES)


def protocol_import_upload(
    data: bytes, *, filename: str, body_name: str | None = None, actor=None
) -> Meeting:
    """Read an uploaded minutes file and store it as a draft meeting with its source text."""
    limit = import_max_bytes()
    if len(data) > limit:
        raise ProtocolImportError(
            _("Die Datei ist größer als %(limit)s und wird nicht gelesen.")
            % {"limit": filesizeformat(limit)}
        )
    if not filename.lower().endswith(IMPORT_SUFFIXES):
        raise ProtocolImportError(
            _(
                "Dieser Dateityp wird nicht unterstützt; bitte laden Sie TXT, MD, PDF oder DOCX hoch."
            )
        )
    result = read_protocol(data, filename=filename, body=body_name, with_text=True)
    return protocol_store(
        result, source_text=result.pop("_text", ""), body_name=body_name, actor=actor
    )


def _check_reviewable(meeting: Meeting) -> None:
    if not meeting.source_sha256:
        raise ProtocolImportError(_("Diese Sitzung wurde nicht importiert."))
    if meeting.minutes_frozen:
        raise ProtocolImportError(
            _("Das Protokoll ist bereits genehmigt; der Import kann nicht mehr geändert werden.")
        )


@transaction.atomic
def protocol_accept(*, meeting: Meeting, actor=None) -> Meeting:
    """Take an imported draft as reviewed: its warnings are done with, the minutes stay a draft."""
    _check_reviewable(meeting)
    warnings = list(meeting.import_warnings)
    meeting.import_warnings = []
    meeting.save(update_fields=["import_warnings", "modified"])
    log_action(actor, "protocol.accepted", meeting, warnings=warnings)
    return meeting


@transaction.atomic
def protocol_discard(*, meeting: Meeting, actor=None) -> None:
    """Delete an imported draft meeting with its items, decisions and tasks."""
    _check_reviewable(meeting)
    log_action(
        actor,
        "protocol.discarded",
        meeting,
        name=meeting.name,
        date=meeting.date.isoformat(),
        file=meeting.source_name,
    )
    # Tasks outlive their meeting elsewhere (SET_NULL); these came only from this file.
    Task.objects.filter(meeting=meeting).delete()
    meeting.delete()


__all__ = [
    "ProtocolImportError",
    "ProtocolReadError",
    "import_max_bytes",
    "protocol_accept",
    "protocol_discard",
    "protocol_import_file",
    "protocol_import_upload",
    "protocol_store",
]

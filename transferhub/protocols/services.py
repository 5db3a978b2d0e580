"""Turn a read protocol (the import contract's dict) into a draft meeting, all or nothing."""

import datetime as dt
import re

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import Max, Q
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _

from transferhub.decisions.models import Decision, RegisterCounter, Task
from transferhub.decisions.services import DecisionError, _check_votes
from transferhub.lib.audit import log_action
from transferhub.lib.models import ActionLog
from transferhub.meetings.models import AgendaItem, Attendance, Meeting, Presentation
from transferhub.meetings.services import MeetingError, meeting_create
from transferhub.network.models import Body, Organisation, Person

from . import search
from .reader import ProtocolReadError, notices, read_protocol
from .reader.limits import MAX_FILE_BYTES

IMPORT_SUFFIXES = (
    ".txt",
    ".md",
    ".markdown",
    ".rst",
    ".pdf",
    ".docx",
    ".odt",
    ".rtf",
    ".html",
    ".htm",
)


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
    """Create the imported meeting; a parallel import of the same file loses cleanly.

    Checked as meeting_create checks a meeting, but not through it: that one also looks
    for the previous minutes to approve, which an imported meeting never gets (a query
    that grew with every meeting of the body). The audit entry comes with the others.
    """
    if fields["end_time"] <= fields["start_time"]:
        raise ProtocolImportError(_("Das Ende muss nach dem Beginn liegen."))
    try:
        with transaction.atomic():  # a savepoint: PostgreSQL aborts the transaction otherwise
            return Meeting.objects.create(**fields)
    except IntegrityError:
        _refuse_duplicate(sha256)
        raise


@transaction.atomic
def protocol_store(
    result: dict, *, source_text: str = "", body_name: str | None = None, actor=None
) -> Meeting:
    """Store a read protocol as a draft meeting with items, decisions and tasks.

    Items, presenters, decisions, tasks, attendance, their audit entries and search rows
    go in with one INSERT each (about 25 queries for the seed instead of 130).
    """
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
    # The same file imported meanwhile is refused by the unique source_sha256 when the
    # meeting is created (_meeting_create_once), with the same message as above.
    # Stored as codes with parameters, so the review page shows them in the reader's language.
    warnings: list[dict | str] = [
        notices.entry(c["code"], **c.get("params", {})) for c in result.get("warning_codes", [])
    ] or list(result.get("warnings", []))
    date = dt.date.fromisoformat(result["date"])
    start = (
        _time(result.get("start"))
        or _time(next((i["start"] for i in result.get("agenda", []) if i.get("start")), None))
        or dt.time(9)
    )
    end = _time(result.get("end"))
    if end is None or end <= start:
        end = (dt.datetime.combine(date, start) + dt.timedelta(hours=2)).time()
        warnings.append(notices.entry("end_missing", end=end.strftime("%H:%M")))
    dues = _task_dues(result, date, warnings)
    people = _People(result)
    note_taker = people.get(result["note_taker"]) if result.get("note_taker") else None
    audit: list[ActionLog] = []
    try:
        # The meeting took place and its minutes are a draft before the next one is
        # planned: that one's "Genehmigung des Protokolls vom …" names only held meetings.
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
            state=Meeting.State.MINUTES_DRAFT,
        )
        audit.append(
            _audit_row(actor, "meeting.created", meeting, name=meeting.name, date=date.isoformat())
        )
        stored = _store_agenda(meeting, result, end, people, audit, actor)
        decisions = _store_decisions(meeting, stored, audit, actor)
        tasks = _store_tasks(meeting, stored, dues, people, audit, actor)
        search.index_add([*(item for _row, item in stored), *decisions, *tasks])
        _store_attendance(meeting, result, people)
        _store_follow_up_dates(meeting, result)
    except (MeetingError, DecisionError) as exc:
        raise ProtocolImportError(str(exc)) from exc
    audit.append(_audit_row(actor, "protocol.imported", meeting, file=result["source"].get("path")))
    ActionLog.objects.bulk_create(audit)
    return meeting


def _audit_row(actor, action: str, obj, **data) -> ActionLog:
    """An entry as log_action writes it, to be added with the others in one INSERT."""
    meeting_id = obj.pk if isinstance(obj, Meeting) else getattr(obj, "meeting_id", None)
    return ActionLog(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        object_type=obj._meta.label_lower,
        object_id=obj.pk,
        meeting_id=meeting_id,
        data=data,
    )


def _task_dues(result: dict, date: dt.date, warnings: list) -> dict[int, dt.date | None]:
    """Each task's due date (by id of its dict); one before the meeting is dropped, with a warning."""
    dues: dict[int, dt.date | None] = {}
    for item in result.get("agenda", []):
        for task in item.get("tasks", []):
            due = dt.date.fromisoformat(task["due"]) if task.get("due") else None
            if due is not None and due < date:
                warnings.append(notices.entry("due_before_meeting", text=task["text"][:60]))
                due = None
            dues[id(task)] = due
    return dues


def _store_agenda(meeting, result, end, people, audit, actor) -> list[tuple[dict, AgendaItem]]:
    """Items and breaks with their presenters, numbered as agenda_item_add numbers them."""
    rows = _agenda_rows(result)
    items: list[AgendaItem] = []
    presenters: list[list[tuple[Person, Organisation | None]]] = []
    numbers: set[str] = set()
    for index, row in enumerate(rows):
        row_start = _time(row.get("start"))
        following = next((_time(r.get("start")) for r in rows[index + 1 :] if r.get("start")), end)
        duration = _minutes_between(row_start, following) if row_start else 0
        if row["kind"] == "break":
            items.append(
                AgendaItem(
                    meeting=meeting,
                    order=index + 1,
                    number="",
                    name=(row.get("title") or _("Pause"))[:500],
                    kind=AgendaItem.Kind.BREAK,
                    duration_minutes=duration,
                )
            )
            presenters.append([])
            continue
        number = row.get("number") or ""
        if not number:
            number = str(max((int(n) for n in numbers if n.isdigit()), default=0) + 1)
        number = number.strip().rstrip(".")
        if number and number in numbers:
            raise ProtocolImportError(
                _("Die Nummer „%(number)s“ ist in dieser Sitzung schon vergeben.")
                % {"number": number}
            )
        numbers.add(number)
        items.append(
            AgendaItem(
                meeting=meeting,
                order=index + 1,
                number=number,
                name=row["title"][:500],
                kind=AgendaItem.Kind.ITEM,
                duration_minutes=duration,
                minutes=row.get("minutes", ""),
                status=row.get("status", "discussed"),
                links=row.get("links", []),
                actual_start=_on_meeting_day(meeting, row.get("actual_start")),
                actual_end=_on_meeting_day(meeting, row.get("actual_end")),
            )
        )
        presenters.append(
            [
                (
                    people.get(
                        p["name"], title=p.get("honorific"), organisation=p.get("organisation")
                    ),
                    people.organisation(p.get("organisation")),
                )
                for p in row.get("presenters", [])
            ]
        )
    AgendaItem.objects.bulk_create(items)
    Presentation.objects.bulk_create(
        Presentation(
            agenda_item=item,
            person=person,
            organisation_id=org.pk if org else person.organisation_id,
            order=order,
        )
        for item, pairs in zip(items, presenters, strict=True)
        for order, (person, org) in enumerate(pairs)
    )
    audit.extend(
        _audit_row(actor, "agenda_item.added", item, name=item.name, number=item.number)
        for item in items
    )
    return [(row, item) for row, item in zip(rows, items, strict=True) if row["kind"] == "item"]


def _store_decisions(meeting, stored, audit, actor) -> list[Decision]:
    """The decisions of every item, with register numbers taken at once."""
    decisions: list[Decision] = []
    for row, item in stored:
        for decision in row.get("decisions", []):
            kind = decision.get("kind", "agreement")
            if not decision["text"].strip():
                raise DecisionError(_("Ein Beschluss braucht einen Text."))
            if kind not in Decision.Kind.values:
                raise DecisionError(_("Unbekannte Art von Beschluss."))
            votes = decision.get("votes") or {}
            yes, no, abstain = _check_votes(
                (votes.get("yes"), votes.get("no"), votes.get("abstain")) if votes else None
            )
            decisions.append(
                Decision(
                    body=meeting.body,
                    meeting=meeting,
                    agenda_item=item,
                    year=meeting.date.year,
                    kind=kind,
                    text=decision["text"].strip(),
                    votes_yes=yes,
                    votes_no=no,
                    votes_abstain=abstain,
                )
            )
    if not decisions:
        return []
    first = _register_numbers_take(meeting.body_id, meeting.date.year, len(decisions))
    for offset, decision in enumerate(decisions):
        decision.sequence = first + offset
    Decision.objects.bulk_create(decisions)
    audit.extend(
        _audit_row(
            actor,
            "decision.recorded",
            d,
            number=d.register_number,
            kind=d.kind,
        )
        for d in decisions
    )
    return decisions


def _register_numbers_take(body_id: int, year: int, count: int) -> int:
    """Take `count` register numbers of the body's year in one step; return the first.

    As decision_record takes one: a number once given is never reused, and two first
    decisions of a year racing to create the counter meet the unique constraint, retry.
    """
    for _attempt in range(5):
        try:
            with transaction.atomic():
                counter = (
                    RegisterCounter.objects.select_for_update()
                    .filter(body_id=body_id, year=year)
                    .first()
                )
                if counter is None:
                    highest = Decision.objects.filter(body_id=body_id, year=year).aggregate(
                        m=Max("sequence")
                    )["m"]
                    counter = RegisterCounter.objects.create(
                        body_id=body_id, year=year, last=highest or 0
                    )
                first = counter.last + 1
                counter.last += count
                counter.save(update_fields=["last"])
                return first
        except IntegrityError:
            continue
    raise DecisionError(
        _("Die Beschlussnummer konnte nicht vergeben werden. Bitte erneut versuchen.")
    )


def _store_attendance(meeting: Meeting, result: dict, people: "_People") -> None:
    present: dict[int, Attendance] = {}
    for participant in result.get("participants", []):
        person = people.get(
            participant["name"],
            title=participant.get("honorific"),
            organisation=participant.get("organisation"),
        )
        present.setdefault(
            person.pk,
            Attendance(meeting=meeting, person=person, status=Attendance.Status.PRESENT),
        )
    Attendance.objects.bulk_create(present.values())


def _on_meeting_day(meeting: Meeting, hhmm: str | None) -> dt.datetime | None:
    """A clock time the protocol states, as a moment on the meeting's day (local time)."""
    clock = _time(hhmm)
    if clock is None:
        return None
    return timezone.make_aware(dt.datetime.combine(meeting.date, clock))


def _store_tasks(meeting, stored, dues: dict, people: "_People", audit, actor) -> list[Task]:
    """The to-dos of every item, checked as task_create checks them, in one INSERT."""
    tasks: list[Task] = []
    for row, item in stored:
        for task in row.get("tasks", []):
            if not task["text"].strip():
                raise DecisionError(_("Eine Aufgabe braucht einen Text."))
            owner_person = owner_body = None
            owner = task.get("owner")
            if owner:
                owner_body = people.body(owner)
                if owner_body is None:
                    owner_person = people.get(owner)
            tasks.append(
                Task(
                    text=task["text"].strip(),
                    body=meeting.body,
                    meeting=meeting,
                    agenda_item=item,
                    owner_person=owner_person,
                    owner_body=owner_body,
                    due_date=dues.get(id(task)),
                    created_by=actor if getattr(actor, "is_authenticated", False) else None,
                )
            )
    Task.objects.bulk_create(tasks)
    audit.extend(
        _audit_row(
            actor,
            "task.created",
            t,
            owner=str(t.owner or ""),
            due=t.due_date.isoformat() if t.due_date else None,
        )
        for t in tasks
    )
    return tasks


class _People:
    """The people and organisations one protocol names, each looked up once.

    One query finds everyone already known; a name met again (presenter, participant and
    task owner at once) is the same person without another query.
    """

    def __init__(self, result: dict):
        self._people: dict[tuple[str, str], Person] = {}
        self._orgs: dict[str, Organisation | None] = {}
        self._bodies: dict[str, Body | None] = {}
        # Task owners, looked up as bodies in one query on the first question.
        self._owners: list[str] | None = sorted(
            {
                t["owner"]
                for item in result.get("agenda", [])
                for t in item.get("tasks", [])
                if t.get("owner")
            }
        )[:100]
        wanted = sorted({_split_name(" ".join(n.split())) for n in _raw_names(result)})
        # In chunks: SQLite nests each OR one level deeper and stops at 1,000 levels.
        for chunk in (wanted[i : i + 100] for i in range(0, len(wanted), 100)):
            match = Q()
            for given, family in chunk:
                match |= Q(given_name__iexact=given, family_name__iexact=family)
            # The first by the model's order (family, given name), as .first() picked before.
            found = Person.objects.filter(match).order_by("family_name", "given_name", "pk")
            for person in found:
                self._people.setdefault(_person_key(person.given_name, person.family_name), person)

    def organisation(self, name: str | None) -> Organisation | None:
        if not name:
            return None
        if name not in self._orgs:
            self._orgs[name] = _organisation(name)
        return self._orgs[name]

    def body(self, name: str) -> Body | None:
        """The body a task's owner names, if it is one (all owners looked up at once)."""
        if self._owners is not None:
            owners, self._owners = self._owners, None
            match = Q()
            for owner in owners:
                match |= Q(name__iexact=owner)
            for body in Body.objects.filter(match).order_by("name", "pk") if owners else ():
                self._bodies.setdefault(body.name.casefold(), body)
            for owner in owners:
                self._bodies.setdefault(owner.casefold(), None)  # a person, not a body
        key = name.casefold()
        if key not in self._bodies:
            self._bodies[key] = Body.objects.filter(name__iexact=name).first()
        return self._bodies[key]

    def get(self, name: str, *, title: str | None = None, organisation: str | None = None):
        """Like person_find_or_create, remembered for the rest of this protocol."""
        given, family = _split_name(name.strip())
        key = _person_key(given, family)
        person = self._people.get(key)
        if person is None:
            person = Person.objects.create(
                given_name=given,
                family_name=family,
                title=title or "",
                organisation=self.organisation(organisation),
            )
            self._people[key] = person
        elif title and not person.title:
            person.title = title
            person.save(update_fields=["title"])
        return person


def _person_key(given: str, family: str) -> tuple[str, str]:
    return given.casefold(), family.casefold()


def _raw_names(result: dict) -> list[str]:
    names = [result.get("note_taker") or ""]
    names += [p.get("name") or "" for p in result.get("participants", [])]
    for item in result.get("agenda", []):
        names += [p.get("name") or "" for p in item.get("presenters", [])]
        names += [t.get("owner") or "" for t in item.get("tasks", [])]
    return [n for n in names if n.strip()]


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
                "Dieser Dateityp wird nicht unterstützt; bitte laden Sie TXT, Markdown, "
                "reStructuredText, PDF, DOCX, ODT, RTF oder HTML hoch."
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

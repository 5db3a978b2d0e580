"""Write operations on decisions and tasks."""

import datetime as dt

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Max, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from transferhub.lib.audit import log_action
from transferhub.lib.refusals import Refusal
from transferhub.lib.signed_links import LinkError, payload_open, payload_token
from transferhub.lib.uploads import UploadRejected, file_deleted_after_commit, inspect_upload
from transferhub.lib.versioning import version_claim
from transferhub.meetings.models import AgendaItem, Meeting
from transferhub.meetings.services import meeting_lock
from transferhub.network.models import Body, Person

from .models import Decision, RegisterCounter, Task, Topic


class DecisionError(Refusal):
    """A request on a decision or task we refuse; the message is fit to show the user."""


def _check_minutes_open(meeting: Meeting | None) -> None:
    """Refuse while the meeting's minutes are approved, read on the locked meeting row."""
    if meeting is not None:
        meeting_lock(meeting)
    if meeting is not None and meeting.minutes_frozen:
        raise DecisionError(
            _(
                "Das Protokoll dieser Sitzung ist genehmigt; Beschlüsse und "
                "Aufgaben daraus können nicht mehr hinzugefügt oder geändert "
                "werden."
            )
        )


def _check_votes(votes: tuple | None) -> tuple:
    if votes is None or all(v is None for v in votes):
        return (None, None, None)
    if any(v is None for v in votes):
        raise DecisionError(
            _(
                "Bitte geben Sie Ja-, Nein-Stimmen und Enthaltungen vollständig an "
                "oder lassen Sie alle drei leer."
            )
        )
    if any(v < 0 for v in votes):
        raise DecisionError(_("Stimmenzahlen können nicht negativ sein."))
    return tuple(votes)


def decision_record(
    *,
    meeting: Meeting,
    text: str,
    kind: str = Decision.Kind.AGREEMENT,
    agenda_item: AgendaItem | None = None,
    votes: tuple | None = None,
    actor=None,
) -> Decision:
    """Record a decision with the body's next register number for the meeting's year."""
    if not text.strip():
        raise DecisionError(_("Ein Beschluss braucht einen Text."))
    if kind not in Decision.Kind.values:
        raise DecisionError(_("Unbekannte Art von Beschluss."))
    if agenda_item is not None and agenda_item.meeting_id != meeting.pk:
        raise DecisionError(_("Der Tagesordnungspunkt gehört zu einer anderen Sitzung."))
    yes, no, abstain = _check_votes(votes)
    # Two secretaries saving at once may both create the year's counter: the unique
    # constraint catches it and we try again.
    for _attempt in range(5):
        try:
            with transaction.atomic():
                _check_minutes_open(meeting)
                decision = Decision.objects.create(
                    # The meeting's body as loaded (the views load it with the meeting):
                    # the register number in the log below names it without a query.
                    body=meeting.body,
                    meeting=meeting,
                    agenda_item=agenda_item,
                    year=meeting.date.year,
                    sequence=_register_number_next(meeting.body_id, meeting.date.year),
                    kind=kind,
                    text=text.strip(),
                    votes_yes=yes,
                    votes_no=no,
                    votes_abstain=abstain,
                )
                log_action(
                    actor,
                    "decision.recorded",
                    decision,
                    meeting_id=meeting.pk,
                    number=decision.register_number,
                    kind=kind,
                )
                return decision
        except IntegrityError:
            continue
    raise DecisionError(
        _("Die Beschlussnummer konnte nicht vergeben werden. Bitte erneut versuchen.")
    )


def _register_number_next(body_id: int, year: int) -> int:
    """Take the body's next register number of the year; a number once given is never reused."""
    counter = RegisterCounter.objects.select_for_update().filter(body_id=body_id, year=year).first()
    if counter is None:
        highest = Decision.objects.filter(body_id=body_id, year=year).aggregate(m=Max("sequence"))
        counter = RegisterCounter.objects.create(body_id=body_id, year=year, last=highest["m"] or 0)
    counter.last += 1
    counter.save(update_fields=["last"])
    return counter.last


@transaction.atomic
def decision_update(
    *,
    decision: Decision,
    text: str,
    kind: str,
    votes: tuple | None = None,
    expected_version: int | None = None,
    actor=None,
) -> Decision:
    """Change a decision's text, kind or votes; its register number stays."""
    _check_minutes_open(decision.meeting)
    if not text.strip():
        raise DecisionError(_("Ein Beschluss braucht einen Text."))
    if kind not in Decision.Kind.values:
        raise DecisionError(_("Unbekannte Art von Beschluss."))
    yes, no, abstain = _check_votes(votes)
    version_claim(decision, expected_version)
    before = {"text": decision.text, "kind": decision.kind}
    decision.text, decision.kind = text.strip(), kind
    decision.votes_yes, decision.votes_no, decision.votes_abstain = yes, no, abstain
    decision.save()
    log_action(
        actor,
        "decision.changed",
        decision,
        before=before,
        after={"text": decision.text, "kind": kind},
    )
    return decision


@transaction.atomic
def decision_delete(*, decision: Decision, actor=None) -> None:
    _check_minutes_open(decision.meeting)
    log_action(
        actor, "decision.deleted", decision, number=decision.register_number, text=decision.text
    )
    decision.delete()


def _check_task(
    text: str,
    due_date: dt.date | None,
    meeting: Meeting | None,
    owner_person: Person | None,
    owner_body: Body | None,
) -> None:
    if not text.strip():
        raise DecisionError(_("Eine Aufgabe braucht einen Text."))
    if owner_person is not None and owner_body is not None:
        raise DecisionError(
            _("Eine Aufgabe hat entweder eine Person oder ein Gremium als zuständig, nicht beides.")
        )
    if due_date is not None and meeting is not None and due_date < meeting.date:
        raise DecisionError(
            _("Das Fälligkeitsdatum liegt vor der Sitzung vom %(date)s.")
            % {"date": meeting.date.strftime("%d.%m.%Y")}
        )


@transaction.atomic
def task_create(
    *,
    text: str,
    body: Body | None = None,
    meeting: Meeting | None = None,
    agenda_item: AgendaItem | None = None,
    decision: Decision | None = None,
    owner_person: Person | None = None,
    owner_body: Body | None = None,
    due_date: dt.date | None = None,
    actor=None,
) -> Task:
    """Create a to-do, usually from a meeting's item; it stays on the body's list until done."""
    if agenda_item is not None:
        meeting = meeting or agenda_item.meeting
        if agenda_item.meeting_id != meeting.pk:
            raise DecisionError(_("Der Tagesordnungspunkt gehört zu einer anderen Sitzung."))
    if body is None:
        if meeting is None:
            raise DecisionError(_("Eine Aufgabe gehört zu einem Gremium."))
        body = meeting.body
    _check_minutes_open(meeting)
    _check_task(text, due_date, meeting, owner_person, owner_body)
    task = Task.objects.create(
        text=text.strip(),
        body=body,
        meeting=meeting,
        agenda_item=agenda_item,
        decision=decision,
        owner_person=owner_person,
        owner_body=owner_body,
        due_date=due_date,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    log_action(
        actor,
        "task.created",
        task,
        owner=str(task.owner or ""),
        due=due_date.isoformat() if due_date else None,
    )
    return task


@transaction.atomic
def task_update(*, task: Task, actor=None, expected_version: int | None = None, **fields) -> Task:
    """Change a task's text, owner, due date or status; only the fields given change."""
    version_claim(task, expected_version)
    merged = {
        f: fields.get(f, getattr(task, f))
        for f in ("text", "due_date", "owner_person", "owner_body")
    }
    _check_task(
        merged["text"],
        merged["due_date"],
        task.meeting,
        merged["owner_person"],
        merged["owner_body"],
    )
    status = fields.get("status", task.status)
    if status not in Task.Status.values:
        raise DecisionError(_("Unbekannter Status."))
    before = {k: str(getattr(task, k)) for k in fields}
    for key, value in fields.items():
        setattr(task, key, value)
    if task.status == Task.Status.DONE and task.done_at is None:
        task.done_at = timezone.now()
    elif task.status != Task.Status.DONE:
        task.done_at = None
    # Only what was given (version_claim wrote the version): a status change leaves the
    # search index's text as it is instead of rewriting it (2 queries and the stemming).
    task.save(update_fields=[*fields, "done_at", "modified"])
    log_action(
        actor, "task.changed", task, before=before, after={k: str(v) for k, v in fields.items()}
    )
    return task


@transaction.atomic
def task_delete(*, task: Task, actor=None) -> None:
    """Remove a task recorded by mistake, while the minutes it belongs to are a draft."""
    _check_minutes_open(task.meeting)
    log_action(actor, "task.deleted", task, text=task.text, owner=str(task.owner or ""))
    task.delete()


def task_set_status(*, task: Task, status: str, actor=None) -> Task:
    return task_update(task=task, status=status, actor=actor)


def open_tasks_of_body(body_id: int) -> QuerySet[Task]:
    """Every task of a body that is not done or cancelled, oldest due first."""
    return Task.objects.filter(body_id=body_id, status__in=Task.OPEN_STATES).select_related(
        "owner_person", "owner_body", "meeting"
    )


# Done by link ---------------------------------------------------------------

TASK_DONE_SALT = "transferhub.decisions.task-done"


def task_done_link_max_age() -> dt.timedelta:
    return dt.timedelta(days=getattr(settings, "TASK_DONE_LINK_DAYS", 14))


def task_done_token(task: Task, person: Person) -> str:
    """Sign a token that lets `person` mark `task` done without logging in."""
    return payload_token(TASK_DONE_SALT, {"task": task.pk, "person": person.pk})


def task_from_done_token(token: str) -> Task:
    """Return the task a done-link names, or raise DecisionError if it is forged or expired."""
    expired = _(
        "Dieser Link ist abgelaufen. Bitte melden Sie sich an und markieren Sie "
        "die Aufgabe dort als erledigt."
    )
    try:
        data = payload_open(
            TASK_DONE_SALT, token, max_age=task_done_link_max_age(), expired=expired
        )
    except LinkError as exc:
        raise DecisionError(str(exc)) from exc
    task = (
        Task.objects.select_related("body", "owner_person", "meeting")
        .filter(pk=data.get("task"))
        .first()
    )
    if task is None:
        raise DecisionError(_("Diese Aufgabe gibt es nicht mehr."))
    if task.owner_person_id != data.get("person"):
        raise DecisionError(
            _("Die Zuständigkeit für diese Aufgabe hat sich geändert; der Link gilt nicht mehr.")
        )
    return task


@transaction.atomic
def task_done_by_link(*, token: str) -> Task:
    """Mark the task of a signed link done, on behalf of its owner."""
    task = task_from_done_token(token)
    if task.status == Task.Status.DONE:
        raise DecisionError(_("Diese Aufgabe ist bereits erledigt."))
    if not task.is_open:
        raise DecisionError(_("Diese Aufgabe ist entfallen und kann nicht erledigt werden."))
    before = task.status
    task.status = Task.Status.DONE
    task.done_at = timezone.now()
    task.save(update_fields=["status", "done_at", "modified"])
    log_action(
        None,
        "task.changed",
        task,
        before={"status": before},
        after={"status": task.status},
        via="signed_link",
        person_id=task.owner_person_id,
    )
    return task


# Topics (Vorhaben) ------------------------------------------------------------

TOPIC_LINKS = {
    "agenda_item": ("agenda_items", AgendaItem),
    "decision": ("decisions", Decision),
    "task": ("tasks", Task),
}


def _check_topic_title(title: str, *, exclude_pk: int | None = None) -> str:
    title = title.strip()
    if not title:
        raise DecisionError(_("Ein Vorhaben braucht einen Titel."))
    # Compared in Python: SQLite folds the case of ASCII letters only ("Ä" ≠ "ä").
    others = Topic.objects.exclude(pk=exclude_pk).values_list("title", flat=True)
    if title.casefold() in {other.casefold() for other in others}:
        raise DecisionError(_("Ein Vorhaben „%(title)s“ gibt es bereits.") % {"title": title})
    return title


def _store_document(topic: Topic, upload) -> None:
    try:
        mime, _size, _sha = inspect_upload(upload)
    except UploadRejected as exc:
        raise DecisionError(str(exc)) from exc
    if topic.document:
        file_deleted_after_commit(topic.document)
    topic.document.save(upload.name, upload, save=False)
    topic.document_name = upload.name[:255]
    topic.document_mime_type = mime


@transaction.atomic
def topic_create(
    *,
    title: str,
    description: str = "",
    status: str = Topic.Status.IDEA,
    document_url: str = "",
    document=None,
    actor=None,
) -> Topic:
    """Start following a topic (Vorhaben anlegen)."""
    title = _check_topic_title(title)
    if status not in Topic.Status.values:
        raise DecisionError(_("Unbekannter Status."))
    topic = Topic(title=title, description=description, status=status, document_url=document_url)
    if document is not None:
        _store_document(topic, document)
    topic.save()
    log_action(actor, "topic.created", topic, status=status)
    return topic


@transaction.atomic
def topic_update(
    *,
    topic: Topic,
    title: str,
    description: str = "",
    document_url: str = "",
    document=None,
    remove_document: bool = False,
    actor=None,
) -> Topic:
    """Change a topic's title, description or resulting document."""
    title = _check_topic_title(title, exclude_pk=topic.pk)
    before = {"title": topic.title, "document_url": topic.document_url}
    topic.title, topic.description, topic.document_url = title, description, document_url
    if remove_document and topic.document:
        file_deleted_after_commit(topic.document)
        topic.document = None
        topic.document_name = topic.document_mime_type = ""
    if document is not None:
        _store_document(topic, document)
    topic.save()
    log_action(
        actor,
        "topic.changed",
        topic,
        before=before,
        after={"title": title, "document_url": document_url},
        document=topic.document_name or None,
    )
    return topic


@transaction.atomic
def topic_set_status(*, topic: Topic, status: str, actor=None) -> Topic:
    """Move a topic on (idea → in progress → adopted → in layout → published, or withdrawn)."""
    if status not in Topic.Status.values:
        raise DecisionError(_("Unbekannter Status."))
    if status == topic.status:
        raise DecisionError(
            _("Das Vorhaben hat bereits den Status „%(status)s“.")
            % {"status": topic.get_status_display()}
        )
    before = topic.status
    topic.status = status
    topic.save(update_fields=["status", "modified"])
    log_action(actor, "topic.status_changed", topic, before=before, after=status)
    return topic


def _linked_object(kind: str, object_id):
    if kind not in TOPIC_LINKS:
        raise DecisionError(_("Unbekannte Art der Zuordnung."))
    field, model = TOPIC_LINKS[kind]
    try:
        return field, model.objects.get(pk=int(object_id))
    except (model.DoesNotExist, TypeError, ValueError) as exc:
        raise DecisionError(_("Diesen Eintrag gibt es nicht.")) from exc


@transaction.atomic
def topic_link(*, topic: Topic, kind: str, object_id: int, actor=None):
    """Link an agenda item, decision or task to a topic (Zuordnen)."""
    field, obj = _linked_object(kind, object_id)
    if kind == "agenda_item" and obj.is_break:
        raise DecisionError(_("Pausen können keinem Vorhaben zugeordnet werden."))
    related = getattr(topic, field)
    if related.filter(pk=obj.pk).exists():
        raise DecisionError(_("Dieser Eintrag ist dem Vorhaben bereits zugeordnet."))
    related.add(obj)
    log_action(actor, "topic.linked", topic, kind=kind, object_id=obj.pk)
    return obj


@transaction.atomic
def topic_unlink(*, topic: Topic, kind: str, object_id: int, actor=None):
    """Remove a link between a topic and an agenda item, decision or task."""
    field, obj = _linked_object(kind, object_id)
    related = getattr(topic, field)
    if not related.filter(pk=obj.pk).exists():
        raise DecisionError(_("Dieser Eintrag ist dem Vorhaben nicht zugeordnet."))
    related.remove(obj)
    log_action(actor, "topic.unlinked", topic, kind=kind, object_id=obj.pk)
    return obj

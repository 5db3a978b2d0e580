"""Write operations on decisions and tasks."""

import datetime as dt

from django.db import IntegrityError, transaction
from django.db.models import Max, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from transferhub.lib.audit import log_action
from transferhub.meetings.models import AgendaItem, Meeting
from transferhub.network.models import Body, Person

from .models import Decision, Task


class DecisionError(Exception):
    """A request on a decision or task we refuse; the message is fit to show the user."""


def _check_minutes_open(meeting: Meeting | None) -> None:
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
    _check_minutes_open(meeting)
    # Two secretaries saving at once may pick the same number: the unique constraint
    # catches it and we try the next one.
    for _attempt in range(5):
        try:
            with transaction.atomic():
                year = meeting.date.year
                last = (
                    Decision.objects.filter(body_id=meeting.body_id, year=year).aggregate(
                        m=Max("sequence")
                    )["m"]
                    or 0
                )
                decision = Decision.objects.create(
                    body_id=meeting.body_id,
                    meeting=meeting,
                    agenda_item=agenda_item,
                    year=year,
                    sequence=last + 1,
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


@transaction.atomic
def decision_update(
    *, decision: Decision, text: str, kind: str, votes: tuple | None = None, actor=None
) -> Decision:
    """Change a decision's text, kind or votes; its register number stays."""
    _check_minutes_open(decision.meeting)
    if not text.strip():
        raise DecisionError(_("Ein Beschluss braucht einen Text."))
    yes, no, abstain = _check_votes(votes)
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
def task_update(*, task: Task, actor=None, **fields) -> Task:
    """Change a task's text, owner, due date or status."""
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
    task.save()
    log_action(
        actor, "task.changed", task, before=before, after={k: str(v) for k, v in fields.items()}
    )
    return task


def task_set_status(*, task: Task, status: str, actor=None) -> Task:
    return task_update(task=task, status=status, actor=actor)


def open_tasks_of_body(body_id: int) -> QuerySet[Task]:
    """Every task of a body that is not done or cancelled, oldest due first."""
    return Task.objects.filter(body_id=body_id, status__in=Task.OPEN_STATES).select_related(
        "owner_person", "owner_body", "meeting"
    )

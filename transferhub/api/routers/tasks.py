"""The register of tasks (Aufgaben)."""

from typing import Literal

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Query, Router, Status
from ninja.pagination import paginate

from transferhub.decisions import services as decision_services
from transferhub.decisions.forms import TaskFilterForm
from transferhub.decisions.models import Decision, Task
from transferhub.decisions.permissions import visible_tasks
from transferhub.meetings.open_tasks import given_before
from transferhub.network.models import Body, Person

from ..errors import ApiProblem
from ..http import if_match, tagged
from ..loading import TASK_RELATED, load_item, load_meeting, load_task, reference, require_user
from ..pagination import LimitOffset
from ..schemas import (
    NO_NUL,
    FilterId,
    Page,
    PathId,
    TaskIn,
    TaskOut,
    TaskPatch,
    TaskStatusFilter,
    responses,
)

router = Router(tags=["Aufgaben"])

# The web register's orders: "due" earliest first, "-due" latest first (undated last in both).
TaskSort = Literal[tuple(value for value, _label in TaskFilterForm.SORTS)]


@router.get("/tasks", response=responses(200, Page[TaskOut]), summary="Aufgabenregister")
@paginate(LimitOffset)
def list_tasks(
    request,
    body: FilterId = None,
    owner: FilterId = None,
    status: TaskStatusFilter | None = None,
    overdue: bool = False,
    q: str = Query("", max_length=200, pattern=NO_NUL),
    before_meeting: FilterId = None,
    sort: TaskSort = "due",
):
    require_user(request)
    tasks = visible_tasks(request.user).select_related(*TASK_RELATED)
    if body is not None:
        tasks = tasks.filter(body_id=body)
    if before_meeting is not None:
        # The follow-up the meeting's page lists: tasks from before it (404 for an unseen one).
        tasks = tasks.filter(given_before(load_meeting(request, before_meeting)))
    if owner is not None:
        tasks = tasks.filter(owner_person_id=owner)
    if status == "open_any":
        tasks = tasks.filter(status__in=Task.OPEN_STATES)
    elif status is not None:
        tasks = tasks.filter(status=status)
    if overdue:
        tasks = tasks.filter(status__in=Task.OPEN_STATES, due_date__lt=timezone.localdate())
    if q:
        tasks = tasks.filter(text__icontains=q)
    return tasks.order_by(*Task.register_order(sort))


@router.get("/tasks/{task_id}", response=responses(200, TaskOut), summary="Aufgabe")
def get_task(request, task_id: PathId, response: HttpResponse):
    task = load_task(request, task_id)
    return tagged(response, task)


@router.post(
    "/tasks",
    response=responses(201, TaskOut),
    summary="Aufgabe aus einem Punkt anlegen",
)
def create_task(request, data: TaskIn):
    require_user(request)
    fields = data.model_dump()
    item = load_item(request, fields["agenda_item_id"], "manage")
    decision = reference(Decision, fields["decision_id"], "decision_id")
    if decision is not None and decision.meeting_id != item.meeting_id:
        raise ApiProblem(
            422,
            "invalid_reference",
            _("Der Beschluss gehört zu einer anderen Sitzung."),
        )
    task = decision_services.task_create(
        agenda_item=item,
        meeting=item.meeting,
        text=fields["text"],
        owner_person=reference(Person, fields["owner_person_id"], "owner_person_id"),
        owner_body=reference(Body, fields["owner_body_id"], "owner_body_id"),
        due_date=fields["due_date"],
        decision=decision,
        actor=request.user,
    )
    return Status(201, task)


@router.patch(
    "/tasks/{task_id}",
    response=responses(200, TaskOut),
    summary="Aufgabe ändern",
)
def update_task(request, task_id: PathId, data: TaskPatch, response: HttpResponse):
    task = load_task(request, task_id, edit=True)
    fields = data.model_dump(exclude_unset=True)
    if "owner_person_id" in fields:
        fields["owner_person"] = reference(Person, fields.pop("owner_person_id"), "owner_person_id")
    if "owner_body_id" in fields:
        fields["owner_body"] = reference(Body, fields.pop("owner_body_id"), "owner_body_id")
    for key in ("text", "status"):
        if fields.get(key, "") is None:
            fields.pop(key)
    task = decision_services.task_update(
        task=task, actor=request.user, expected_version=if_match(request), **fields
    )
    return tagged(response, task)


@router.post(
    "/tasks/{task_id}/done",
    response=responses(200, TaskOut),
    summary="Aufgabe als erledigt markieren",
)
def mark_task_done(request, task_id: PathId):
    task = load_task(request, task_id, edit=True)
    return decision_services.task_set_status(task=task, status=Task.Status.DONE, actor=request.user)

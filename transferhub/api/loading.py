"""Load the object a request names, as the web UI would show it to the request's user."""

from django.db.models import Prefetch
from django.utils.translation import gettext as _

from transferhub.decisions.models import Decision, Task
from transferhub.decisions.permissions import visible_decisions, visible_tasks
from transferhub.meetings.models import AgendaItem, Attachment, Meeting, Presentation
from transferhub.network.permissions import (
    can_edit_task,
    can_manage_body,
    is_secretariat,
    meeting_access,
)

from .errors import ApiProblem, forbidden, login_required, not_found, refusal_means_conflict

ITEM_PREFETCH = Prefetch(
    "presentations", queryset=Presentation.objects.select_related("person", "organisation")
)


TASK_RELATED = ("owner_person", "owner_body")


def reference(model, pk, field: str):
    """The object an input field points at, or a 422 naming the field."""
    if pk is None:
        return None
    obj = model.objects.filter(pk=pk).first()
    if obj is None:
        raise ApiProblem(
            422,
            "invalid_reference",
            _("„%(field)s“ verweist auf ein Objekt, das es nicht gibt.") % {"field": field},
            errors=[{"loc": ["body", field], "msg": "unknown id", "type": "invalid_reference"}],
        )
    return obj


def require_user(request):
    if not request.user.is_authenticated:
        raise login_required()
    return request.user


def require_secretariat(request):
    require_user(request)
    if not is_secretariat(request.user):
        raise forbidden()


def load_meeting(request, pk: int, need: str = "see") -> tuple[Meeting, str]:
    """The meeting and the user's access ("full" or "public"); 404 if unseen, 403 if not allowed."""
    meeting = Meeting.objects.select_related("body").filter(pk=pk).first()
    access = meeting_access(request.user, meeting) if meeting else None
    if access is None:
        raise not_found()
    if need == "manage" and not (
        access == "full" and can_manage_body(request.user, meeting.body_id)
    ):
        if not request.user.is_authenticated:
            raise login_required()
        raise forbidden()
    meeting.api_access = access  # read by the output schemas (online link, hidden items)
    if need == "manage":
        refusal_means_conflict(request, lambda: meeting.minutes_frozen)
    return meeting, access


def load_item(request, pk: int, need: str = "see") -> AgendaItem:
    item = AgendaItem.objects.filter(pk=pk).first()
    if item is None:
        raise not_found()
    meeting, access = load_meeting(request, item.meeting_id, need)
    if access == "public" and not item.public:
        raise not_found()
    item.meeting = meeting
    return item


def load_task(request, pk: int, *, edit: bool = False) -> Task:
    require_user(request)
    task = (
        visible_tasks(request.user)
        .select_related("body", "meeting", *TASK_RELATED)
        .filter(pk=pk)
        .first()
    )
    if task is None:
        raise not_found()
    if edit and not can_edit_task(request.user, task):
        raise forbidden()
    return task


def load_attachment(request, attachment_id: int, need: str = "see") -> Attachment:
    attachment = Attachment.objects.select_related("agenda_item").filter(pk=attachment_id).first()
    if attachment is None:
        raise not_found()
    meeting, access = load_meeting(request, attachment.meeting_id, need)
    if access != "full" and not (attachment.agenda_item_id and attachment.agenda_item.public):
        raise not_found()
    attachment.meeting = meeting
    return attachment


def load_decision(request, decision_id: int) -> Decision:
    decision = (
        visible_decisions(request.user)
        .select_related("body", "meeting")
        .filter(pk=decision_id)
        .first()
    )
    if decision is None:
        raise not_found()
    return decision

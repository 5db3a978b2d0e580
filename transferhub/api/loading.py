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
    """The request's user; 401 without a token."""
    if not request.user.is_authenticated:
        raise login_required()
    return request.user


def require_secretariat(request) -> None:
    """Let only the secretariat (Geschäftsstelle) on; 401 without a token, else 403."""
    require_user(request)
    if not is_secretariat(request.user):
        raise forbidden()


def denied(request) -> ApiProblem:
    """401 for a caller without a token, 403 for a user who may not."""
    return login_required() if not request.user.is_authenticated else forbidden()


def get_or_404(request, queryset, pk: int, *, sees=None, may=None):
    """The object with `pk` the user may see, as get_object_or_404 gives it, else our 404.

    `queryset` holds what the user may see; `sees(obj)` adds a rule that needs the object
    (unseen is 404, as if it did not exist), `may(obj)` what the request wants to do
    with it (401 without a token, else 403).
    """
    obj = queryset.filter(pk=pk).first()
    if obj is None or (sees is not None and not sees(obj)):
        raise not_found()
    if may is not None and not may(obj):
        raise denied(request)
    return obj


def load_meeting(request, pk: int, need: str = "see") -> Meeting:
    """The meeting, its access ("full" or "public") in `api_access`; `need="manage"` to change it."""
    user = request.user

    def sees(meeting) -> bool:
        # The output schemas read the access (online link, non-public items and files).
        meeting.api_access = meeting_access(user, meeting)
        return meeting.api_access is not None

    def manages(meeting) -> bool:
        return meeting.api_access == "full" and can_manage_body(user, meeting.body_id)

    meeting = get_or_404(
        request,
        Meeting.objects.select_related("body"),
        pk,
        sees=sees,
        may=manages if need == "manage" else None,
    )
    if need == "manage":
        refusal_means_conflict(request, lambda: meeting.minutes_frozen)
    return meeting


def load_item(request, pk: int, need: str = "see") -> AgendaItem:
    """The agenda item; a non-public one only with full access to its meeting."""
    item = get_or_404(request, AgendaItem.objects, pk)
    item.meeting = load_meeting(request, item.meeting_id, need)
    if item.meeting.api_access == "public" and not item.public:
        raise not_found()
    return item


def load_attachment(request, pk: int, need: str = "see") -> Attachment:
    """The attachment; one of a non-public item (or of none) only with full access."""
    attachment = get_or_404(request, Attachment.objects.select_related("agenda_item"), pk)
    attachment.meeting = load_meeting(request, attachment.meeting_id, need)
    public = attachment.agenda_item_id and attachment.agenda_item.public
    if attachment.meeting.api_access != "full" and not public:
        raise not_found()
    return attachment


def meeting_items(meeting):
    """The meeting's agenda in order; only the public items without full access."""
    items = meeting.agenda_items.order_by("order").prefetch_related(ITEM_PREFETCH)
    return items if meeting.api_access == "full" else items.filter(public=True)


def meeting_attachments(meeting):
    """The meeting's attachments; only those of public items without full access."""
    attachments = meeting.attachments.order_by("number")
    if meeting.api_access == "full":
        return attachments
    return attachments.filter(agenda_item__public=True)


def load_decision(request, pk: int, need: str = "see") -> Decision:
    """A decision of the register the user sees; `need="manage"` to change it."""
    decision = get_or_404(
        request, visible_decisions(request.user).select_related("body", "meeting"), pk
    )
    if need == "manage":
        load_meeting(request, decision.meeting_id, "manage")
    return decision


def load_task(request, pk: int, *, edit: bool = False) -> Task:
    """A task of the register the user sees; `edit=True` to change it."""
    user = require_user(request)
    tasks = visible_tasks(user).select_related("body", "meeting", *TASK_RELATED)
    return get_or_404(
        request, tasks, pk, may=(lambda task: can_edit_task(user, task)) if edit else None
    )

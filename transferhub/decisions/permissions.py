"""What decisions, tasks and topics a user may see (used by the web pages, the API and search)."""

from django.db.models import Exists, OuterRef, Q, QuerySet

from transferhub.meetings.models import Meeting
from transferhub.network.permissions import body_roles, is_secretariat, person_of

from .models import Decision, Task


def can_see_topics(user) -> bool:
    """Topics (Vorhaben) are the network's own work: for current members of a body and the
    secretariat, not for every signed-in login (a self-registered company, a purchaser)."""
    return is_secretariat(user) or bool(body_roles(user))


def visible_tasks(user) -> QuerySet[Task]:
    """Tasks of the user's bodies, owned by them or by a body they belong to; all for the secretariat."""
    if is_secretariat(user):
        return Task.objects.all()
    body_ids = list(body_roles(user))
    where = Q(body_id__in=body_ids) | Q(owner_body_id__in=body_ids)
    person = person_of(user)
    if person is not None:
        where |= Q(owner_person=person)
    return Task.objects.filter(where)


def visible_decisions(user, *, per_row: bool = False) -> QuerySet[Decision]:
    """Decisions of the user's bodies, plus those on public items of approved minutes.

    per_row: ask for each decision whether its meeting is approved (EXISTS) instead of
    joining the meetings. The same rows; for a query narrowed by an index on the decisions
    (one year), SQLite then walks that index instead of every approved meeting.
    """
    if is_secretariat(user):
        return Decision.objects.all()
    approved = (
        Exists(Meeting.objects.filter(pk=OuterRef("meeting_id"), state="minutes_approved"))
        if per_row
        else Q(meeting__state="minutes_approved")
    )
    public = approved & (Q(agenda_item__isnull=True) | Q(agenda_item__public=True))
    return Decision.objects.filter(public | Q(body_id__in=list(body_roles(user))))

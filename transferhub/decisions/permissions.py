"""What decisions and tasks a user may see (used by the web pages, the API and search)."""

from django.db.models import Q, QuerySet

from transferhub.network.permissions import body_roles, is_secretariat, person_of

from .models import Decision, Task


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


def visible_decisions(user) -> QuerySet[Decision]:
    """Decisions of the user's bodies, plus those on public items of approved minutes."""
    if is_secretariat(user):
        return Decision.objects.all()
    public = Q(meeting__state="minutes_approved") & (
        Q(agenda_item__isnull=True) | Q(agenda_item__public=True)
    )
    return Decision.objects.filter(public | Q(body_id__in=list(body_roles(user))))

"""Who may see and do what.

- The secretariat (group "Geschäftsstelle", or a superuser) manages everything.
- The chair and the secretariat members of a body manage that body's meetings.
- Members and guests of a body see its meetings and edit tasks they own.
- Everyone else, anonymous included, sees only public items of approved minutes.
"""

from django.db.models import Q
from django.utils import timezone

# The secretariat's rule lives in lib (its audit log page asks too); every app asks here.
from transferhub.lib.roles import SECRETARIAT_GROUP, is_secretariat  # noqa: F401

MANAGING_ROLES = {"chair", "secretariat"}


def current_membership_q(prefix: str = "") -> Q:
    """Memberships that hold today: begun (or without a start), not ended (or open-ended).

    prefix: the path to the membership from the model queried, e.g. "memberships__".
    """
    today = timezone.localdate()
    return (
        Q(**{f"{prefix}start_date__isnull": True}) | Q(**{f"{prefix}start_date__lte": today})
    ) & (Q(**{f"{prefix}end_date__isnull": True}) | Q(**{f"{prefix}end_date__gte": today}))


def current_body_ids(person) -> set[int]:
    """Ids of the bodies the person currently belongs to, in any role."""
    from .models import Membership

    return set(
        Membership.objects.filter(current_membership_q(), person=person).values_list(
            "body_id", flat=True
        )
    )


def body_roles(user) -> dict[int, set[str]]:
    """Map body id to the roles the user currently holds there (cached per request)."""
    if not user.is_authenticated:
        return {}
    if not hasattr(user, "_th_body_roles"):
        from .models import Membership

        roles: dict[int, set[str]] = {}
        rows = Membership.objects.filter(current_membership_q(), person__user=user).values_list(
            "body_id", "role"
        )
        for body_id, role in rows:
            roles.setdefault(body_id, set()).add(role)
        user._th_body_roles = roles
    return user._th_body_roles


def person_of(user):
    """The user's Person record, or None."""
    if not user.is_authenticated:
        return None
    from .models import Person

    if not hasattr(user, "_th_person"):
        user._th_person = Person.objects.filter(user=user).first()
    return user._th_person


def can_manage_body(user, body_id: int) -> bool:
    return is_secretariat(user) or bool(body_roles(user).get(body_id, set()) & MANAGING_ROLES)


def is_member_of(user, body_id: int) -> bool:
    return is_secretariat(user) or body_id in body_roles(user)


def managed_body_ids(user) -> set[int] | None:
    """Ids of bodies the user manages; None means all of them."""
    if is_secretariat(user):
        return None
    return {b for b, roles in body_roles(user).items() if roles & MANAGING_ROLES}


def meeting_access(user, meeting) -> str | None:
    """Return "full" (member or manager), "public" (approved minutes, public items) or None."""
    if is_member_of(user, meeting.body_id):
        return "full"
    if meeting.state == "minutes_approved":
        return "public"
    return None


def visible_meetings_filter(user) -> Q:
    """A filter on Meeting for what the user may open."""
    public = Q(state="minutes_approved")
    if is_secretariat(user):
        return Q()
    return public | Q(body_id__in=list(body_roles(user)))


def can_edit_task(user, task) -> bool:
    """Managers of the task's body or of the body that owns it, and the owning person."""
    if can_manage_body(user, task.body_id):
        return True
    if task.owner_body_id and can_manage_body(user, task.owner_body_id):
        return True
    person = person_of(user)
    return person is not None and task.owner_person_id == person.pk

"""Who may see and do what.

- The secretariat (group "Geschäftsstelle", or a superuser) manages everything.
- The chair and the secretariat members of a body manage that body's meetings.
- Members and guests of a body see its meetings and edit tasks they own.
- The coordinators of a network (Koordination) manage that network's bodies and their
  meetings, its website, events and application for recognition; not another network's.
- Everyone else, anonymous included, sees only public items of approved minutes.
"""

from django.db.models import Q
from django.utils import timezone

# The secretariat's rule lives in lib (its audit log page asks too); every app asks here.
from transferhub.lib.roles import SECRETARIAT_GROUP, is_secretariat  # noqa: F401

# "coordinator" is no membership role: body_roles() gives it for every body of a
# network the user coordinates.
MANAGING_ROLES = {"chair", "secretariat", "coordinator"}
COORDINATOR = "coordinator"


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
        from django.db.models import CharField, Value

        from .models import Body, Membership

        roles: dict[int, set[str]] = {}
        # One query: the memberships, and the bodies of the networks the user coordinates.
        rows = (
            Membership.objects.filter(current_membership_q(), person__user=user)
            .order_by()
            .values_list("body_id", "role")
            .union(
                Body.objects.filter(network__coordinators__user=user)
                .order_by()
                .values_list("pk", Value(COORDINATOR, output_field=CharField()))
            )
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


def coordinated_network_ids(user) -> set[int]:
    """Ids of the networks the user coordinates (cached per request)."""
    if not user.is_authenticated:
        return set()
    if not hasattr(user, "_th_networks"):
        from .models import Network

        user._th_networks = set(
            Network.objects.filter(coordinators__user=user).values_list("pk", flat=True)
        )
    return user._th_networks


def can_manage_network(user, network_id: int) -> bool:
    """The secretariat for every network, coordinators for their own."""
    return is_secretariat(user) or network_id in coordinated_network_ids(user)


def managed_network_ids(user) -> set[int] | None:
    """Ids of networks the user manages; None means all of them."""
    if is_secretariat(user):
        return None
    return coordinated_network_ids(user)

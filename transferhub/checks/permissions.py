"""Who may see and work on which company's assessments.

- Company staff (logins linked to the company) see and edit their company's assessments
  and alone sign its self-declaration.
- A consultant (a network person with a login) sees and edits the assessments of the
  companies they currently serve and that authorised them (Consultancy.authorised, set
  in the admin); an unauthorised or ended consultancy gives nothing.
- The secretariat sees everything (read only) and the statistics.
- A survey response belongs to its respondent; the secretariat sees only the aggregate.
"""

from django.db.models import Q, QuerySet

from transferhub.network.permissions import is_secretariat, person_of

from .models import Assessment, Company, Consultancy


def consulting_q(prefix: str = "") -> Q:
    """Consultancies that let the consultant work on the checks: current and authorised."""
    return Consultancy.active_q(prefix) & Q(**{f"{prefix}authorised": True})


def consulted_company_ids(user) -> set[int]:
    """Companies the user currently serves as an authorised consultant (cached)."""
    person = person_of(user)
    if person is None:
        return set()
    if not hasattr(user, "_th_consulted_ids"):
        user._th_consulted_ids = set(
            Consultancy.objects.filter(consulting_q(), consultant=person).values_list(
                "company_id", flat=True
            )
        )
    return user._th_consulted_ids


def served_company_ids(user) -> set[int]:
    """Companies the user acts for as staff or as their authorised consultant (cached)."""
    if not user.is_authenticated:
        return set()
    if not hasattr(user, "_th_company_ids"):
        ids = set(Company.objects.filter(staff=user).values_list("pk", flat=True))
        user._th_company_ids = ids | consulted_company_ids(user)
    return user._th_company_ids


def is_staff_of(user, company_id: int | None) -> bool:
    if not user.is_authenticated or company_id is None:
        return False
    if not hasattr(user, "_th_staff_ids"):
        user._th_staff_ids = set(Company.objects.filter(staff=user).values_list("pk", flat=True))
    return company_id in user._th_staff_ids


def consultant_for(user, company: Company):
    """The user's Person if they currently serve the company as authorised consultant, else None."""
    if company.pk in consulted_company_ids(user):
        return person_of(user)
    return None


def visible_companies(user) -> QuerySet[Company]:
    if is_secretariat(user):
        return Company.objects.all()
    return Company.objects.filter(pk__in=served_company_ids(user))


def visible_assessments(user) -> QuerySet[Assessment]:
    """Assessments the user may open."""
    if not user.is_authenticated:
        return Assessment.objects.none()
    mine = Q(company_id__in=served_company_ids(user)) | Q(company__isnull=True, started_by=user)
    if is_secretariat(user):
        # Survey responses stay private to their respondent; the office sees the aggregate.
        return Assessment.objects.filter(Q(company__isnull=False) | mine)
    return Assessment.objects.filter(mine)


def can_edit_assessment(user, assessment: Assessment) -> bool:
    if assessment.company_id is None:
        return assessment.started_by_id == user.pk
    return assessment.company_id in served_company_ids(user)


def can_declare(user, assessment: Assessment) -> bool:
    """Only the company itself signs its self-declaration."""
    return is_staff_of(user, assessment.company_id)


def can_see_statistics(user) -> bool:
    return is_secretariat(user)

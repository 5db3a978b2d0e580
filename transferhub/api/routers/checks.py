"""Checks in the JSON API: assessments with their ratings and action plans (read only).

Who sees what is the web UI's rule (checks.permissions.visible_assessments): company
staff their company's, a consultant those of the companies they currently serve, the
secretariat all companies'; a survey response only its respondent.
"""

from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from ninja import Query, Router
from ninja.pagination import paginate

from transferhub.checks.models import Answer, Assessment, CheckPoint, Measure
from transferhub.checks.permissions import visible_assessments
from transferhub.checks.results import assessment_results, theme_light

from ..errors import not_found
from ..loading import get_or_404, require_user
from ..pagination import LimitOffset
from ..schemas import (
    NO_NUL,
    ActionPlanOut,
    AssessmentDetailOut,
    AssessmentOut,
    FilterId,
    Page,
    PathId,
    responses,
)

router = Router(tags=["Checks"])
RELATED = ("version__instrument", "company", "consultant")


def _count(model, link: str, condition: Q):
    """A subquery counting rows of `model` matching `condition` whose `link` is the outer row."""
    rows = (
        model.objects.filter(condition, **{link: OuterRef("pk")})
        .order_by()
        .values(link)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


def _with_counts(assessments):
    """Annotate check points, rated points and planned measures in the same query."""
    points = (
        CheckPoint.objects.filter(version_id=OuterRef("version_id"))
        .order_by()
        .values("version_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return assessments.annotate(
        n_points=Coalesce(Subquery(points, output_field=IntegerField()), 0),
        n_rated=_count(Answer, "assessment", ~Q(value="")),
        n_measures=_count(Measure, "assessment", ~Q(text="")),
    )


def _load(request, assessment_id: int) -> Assessment:
    user = require_user(request)
    assessments = _with_counts(visible_assessments(user).select_related(*RELATED))
    return get_or_404(request, assessments, assessment_id)


def _summary(assessment: Assessment, results) -> dict:
    scale = assessment.version.scale
    scores = {o["value"]: o.get("score") for o in scale}
    counts = {o["value"]: 0 for o in scale}
    counts["open"] = 0
    values = [p.value for r in results for p in r.points]
    for value in values:
        key = value or "open"
        counts[key] = counts.get(key, 0) + 1
    scored = [scores[v] for v in values if scores.get(v) is not None]
    best = max((s for s in scores.values() if s is not None), default=0)
    rated = sum(1 for v in values if v)
    return {
        "points": len(values),
        "rated": rated,
        "percent_rated": round(100 * rated / len(values)) if values else 0,
        "counts": counts,
        "score": sum(scored),
        "max_score": best * len(scored),
        "light": theme_light(values),
    }


@router.get(
    "/assessments",
    response=responses(200, Page[AssessmentOut]),
    summary="Bewertungen (Checks), die Sie sehen dürfen",
)
@paginate(LimitOffset)
def list_assessments(
    request,
    company: FilterId = None,
    instrument: str = Query("", max_length=40, pattern=NO_NUL, description="Kennung, z. B. OM-SGA"),
):
    require_user(request)
    assessments = visible_assessments(request.user).select_related(*RELATED)
    if company is not None:
        assessments = assessments.filter(company_id=company)
    if instrument:
        assessments = assessments.filter(version__instrument__code=instrument)
    assessments = _with_counts(assessments).order_by("-created", "-pk")
    return assessments


@router.get(
    "/assessments/{assessment_id}",
    response=responses(200, AssessmentDetailOut),
    summary="Bewertung mit Antworten je Check-Punkt und Auswertung",
)
def get_assessment(request, assessment_id: PathId):
    assessment = _load(request, assessment_id)
    assessment.results = assessment_results(assessment)
    labels = assessment.version.scale_labels()
    for point in (p for r in assessment.results for p in r.points):
        point.label = labels.get(point.value, "") if point.value else ""
    assessment.score_summary = _summary(assessment, assessment.results)
    return assessment


@router.get(
    "/assessments/{assessment_id}/action-plan",
    response=responses(200, ActionPlanOut),
    summary="Maßnahmenplan einer Bewertung",
)
def get_action_plan(request, assessment_id: PathId):
    assessment = _load(request, assessment_id)
    if assessment.version.instrument.is_survey:
        raise not_found()  # a survey has no action plan, as on the web
    measures = list(assessment.measures.select_related("check_point"))
    planned = [m.check_point_id for m in measures if m.check_point_id]
    open_points = (
        assessment.answers.filter(value__in=["red", "yellow"])
        .exclude(check_point_id__in=planned)
        .count()
    )
    return {"assessment_id": assessment.pk, "open_points": open_points, "measures": measures}

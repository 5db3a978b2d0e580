"""Checks in the JSON API: assessments with their ratings and action plans (read only).

Who sees what is the web UI's rule (checks.permissions.visible_assessments): company
staff their company's, a consultant those of the companies they currently serve, the
secretariat all companies'; a survey response only its respondent.
"""

from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from ninja import Query, Router

from transferhub.checks.models import MIN_MEASURES, Answer, Assessment, CheckPoint, Measure
from transferhub.checks.permissions import visible_assessments
from transferhub.checks.results import assessment_results, theme_light

from ..errors import not_found
from ..loading import require_user
from ..pagination import MAX_LIMIT, MAX_OFFSET, paginate
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


def assessment_status(a: Assessment, *, points: int, rated: int, measures: int) -> str:
    """The state of an assessment in one word, as its overview page describes it."""
    if a.version.instrument.is_survey:
        return "submitted" if a.submitted_at else "in_progress"
    if a.declared_at:
        return "declared" if a.declaration_valid() else "expired"
    if rated >= points and measures >= MIN_MEASURES:
        return "complete"
    return "in_progress"


def assessment_out(a: Assessment) -> dict:
    points, rated, measures = a.n_points, a.n_rated, a.n_measures
    instrument = a.version.instrument
    return {
        "id": a.pk,
        "instrument_code": instrument.code,
        "instrument_title": instrument.title,
        "instrument_kind": instrument.kind,
        "version": a.version.version,
        "company_id": a.company_id,
        "company_name": a.company.name if a.company_id else None,
        "consultant_id": a.consultant_id,
        "consultant_name": a.consultant.full_name if a.consultant_id else "",
        "status": assessment_status(a, points=points, rated=rated, measures=measures),
        "points": points,
        "rated": rated,
        "measures": measures,
        "created": a.created,
        "modified": a.modified,
        "submitted_at": a.submitted_at,
        "declared_at": a.declared_at,
        "valid_until": a.valid_until,
    }


def _load(request, assessment_id: int) -> Assessment:
    require_user(request)
    assessment = (
        _with_counts(visible_assessments(request.user).select_related(*RELATED))
        .filter(pk=assessment_id)
        .first()
    )
    if assessment is None:
        raise not_found()
    return assessment


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
def list_assessments(
    request,
    company: FilterId = None,
    instrument: str = Query("", max_length=40, pattern=NO_NUL, description="Kennung, z. B. OM-SGA"),
    limit: int = Query(50, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
):
    require_user(request)
    assessments = visible_assessments(request.user).select_related(*RELATED)
    if company is not None:
        assessments = assessments.filter(company_id=company)
    if instrument:
        assessments = assessments.filter(version__instrument__code=instrument)
    assessments = _with_counts(assessments).order_by("-created", "-pk")
    return paginate(assessments, limit, offset, assessment_out)


@router.get(
    "/assessments/{assessment_id}",
    response=responses(200, AssessmentDetailOut),
    summary="Bewertung mit Antworten je Check-Punkt und Auswertung",
)
def get_assessment(request, assessment_id: PathId):
    assessment = _load(request, assessment_id)
    results = assessment_results(assessment)
    labels = assessment.version.scale_labels()
    return {
        **assessment_out(assessment),
        "scale": [
            {"value": o["value"], "label": o["label"], "score": o.get("score")}
            for o in assessment.version.scale
        ],
        "themes": [
            {
                "key": r.theme.key,
                "position": r.theme.position,
                "title": r.theme.title,
                "light": r.light,
                "points": [
                    {
                        "id": p.point.pk,
                        "key": p.point.key,
                        "number": p.point.number,
                        "title": p.point.title,
                        "value": p.value,
                        "label": labels.get(p.value, "") if p.value else "",
                        "note": p.note,
                    }
                    for p in r.points
                ],
            }
            for r in results
        ],
        "summary": _summary(assessment, results),
        "completion_problems": [str(p) for p in assessment.completion_problems()],
    }


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
    return {
        "assessment_id": assessment.pk,
        "open_points": open_points,
        "measures": [
            {
                "id": m.pk,
                "text": m.text,
                "check_point_id": m.check_point_id,
                "check_point_number": m.check_point.number if m.check_point_id else None,
                "check_point_title": m.check_point.title if m.check_point_id else None,
                "category": m.category,
                "priority": m.priority,
                "responsible": m.responsible,
                "due_date": m.due_date,
                "status": m.status,
                "effect_check": m.effect_check,
                "created": m.created,
                "modified": m.modified,
            }
            for m in measures
        ],
    }

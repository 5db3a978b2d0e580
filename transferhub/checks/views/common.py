"""Helpers the check pages share: paging, downloads, loading an assessment with its permission."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404

from ..models import Assessment, CheckPoint, Instrument, InstrumentVersion
from ..permissions import can_edit_assessment, visible_assessments
from ..results import glossify

PAGE_SIZE = 50


ASSESSMENT_RELATED = ("version__instrument", "company", "consultant", "started_by", "declared_by")


def _page(request, queryset):
    return Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))


def _download(export) -> HttpResponse:
    filename, mimetype, content = export
    response = HttpResponse(content, content_type=mimetype)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _usable_instruments():
    return (
        Instrument.objects.filter(versions__status__in=InstrumentVersion.USABLE)
        .distinct()
        .order_by("title")
    )


def _load_assessment(request, pk: int) -> Assessment:
    """The assessment if the user may see it; 404 otherwise (its existence is not revealed)."""
    return get_object_or_404(
        visible_assessments(request.user).select_related(*ASSESSMENT_RELATED), pk=pk
    )


def _editable_assessment(request, pk: int) -> Assessment:
    assessment = _load_assessment(request, pk)
    if not can_edit_assessment(request.user, assessment):
        raise PermissionDenied
    return assessment


def _render_point(point: CheckPoint, terms, pattern) -> dict:
    title, used_title = glossify(point.local_title, terms, pattern)
    practice, used_practice = glossify(point.local_practice, terms, pattern)
    why, used_why = glossify(point.local_why, terms, pattern)
    used = []
    for term in used_title + used_practice + used_why:
        if term not in used:
            used.append(term)
    return {"point": point, "title": title, "practice": practice, "why": why, "terms": used}

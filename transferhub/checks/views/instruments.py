"""Pages of the instruments: the list, one instrument, and for the network its statistics and survey results."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from transferhub.network.permissions import is_secretariat

from .. import charts
from ..forms import StatisticsFilterForm
from ..models import Instrument, InstrumentVersion
from ..permissions import (
    can_see_statistics,
    served_company_ids,
    visible_assessments,
    visible_companies,
)
from ..results import MIN_GROUP, glossary_pattern, statistics, survey_results
from .common import ASSESSMENT_RELATED, PAGE_SIZE, _page, _render_point, _usable_instruments


def index(request):
    """List the instruments; for a signed-in user also their companies and assessments."""
    instruments = list(
        _usable_instruments().prefetch_related(
            Prefetch("versions", queryset=InstrumentVersion.objects.order_by("-loaded_at"))
        )
    )
    for instrument in instruments:
        instrument.current = instrument.current_version()
    context = {"instruments": instruments}
    if request.user.is_authenticated:
        assessments = visible_assessments(request.user)
        if is_secretariat(request.user):
            assessments = assessments.filter(
                Q(started_by=request.user) | Q(company_id__in=served_company_ids(request.user))
            )
        page = _page(request, assessments.select_related(*ASSESSMENT_RELATED).order_by("-modified"))
        context.update(
            page_obj=page,
            assessments=page.object_list,
            companies=visible_companies(request.user).filter(
                pk__in=served_company_ids(request.user)
            )[:PAGE_SIZE],
        )
    return render(request, "checks/index.html", context)


def instrument_detail(request, code: str):
    """Show an instrument version: themes, check points with glossary terms explained."""
    instrument = get_object_or_404(Instrument, code=code)
    versions = list(instrument.versions.order_by("-loaded_at"))
    if not is_secretariat(request.user):
        versions = [v for v in versions if v.status != InstrumentVersion.Status.DRAFT]
    if not versions:
        raise Http404
    wanted = request.GET.get("version")
    version = next((v for v in versions if v.version == wanted), None) if wanted else None
    version = version or instrument.current_version() or versions[0]
    if version not in versions:
        raise Http404
    terms = list(version.glossary.all())
    pattern = glossary_pattern(terms)
    themes = list(version.themes.prefetch_related("check_points"))
    for theme in themes:
        theme.rendered_points = [_render_point(p, terms, pattern) for p in theme.check_points.all()]
    return render(
        request,
        "checks/instrument_detail.html",
        {
            "instrument": instrument,
            "version": version,
            "versions": versions,
            "themes": themes,
            "glossary": terms,
            "can_take_survey": instrument.is_survey
            and request.user.is_authenticated
            and version.is_usable,
            "can_see_statistics": can_see_statistics(request.user),
        },
    )


def _statistics_version(request, code: str) -> InstrumentVersion:
    if not can_see_statistics(request.user):
        raise PermissionDenied
    instrument = get_object_or_404(Instrument, code=code)
    versions = list(instrument.versions.order_by("-loaded_at"))
    wanted = request.GET.get("version")
    version = next((v for v in versions if v.version == wanted), None)
    version = version or instrument.current_version() or (versions[0] if versions else None)
    if version is None:
        raise Http404
    version.all_versions = versions
    return version


@login_required
def instrument_statistics(request, code: str):
    """Shares of red/yellow/green per theme and check point, by industry and size class."""
    version = _statistics_version(request, code)
    if version.instrument.is_survey:
        return redirect("checks:survey_results", code=code)
    form = StatisticsFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    stats = statistics(
        version, wz_section=filters.get("wz_section", ""), size_class=filters.get("size_class", "")
    )
    theme_chart = point_charts = industry_charts = size_charts = None
    if not stats["suppressed"]:
        theme_chart = charts.traffic_chart(
            _("Anteile je Thema"),
            [(f"{t['theme'].position}. {t['theme'].local_title}", t) for t in stats["themes"]],
        )
        point_charts = [
            (
                t,
                charts.traffic_chart(
                    t["theme"].local_title,
                    [(f"{p['point'].number} {p['point'].local_title}", p) for p in t["points"]],
                ),
            )
            for t in stats["themes"]
        ]
    industry_charts = [
        (
            g,
            None
            if g["suppressed"]
            else charts.traffic_chart(
                g["label"], [(t["theme"].local_title, t) for t in g["themes"]]
            ),
        )
        for g in stats["by_industry"]
    ]
    size_charts = [
        (
            g,
            None
            if g["suppressed"]
            else charts.traffic_chart(
                g["label"], [(t["theme"].local_title, t) for t in g["themes"]]
            ),
        )
        for g in stats["by_size"]
    ]
    return render(
        request,
        "checks/statistics.html",
        {
            "version": version,
            "instrument": version.instrument,
            "form": form,
            "stats": stats,
            "min_group": MIN_GROUP,
            "theme_chart": theme_chart,
            "point_charts": point_charts,
            "industry_charts": industry_charts,
            "size_charts": size_charts,
        },
    )


@login_required
def survey_results_view(request, code: str):
    """Aggregated answers of a survey; nothing is shown below five responses."""
    version = _statistics_version(request, code)
    if not version.instrument.is_survey:
        return redirect("checks:statistics", code=code)
    results = survey_results(version)
    labels = list(version.scale_labels().values())
    theme_charts = []
    if not results["suppressed"]:
        for theme in results["themes"]:
            rows = [
                (q["point"].local_title, [o["share"] for o in q["options"]])
                for q in theme["questions"]
            ]
            theme_charts.append(
                (theme, charts.scale_chart(theme["theme"].local_title, rows, labels))
            )
    return render(
        request,
        "checks/survey_results.html",
        {
            "version": version,
            "instrument": version.instrument,
            "results": results,
            "theme_charts": theme_charts,
            "min_group": MIN_GROUP,
            "labels": labels,
        },
    )

"""Pages for instruments, companies, assessments, action plans, reports and statistics."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from transferhub.network.permissions import is_secretariat

from . import charts, services
from .exports import THEME_RULE, action_plan_xlsx, report_pdf
from .forms import MeasureForm, StartAssessmentForm, StatisticsFilterForm, ThemeAnswersForm
from .models import Assessment, CheckPoint, Instrument, InstrumentVersion, Measure
from .permissions import (
    can_declare,
    can_edit_assessment,
    can_see_statistics,
    consultant_for,
    is_staff_of,
    served_company_ids,
    visible_assessments,
    visible_companies,
)
from .results import (
    MIN_GROUP,
    assessment_results,
    comparison,
    glossary_pattern,
    glossify,
    light_label,
    previous_assessment,
    statistics,
    survey_results,
    urgent_first,
)

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


# --- Instruments ---------------------------------------------------------------------------


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


def _render_point(point: CheckPoint, terms, pattern) -> dict:
    title, used_title = glossify(point.title, terms, pattern)
    practice, used_practice = glossify(point.practice, terms, pattern)
    why, used_why = glossify(point.why, terms, pattern)
    used = []
    for term in used_title + used_practice + used_why:
        if term not in used:
            used.append(term)
    return {"point": point, "title": title, "practice": practice, "why": why, "terms": used}


# --- Companies -----------------------------------------------------------------------------


@login_required
def company_list(request):
    """List the companies the user works for (all of them for the secretariat)."""
    companies = visible_companies(request.user).annotate(n_assessments=Count("assessments"))
    q = request.GET.get("q", "").strip()
    if "\x00" in q:  # no name holds NUL, and PostgreSQL refuses it in a query
        companies = companies.none()
    elif q:
        companies = companies.filter(name__icontains=q)
    page = _page(request, companies.order_by("name"))
    return render(
        request,
        "checks/company_list.html",
        {"page_obj": page, "companies": page.object_list, "q": q},
    )


@login_required
def company_detail(request, pk: int):
    """Show a company, its consultants and assessments; start a new assessment."""
    company = get_object_or_404(visible_companies(request.user), pk=pk)
    can_act = company.pk in served_company_ids(request.user)
    form = StartAssessmentForm(
        instruments=_usable_instruments().exclude(kind=Instrument.Kind.SURVEY)
    )
    assessments = company.assessments.select_related(*ASSESSMENT_RELATED).order_by("-created")
    page = _page(request, assessments)
    return render(
        request,
        "checks/company_detail.html",
        {
            "company": company,
            "consultancies": company.consultancies.select_related("consultant"),
            "page_obj": page,
            "assessments": page.object_list,
            "form": form,
            "can_act": can_act,
            # Staff of a company without a supplier profile are offered the next step.
            "can_create_supplier": is_staff_of(request.user, company.pk)
            and not hasattr(company, "supplier"),
        },
    )


@login_required
@require_POST
def assessment_start(request, pk: int):
    """Start an assessment for a company with the chosen instrument's current version."""
    company = get_object_or_404(visible_companies(request.user), pk=pk)
    if company.pk not in served_company_ids(request.user):
        raise PermissionDenied
    form = StartAssessmentForm(
        request.POST, instruments=_usable_instruments().exclude(kind=Instrument.Kind.SURVEY)
    )
    if not form.is_valid():
        messages.error(request, _("Bitte wählen Sie ein Instrument."))
        return redirect(company)
    try:
        assessment = services.assessment_start(
            instrument=form.cleaned_data["instrument"],
            company=company,
            actor=request.user,
            consultant=consultant_for(request.user, company),
        )
    except services.CheckError as exc:
        messages.error(request, str(exc))
        return redirect(company)
    messages.success(request, _("Die Bewertung ist angelegt. Beginnen Sie mit dem ersten Thema."))
    return redirect("checks:theme", pk=assessment.pk, position=1)


@login_required
@require_POST
def survey_start(request, code: str):
    """Take part in a survey: start (or continue) one's own response."""
    instrument = get_object_or_404(Instrument, code=code, kind=Instrument.Kind.SURVEY)
    existing = (
        Assessment.objects.filter(
            version__instrument=instrument, company__isnull=True, started_by=request.user
        )
        .order_by("-created")
        .first()
    )
    if existing is not None and not existing.submitted_at:
        return redirect("checks:theme", pk=existing.pk, position=1)
    try:
        assessment = services.assessment_start(
            instrument=instrument, company=None, actor=request.user
        )
    except services.CheckError as exc:
        messages.error(request, str(exc))
        return redirect("checks:instrument", code=code)
    return redirect("checks:theme", pk=assessment.pk, position=1)


# --- Assessments ---------------------------------------------------------------------------


def _progress(assessment: Assessment, results) -> dict:
    total = sum(len(r.points) for r in results)
    rated = sum(r.rated for r in results)
    return {"total": total, "rated": rated, "percent": round(100 * rated / total) if total else 0}


@login_required
def assessment_detail(request, pk: int):
    """Overview: themes with progress, what is missing for completion."""
    assessment = _load_assessment(request, pk)
    results = assessment_results(assessment)
    measures = assessment.measures.exclude(text="").count()
    return render(
        request,
        "checks/assessment_detail.html",
        {
            "assessment": assessment,
            "results": results,
            "progress": _progress(assessment, results),
            "measure_count": measures,
            "problems": assessment.completion_problems(),
            "can_edit": can_edit_assessment(request.user, assessment),
            "can_declare": can_declare(request.user, assessment),
        },
    )


@login_required
def assessment_theme(request, pk: int, position: int):
    """Answer the check points of one theme; save and stay, or save and go on."""
    assessment = _load_assessment(request, pk)
    can_edit = can_edit_assessment(request.user, assessment) and not assessment.is_frozen
    themes = list(assessment.version.themes.all())
    theme = next((t for t in themes if t.position == position), None)
    if theme is None:
        raise Http404
    points = list(theme.check_points.all())
    answers = {a.check_point_id: a for a in assessment.answers.filter(check_point__theme=theme)}
    form_kwargs = {
        "points": points,
        "answers": answers,
        "scale": assessment.version.scale,
        "disabled": not can_edit,
    }
    if request.method == "POST":
        if not can_edit_assessment(request.user, assessment):
            raise PermissionDenied
        form = ThemeAnswersForm(request.POST, **form_kwargs)
        if form.is_valid():
            try:
                services.answers_save(
                    assessment=assessment, answers=form.answers(), actor=request.user
                )
            except services.CheckError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(
                    request, _("Ihre Antworten zu „%(t)s“ sind gespeichert.") % {"t": theme.title}
                )
                if "next" in request.POST and position < len(themes):
                    return redirect("checks:theme", pk=pk, position=position + 1)
                if "next" in request.POST:
                    return redirect("checks:assessment", pk=pk)
                return redirect("checks:theme", pk=pk, position=position)
    else:
        form = ThemeAnswersForm(**form_kwargs)
    terms = list(assessment.version.glossary.all())
    pattern = glossary_pattern(terms)
    rows = [
        (_render_point(point, terms, pattern), value_field, note_field)
        for point, value_field, note_field in form.rows()
    ]
    rated = assessment.answers.exclude(value="").count()
    total = assessment.version.check_points.count()
    return render(
        request,
        "checks/assessment_theme.html",
        {
            "assessment": assessment,
            "theme": theme,
            "themes": themes,
            "form": form,
            "rows": rows,
            "can_edit": can_edit,
            "progress": {
                "rated": rated,
                "total": total,
                "percent": round(100 * rated / total) if total else 0,
            },
            "previous_position": position - 1 if position > 1 else None,
            "next_position": position + 1 if position < len(themes) else None,
        },
    )


@login_required
def assessment_result(request, pk: int):
    """Traffic light per theme (rule stated), urgent points first, comparison with last time."""
    assessment = _load_assessment(request, pk)
    if assessment.instrument.is_survey:
        return redirect("checks:assessment", pk=pk)
    results = assessment_results(assessment)
    before = previous_assessment(assessment)
    compared = comparison(before, assessment) if before else None
    chart = None
    if compared:
        rows = []
        for row in compared["rows"]:
            if row["before"] is not None:
                rows.append(
                    (f"{row['title']} – {_('vorher')}", charts.counts_to_shares(row["before"]))
                )
            rows.append((f"{row['title']} – {_('jetzt')}", charts.counts_to_shares(row["after"])))
        chart = charts.traffic_chart(
            _("Vergleich mit der Bewertung vom %(d)s") % {"d": before.created.strftime("%d.%m.%Y")},
            rows,
        )
    labels = assessment.version.scale_labels()
    for result in results:
        result.light_text = light_label(result.light)
        for point in result.points:
            point.label = labels.get(point.value, _("offen"))
    return render(
        request,
        "checks/assessment_result.html",
        {
            "assessment": assessment,
            "results": results,
            "urgent": urgent_first(results),
            "rule": THEME_RULE,
            "comparison": compared,
            "comparison_chart": chart,
            "progress": _progress(assessment, results),
            "can_edit": can_edit_assessment(request.user, assessment),
        },
    )


# --- Action plan -------------------------------------------------------------------------


@login_required
def action_plan(request, pk: int):
    """The action plan: measures by urgency; add one below."""
    assessment = _load_assessment(request, pk)
    if assessment.instrument.is_survey:
        raise Http404
    can_edit = can_edit_assessment(request.user, assessment)
    if request.method == "POST":
        if not can_edit:
            raise PermissionDenied
        form = MeasureForm(request.POST)
        if form.is_valid():
            try:
                services.measure_save(
                    assessment=assessment, actor=request.user, **form.cleaned_data
                )
            except services.CheckError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, _("Die Maßnahme ist in den Plan aufgenommen."))
                return redirect("checks:action_plan", pk=pk)
    else:
        form = MeasureForm()
    measures = list(assessment.measures.select_related("check_point"))
    open_points = (
        assessment.answers.filter(value__in=["red", "yellow"])
        .exclude(check_point_id__in=[m.check_point_id for m in measures if m.check_point_id])
        .count()
    )
    return render(
        request,
        "checks/action_plan.html",
        {
            "assessment": assessment,
            "measures": measures,
            "form": form,
            "can_edit": can_edit,
            "open_points": open_points,
            "problems": assessment.completion_problems(),
        },
        status=200 if request.method == "GET" or form.is_valid() else 400,
    )


@login_required
@require_POST
def action_plan_prefill(request, pk: int):
    """Add a measure for each red or yellow check point that has none."""
    assessment = _editable_assessment(request, pk)
    try:
        n = services.measures_prefill(assessment=assessment, actor=request.user)
    except services.CheckError as exc:
        messages.error(request, str(exc))
    else:
        if n:
            messages.success(
                request,
                _(
                    "%(n)d Maßnahmen aus den rot und gelb bewerteten Check-Punkten vorbelegt. Bitte ergänzen Sie Verantwortliche, Termine und die Wirksamkeitskontrolle."
                )
                % {"n": n},
            )
        else:
            messages.info(
                request,
                _("Zu allen rot und gelb bewerteten Check-Punkten gibt es schon Maßnahmen."),
            )
    return redirect("checks:action_plan", pk=pk)


def _load_measure(request, pk: int) -> Measure:
    measure = get_object_or_404(Measure.objects.select_related("assessment", "check_point"), pk=pk)
    # Through the assessment, so another company's measure is a 404 as well.
    measure.assessment = _editable_assessment(request, measure.assessment_id)
    return measure


@login_required
def measure_edit(request, pk: int):
    """Change a measure: text, responsible, date, effect check, status."""
    measure = _load_measure(request, pk)
    assessment = measure.assessment
    if request.method == "POST":
        form = MeasureForm(request.POST, instance=Measure.objects.get(pk=measure.pk))
        if form.is_valid():
            try:
                services.measure_save(
                    assessment=assessment, measure=measure, actor=request.user, **form.cleaned_data
                )
            except services.CheckError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, _("Die Maßnahme ist gespeichert."))
                return redirect("checks:action_plan", pk=assessment.pk)
    else:
        form = MeasureForm(instance=measure)
    return render(
        request,
        "checks/measure_edit.html",
        {"measure": measure, "assessment": assessment, "form": form},
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def measure_delete(request, pk: int):
    measure = _load_measure(request, pk)
    try:
        services.measure_delete(measure=measure, actor=request.user)
    except services.CheckError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Die Maßnahme ist gelöscht."))
    return redirect("checks:action_plan", pk=measure.assessment.pk)


# --- Completion, declaration, exports --------------------------------------------------------


@login_required
@require_POST
def declaration_sign(request, pk: int):
    """Sign the self-declaration of a complete assessment (company staff only)."""
    assessment = _load_assessment(request, pk)
    if not can_declare(request.user, assessment):
        raise PermissionDenied
    if request.POST.get("confirm") != "yes":
        messages.error(request, _("Bitte bestätigen Sie die Selbsterklärung mit dem Häkchen."))
        return redirect("checks:assessment", pk=pk)
    try:
        services.declaration_sign(assessment=assessment, actor=request.user)
    except services.CheckError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Die Selbsterklärung ist abgegeben."))
    return redirect("checks:assessment", pk=pk)


@login_required
@require_POST
def survey_submit(request, pk: int):
    assessment = _editable_assessment(request, pk)
    try:
        services.survey_submit(assessment=assessment, actor=request.user)
    except services.CheckError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Vielen Dank! Ihre Antworten sind abgeschickt."))
    return redirect("checks:assessment", pk=pk)


@login_required
def assessment_report(request, pk: int):
    """The report as PDF; only for a complete assessment."""
    assessment = _load_assessment(request, pk)
    if assessment.instrument.is_survey:
        raise Http404
    try:
        return _download(report_pdf(assessment))
    except services.CheckError as exc:
        messages.error(request, str(exc))
        return redirect("checks:assessment", pk=pk)


@login_required
def action_plan_download(request, pk: int):
    """The action plan as XLSX."""
    assessment = _load_assessment(request, pk)
    if assessment.instrument.is_survey:
        raise Http404
    return _download(action_plan_xlsx(assessment))


# --- For the network: statistics and survey results ----------------------------------------


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
            [(f"{t['theme'].position}. {t['theme'].title}", t) for t in stats["themes"]],
        )
        point_charts = [
            (
                t,
                charts.traffic_chart(
                    t["theme"].title,
                    [(f"{p['point'].number} {p['point'].title}", p) for p in t["points"]],
                ),
            )
            for t in stats["themes"]
        ]
    industry_charts = [
        (
            g,
            None
            if g["suppressed"]
            else charts.traffic_chart(g["label"], [(t["theme"].title, t) for t in g["themes"]]),
        )
        for g in stats["by_industry"]
    ]
    size_charts = [
        (
            g,
            None
            if g["suppressed"]
            else charts.traffic_chart(g["label"], [(t["theme"].title, t) for t in g["themes"]]),
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
    labels = [o["label"] for o in version.scale]
    theme_charts = []
    if not results["suppressed"]:
        for theme in results["themes"]:
            rows = [
                (q["point"].title, [o["share"] for o in q["options"]]) for q in theme["questions"]
            ]
            theme_charts.append((theme, charts.scale_chart(theme["theme"].title, rows, labels)))
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

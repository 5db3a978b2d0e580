"""Pages of one assessment: its themes and answers, the result, the action plan, the declaration and the downloads."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import charts, services
from ..exports import THEME_RULE, action_plan_xlsx, report_pdf
from ..forms import MeasureForm, ThemeAnswersForm
from ..models import Assessment, Measure
from ..permissions import can_declare, can_edit_assessment
from ..results import (
    assessment_results,
    comparison,
    glossary_pattern,
    light_label,
    previous_assessment,
    urgent_first,
)
from .common import _download, _editable_assessment, _load_assessment, _render_point


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
                    request,
                    _("Ihre Antworten zu „%(t)s“ sind gespeichert.") % {"t": theme.local_title},
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

"""Pages of the companies and starting an assessment or survey."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import services
from ..forms import StartAssessmentForm
from ..models import Assessment, Instrument
from ..permissions import consultant_for, is_staff_of, served_company_ids, visible_companies
from .common import ASSESSMENT_RELATED, _page, _usable_instruments


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

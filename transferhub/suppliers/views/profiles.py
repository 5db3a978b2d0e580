"""Supplier profiles: the public page, registering and editing, a company's and a consultant's own."""

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from transferhub.checks.models import Assessment, Company
from transferhub.network.permissions import is_secretariat

from .. import services
from ..forms import RequestForm, SupplierForm
from ..models import REQUEST_NOTE, DueDiligenceRequest, Seal, SealApplication, Supplier
from ..permissions import (
    consulted_company_ids,
    is_supplier_staff,
    purchaser_of,
    sees_full_profile,
    staff_supplier_ids,
)
from .common import PAGE_SIZE, _error, _seals_prefetch, _staff_supplier


def detail(request, pk: int):
    """Show a profile: public fields to everyone, all fields to purchasers and its staff."""
    supplier = get_object_or_404(
        Supplier.objects.select_related("company").prefetch_related(_seals_prefetch()), pk=pk
    )
    full = sees_full_profile(request.user, supplier)
    staff = is_supplier_staff(request.user, supplier)
    purchaser = purchaser_of(request.user)
    context = {
        "supplier": supplier,
        "full": full,
        "visible": supplier.visible(full=full),
        "is_staff": staff,
        "can_edit": staff or is_secretariat(request.user),
        "purchaser": purchaser,
        "seals": [s for s in supplier.seals.all() if s.status() != "revoked" or full],
        "request_form": RequestForm() if purchaser else None,
        "request_note": REQUEST_NOTE,
    }
    if staff or is_secretariat(request.user):
        context["applications"] = supplier.applications.select_related("seal").order_by(
            "-submitted_at"
        )[:PAGE_SIZE]
        context["requests"] = supplier.requests.select_related(
            "purchaser__user", "purchaser__organisation"
        )[:PAGE_SIZE]
    if purchaser:
        context["my_requests"] = supplier.requests.filter(purchaser=purchaser)[:PAGE_SIZE]
    return render(request, "suppliers/detail.html", context)


@login_required
def register(request):
    """Create a supplier profile, linked to the user's company in the checks if chosen."""
    companies = Company.objects.filter(staff=request.user, supplier__isnull=True)
    form = SupplierForm(request.POST or None, companies=companies)
    if request.method == "POST" and form.is_valid():
        fields = {k: v for k, v in form.cleaned_data.items() if k != "company"}
        try:
            supplier = services.supplier_register(
                actor=request.user, company=form.cleaned_data.get("company"), **fields
            )
        except services.SealError as exc:
            _error(request, form, exc)
        else:
            messages.success(request, _("Ihr Lieferantenprofil ist angelegt."))
            return redirect(supplier)
    return render(request, "suppliers/supplier_form.html", {"form": form, "supplier": None})


@login_required
def edit(request, pk: int):
    supplier = _staff_supplier(request, pk)
    form = SupplierForm(request.POST or None, instance=supplier)
    if request.method == "POST" and form.is_valid():
        try:
            services.supplier_update(supplier=supplier, actor=request.user, **form.cleaned_data)
        except services.SealError as exc:
            _error(request, form, exc)
        else:
            messages.success(request, _("Das Profil ist gespeichert."))
            return redirect(supplier)
    supplier.refresh_from_db()
    return render(request, "suppliers/supplier_form.html", {"form": form, "supplier": supplier})


@login_required
def mine(request):
    """The user's supplier profiles, purchaser requests and (as consultant) served companies."""
    suppliers = (
        Supplier.objects.filter(pk__in=staff_supplier_ids(request.user))
        .prefetch_related(_seals_prefetch())
        .order_by("name")
    )
    purchaser = purchaser_of(request.user)
    requests = (
        DueDiligenceRequest.objects.filter(purchaser=purchaser).select_related("supplier")[
            :PAGE_SIZE
        ]
        if purchaser
        else []
    )
    return render(
        request,
        "suppliers/mine.html",
        {
            "suppliers": suppliers,
            "purchaser": purchaser,
            "requests": requests,
            "consults": bool(consulted_company_ids(request.user)),
            "can_register": Company.objects.filter(
                staff=request.user, supplier__isnull=True
            ).exists()
            or not suppliers,
        },
    )


@login_required
def consultant(request):
    """For consultants: the companies they serve, assessments, open applications, expiring seals."""
    company_ids = consulted_company_ids(request.user)
    if not company_ids:
        raise PermissionDenied
    today = timezone.localdate()
    companies = Company.objects.filter(pk__in=company_ids).order_by("name")[:PAGE_SIZE]
    assessments = (
        Assessment.objects.filter(company_id__in=company_ids)
        .select_related("company", "version__instrument")
        .order_by("-modified")[:PAGE_SIZE]
    )
    applications = (
        SealApplication.objects.filter(
            supplier__company_id__in=company_ids, status__in=SealApplication.OPEN
        )
        .select_related("supplier")
        .order_by("-submitted_at")[:PAGE_SIZE]
    )
    seals = (
        Seal.objects.filter(
            supplier__company_id__in=company_ids,
            revoked_at__isnull=True,
            valid_until__lte=today + dt.timedelta(days=90),
        )
        .select_related("supplier")
        .order_by("valid_until")[:PAGE_SIZE]
    )
    return render(
        request,
        "suppliers/consultant.html",
        {
            "companies": companies,
            "assessments": assessments,
            "applications": applications,
            "seals": seals,
            "today": today,
        },
    )

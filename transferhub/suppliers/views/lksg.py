"""LkSG: the self-declaration, evidence, and purchasers' due-diligence requests."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from transferhub.lib.downloads import stored_file_response
from transferhub.network.permissions import is_secretariat

from .. import exports, services
from ..forms import RequestForm, RiskDeclarationForm
from ..models import (
    LKSG_LEGAL_NOTE,
    REQUEST_NOTE,
    DueDiligenceRequest,
    EvidenceDocument,
    LksgRisk,
    RiskDeclaration,
    Supplier,
)
from ..permissions import is_supplier_staff, purchaser_of
from .common import _download, _staff_supplier


@login_required
def lksg(request, pk: int):
    """The supplier's LkSG self-declaration: one row per risk."""
    supplier = _staff_supplier(request, pk)
    declared = {d.risk: d for d in supplier.risks.prefetch_related("evidence")}
    rows = [(risk, label, declared.get(risk)) for risk, label in LksgRisk.choices]
    return render(
        request,
        "suppliers/lksg.html",
        {
            "supplier": supplier,
            "rows": rows,
            "missing": sum(1 for r in rows if r[2] is None),
            "legal_note": LKSG_LEGAL_NOTE,
        },
    )


@login_required
def risk(request, pk: int, risk: str):
    supplier = _staff_supplier(request, pk)
    if risk not in LksgRisk.values:
        raise Http404
    declaration = RiskDeclaration.objects.filter(supplier=supplier, risk=risk).first()
    initial = {"declared_on": timezone.localdate()}
    if declaration:
        initial.update(status=declaration.status, measures=declaration.measures)
    form = RiskDeclarationForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.risk_declare(
                supplier=supplier,
                risk=risk,
                status=form.cleaned_data["status"],
                measures=form.cleaned_data["measures"],
                declared_on=form.cleaned_data["declared_on"],
                files=form.cleaned_data["files"],
                actor=request.user,
            )
        except services.SealError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Ihre Angabe ist gespeichert."))
            return redirect("suppliers:lksg", pk=supplier.pk)
    return render(
        request,
        "suppliers/risk_form.html",
        {
            "supplier": supplier,
            "form": form,
            "label": LksgRisk(risk).label,
            "declaration": declaration,
            "evidence": declaration.evidence.all() if declaration else [],
        },
        status=400 if form.is_bound and form.errors else 200,
    )


def _may_see_evidence(user, document: EvidenceDocument) -> bool:
    supplier = document.declaration.supplier
    if is_supplier_staff(user, supplier) or is_secretariat(user):
        return True
    purchaser = purchaser_of(user)
    return (
        purchaser is not None
        and DueDiligenceRequest.objects.filter(
            purchaser=purchaser, supplier=supplier, status=DueDiligenceRequest.Status.ANSWERED
        ).exists()
    )


@login_required
def evidence(request, pk: int):
    document = get_object_or_404(
        EvidenceDocument.objects.select_related("declaration__supplier"), pk=pk
    )
    if not _may_see_evidence(request.user, document):
        raise Http404
    return stored_file_response(
        document.file, filename=document.original_name, content_type=document.mime_type
    )


@login_required
@require_POST
def evidence_delete(request, pk: int):
    document = get_object_or_404(
        EvidenceDocument.objects.select_related("declaration__supplier"), pk=pk
    )
    if not _may_see_evidence(request.user, document):
        raise Http404  # as on download: its existence is not revealed
    supplier = _staff_supplier(request, document.declaration.supplier_id)
    services.evidence_delete(document=document, actor=request.user)
    messages.success(request, _("Der Nachweis ist entfernt."))
    return redirect("suppliers:risk", pk=supplier.pk, risk=document.declaration.risk)


@login_required
@require_POST
def request_create(request, pk: int):
    """A purchaser asks a supplier for its LkSG declaration."""
    supplier = get_object_or_404(Supplier, pk=pk)
    purchaser = purchaser_of(request.user)
    if purchaser is None:
        raise PermissionDenied
    form = RequestForm(request.POST)
    if form.is_valid():
        try:
            dd_request = services.due_diligence_request(
                purchaser=purchaser,
                supplier=supplier,
                message=form.cleaned_data["message"],
                risks=form.cleaned_data["risks"],
                risk_reason=form.cleaned_data["risk_reason"],
                actor=request.user,
            )
        except services.SealError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("Ihre Anfrage ist an den Lieferanten verschickt."))
            return redirect(dd_request)
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect(supplier)


def _dd_request(request, pk: int) -> DueDiligenceRequest:
    dd_request = get_object_or_404(
        DueDiligenceRequest.objects.select_related(
            "supplier", "purchaser__user", "purchaser__organisation"
        ),
        pk=pk,
    )
    purchaser = purchaser_of(request.user)
    if not (
        (purchaser is not None and dd_request.purchaser_id == purchaser.pk)
        or is_supplier_staff(request.user, dd_request.supplier)
        or is_secretariat(request.user)
    ):
        raise Http404
    return dd_request


@login_required
def request_detail(request, pk: int):
    dd_request = _dd_request(request, pk)
    staff = is_supplier_staff(request.user, dd_request.supplier)
    asked = dd_request.risks or LksgRisk.values
    return render(
        request,
        "suppliers/request_detail.html",
        {
            "dd_request": dd_request,
            "is_staff": staff,
            "missing": len(
                set(asked) - set(dd_request.supplier.risks.values_list("risk", flat=True))
            )
            if staff
            else 0,
            "asked": [label for value, label in LksgRisk.choices if value in dd_request.risks],
            "request_note": REQUEST_NOTE,
            "legal_note": LKSG_LEGAL_NOTE,
        },
    )


@login_required
@require_POST
def request_answer(request, pk: int):
    dd_request = _dd_request(request, pk)
    if not is_supplier_staff(request.user, dd_request.supplier):
        raise PermissionDenied
    try:
        services.due_diligence_answer(request=dd_request, actor=request.user)
    except services.SealError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Die Erklärung ist an die anfragende Stelle verschickt."))
    return redirect(dd_request)


@login_required
def request_summary(request, pk: int, fmt: str):
    dd_request = _dd_request(request, pk)
    if dd_request.status != DueDiligenceRequest.Status.ANSWERED:
        raise Http404
    export = exports.lksg_summary_pdf if fmt == "pdf" else exports.lksg_summary_csv
    return _download(export(dd_request))

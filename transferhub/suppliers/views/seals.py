"""Seals: applying and reviewing, verification, certificate, revocation."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from transferhub.checks import services as check_services
from transferhub.lib.models import ActionLog
from transferhub.network.permissions import is_secretariat

from .. import exports, invoices, seal_rules, services
from ..forms import ResubmitForm, ReviewForm, RevokeForm, SealApplyForm, VerifyForm
from ..models import SEAL_NUMBER_RE, Invoice, Seal, SealApplication, SealType
from ..permissions import can_follow_application, is_supplier_staff
from .common import PAGE_SIZE, _download, _error, _safety_assessments, _staff_supplier


@login_required
def apply(request, pk: int):
    """Apply for a seal or its renewal on a completed safety check."""
    supplier = _staff_supplier(request, pk)
    assessments = _safety_assessments(supplier)
    form = SealApplyForm(request.POST or None, assessments=assessments)
    if request.method == "POST" and form.is_valid():
        try:
            application = services.seal_apply(
                supplier=supplier,
                kind=form.cleaned_data["kind"],
                assessment=form.cleaned_data["assessment"],
                note=form.cleaned_data["note"],
                actor=request.user,
            )
        except services.SealError as exc:
            _error(request, form, exc)
        else:
            messages.success(
                request, _("Ihr Antrag ist eingereicht; die Geschäftsstelle prüft ihn.")
            )
            return redirect(application)
    seals = {s.kind: s for s in supplier.seals.all()}
    types = [(kind, seal_rules.requirements(kind, supplier)) for kind in SealType.applicable()]
    return render(
        request,
        "suppliers/apply.html",
        {
            "supplier": supplier,
            "types": types,
            "form": form,
            "seals": seals,
            "has_assessments": assessments.exists(),
        },
    )


@login_required
@require_POST
def renewal_start(request, pk: int):
    """Begin the renewal from a copy of the last assessment (answers and measures carry over)."""
    supplier = _staff_supplier(request, pk)
    last = _safety_assessments(supplier).first()
    if last is None:
        messages.error(request, _("Es gibt noch keine Bewertung, die kopiert werden könnte."))
        return redirect("suppliers:apply", pk=supplier.pk)
    try:
        copy = check_services.assessment_copy(assessment=last, actor=request.user)
    except check_services.CheckError as exc:
        messages.error(request, str(exc))
        return redirect("suppliers:apply", pk=supplier.pk)
    messages.success(
        request,
        _(
            "Die neue Bewertung ist eine Kopie der vom %(d)s: prüfen Sie Antworten und "
            "Maßnahmen, geben Sie die Selbsterklärung ab und beantragen Sie dann die "
            "Verlängerung."
        )
        % {"d": last.created.strftime("%d.%m.%Y")},
    )
    return redirect("checks:assessment", pk=copy.pk)


@login_required
def applications(request):
    """The office's queue: applications waiting for review first."""
    if not is_secretariat(request.user):
        raise PermissionDenied
    status = request.GET.get("status", "submitted")
    if status not in SealApplication.Status.values:
        status = "submitted"
    qs = (
        SealApplication.objects.filter(status=status)
        .select_related("supplier", "consultant", "seal", "renews")
        .order_by("submitted_at")
    )
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "suppliers/applications.html",
        {
            "page_obj": page,
            "applications": page.object_list,
            "status": status,
            "statuses": SealApplication.Status.choices,
        },
    )


def _application(request, pk: int) -> SealApplication:
    application = get_object_or_404(
        SealApplication.objects.select_related(
            "supplier__company",
            "assessment__version__instrument",
            "assessment__consultant",
            "consultant",
            "seal",
            "renews",
            "submitted_by",
            "reviewer",
        ),
        pk=pk,
    )
    if not can_follow_application(request.user, application):
        raise Http404
    return application


HISTORY_LABELS = {
    "suppliers.application.submitted": gettext_lazy("Antrag eingereicht"),
    "suppliers.application.renewal_submitted": gettext_lazy("Verlängerung beantragt"),
    "suppliers.application.resubmitted": gettext_lazy("Antrag erneut eingereicht"),
    "suppliers.application.approved": gettext_lazy("Antrag genehmigt"),
    "suppliers.application.returned": gettext_lazy("mit Rückfragen zurückgegeben"),
    "suppliers.application.rejected": gettext_lazy("Antrag abgelehnt"),
    "suppliers.seal.granted": gettext_lazy("Siegel verliehen"),
    "suppliers.seal.renewed": gettext_lazy("Siegel verlängert"),
    "suppliers.seal.revoked": gettext_lazy("Siegel widerrufen"),
    "suppliers.seal.reminded": gettext_lazy("an den Ablauf erinnert"),
}


def _history(application: SealApplication) -> list[ActionLog]:
    """The application's log and its seal's, oldest first, each with a German label."""
    q = Q(object_type="suppliers.sealapplication", object_id=application.pk)
    if application.seal_id:
        q |= Q(object_type="suppliers.seal", object_id=application.seal_id)
    entries = list(ActionLog.objects.filter(q).select_related("actor").order_by("timestamp", "id"))
    for entry in entries:
        entry.label = HISTORY_LABELS.get(entry.action, entry.action)
        data = entry.data or {}
        entry.detail = data.get("note") or data.get("reason") or data.get("number") or ""
    return entries


@login_required
def application_detail(request, pk: int, review_form=None, resubmit_form=None):
    application = _application(request, pk)
    assessment = application.assessment
    staff = is_supplier_staff(request.user, application.supplier)
    can_review = (
        is_secretariat(request.user) and application.status == SealApplication.Status.SUBMITTED
    )
    four_eyes = services.four_eyes_problem(application, request.user) if can_review else None
    kind = seal_rules.seal_type(application.kind)
    comments = seal_rules.comments_by_measure(application)
    measure_rows = [
        {"measure": m, "comments": comments.get(m.pk, [])}
        for m in seal_rules.live_measures(assessment).order_by("category", "pk")
    ]
    context = {
        "application": application,
        "assessment": assessment,
        "problems": services.seal_rule_problems(
            assessment=assessment, kind=application.kind, supplier=application.supplier
        )
        if application.is_open
        else [],
        "seal_type": kind,
        "requirements": seal_rules.requirements(kind, application.supplier, assessment),
        "mix": seal_rules.measure_mix(assessment),
        "measure_rows": measure_rows,
        "rounds": application.rounds.select_related("reviewer").prefetch_related("comments"),
        "invoices": application.invoices.select_related("cancels"),
        "rated": assessment.rated_count(),
        "points": assessment.point_count(),
        "measures": assessment.measure_count(),
        "history": _history(application),
        "can_review": can_review and four_eyes is None,
        "four_eyes": four_eyes,
        "review_form": review_form or ReviewForm(),
        "can_resubmit": staff and application.status == SealApplication.Status.RETURNED,
        "resubmit_form": resubmit_form
        or ResubmitForm(assessments=_safety_assessments(application.supplier)),
        "is_staff": staff,
        "is_secretariat": is_secretariat(request.user),
    }
    status = 400 if (review_form or resubmit_form) else 200
    return render(request, "suppliers/application_detail.html", context, status=status)


def _findings(request, application: SealApplication) -> dict:
    """The reviewer's marks per measure from the form: (complete, plausible, comment)."""
    findings = {}
    for measure_id in seal_rules.live_measures(application.assessment).values_list("pk", flat=True):
        prefix = f"m{measure_id}"
        findings[measure_id] = (
            not request.POST.get(f"{prefix}_incomplete"),
            not request.POST.get(f"{prefix}_implausible"),
            request.POST.get(f"{prefix}_comment", "")[:2000],
        )
    return findings


@login_required
@require_POST
def review(request, pk: int):
    application = _application(request, pk)
    if not is_secretariat(request.user):
        raise PermissionDenied
    form = ReviewForm(request.POST)
    if form.is_valid():
        try:
            application = services.application_review(
                application=application,
                action=form.cleaned_data["action"],
                note=form.cleaned_data["note"],
                actor=request.user,
                findings=_findings(request, application),
            )
        except services.SealError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                _("Der Antrag ist jetzt „%(s)s“.") % {"s": application.get_status_display()},
            )
            return redirect(application)
    return application_detail(request, pk, review_form=form)


@login_required
@require_POST
def resubmit(request, pk: int):
    application = _application(request, pk)
    if not is_supplier_staff(request.user, application.supplier):
        raise PermissionDenied
    form = ResubmitForm(request.POST, assessments=_safety_assessments(application.supplier))
    if form.is_valid():
        try:
            services.application_resubmit(
                application=application,
                note=form.cleaned_data["note"],
                assessment=form.cleaned_data["assessment"],
                actor=request.user,
            )
        except services.SealError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Der Antrag ist erneut eingereicht."))
            return redirect(application)
    return application_detail(request, pk, resubmit_form=form)


def _invoice(request, pk: int) -> Invoice:
    invoice = get_object_or_404(Invoice.objects.select_related("application__supplier"), pk=pk)
    if not (
        is_secretariat(request.user)
        or is_supplier_staff(request.user, invoice.application.supplier)
    ):
        raise PermissionDenied
    return invoice


@login_required
def invoice_pdf(request, pk: int):
    """The invoice as Factur-X (PDF/A-3 with the EN 16931 XML inside)."""
    return _download(invoices.invoice_pdf(_invoice(request, pk)))


@login_required
def invoice_xml(request, pk: int):
    """The invoice as XRechnung (CII syntax)."""
    return _download(invoices.xrechnung_xml(_invoice(request, pk)))


@login_required
@require_POST
def invoice_action(request, pk: int):
    """The office marks an invoice paid, waives the fee, or cancels it by a credit note."""
    invoice = _invoice(request, pk)
    if not is_secretariat(request.user):
        raise PermissionDenied
    action, reason = request.POST.get("action"), request.POST.get("reason", "")[:2000]
    try:
        if action == "paid":
            invoices.invoice_mark_paid(invoice=invoice, actor=request.user)
        elif action == "waive":
            invoices.invoice_waive(invoice=invoice, actor=request.user, reason=reason)
        elif action == "cancel":
            invoices.invoice_cancel(invoice=invoice, actor=request.user, reason=reason)
        else:
            raise services.SealError(_("Unbekannte Aktion."))
    except services.SealError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Die Rechnung ist jetzt erledigt."))
    return redirect(invoice.application)


def _seal_or_friendly_404(request, number: str):
    seal = None
    if SEAL_NUMBER_RE.match(number or ""):
        seal = Seal.objects.select_related("supplier").filter(number=number).first()
    if seal is None:
        response = render(
            request, "suppliers/seal_unknown.html", {"number": number, "form": VerifyForm()}
        )
        response.status_code = 404
        return None, response
    return seal, None


def verify_form(request):
    """Enter a seal number; a valid-looking one leads to its verification page."""
    form = VerifyForm(request.GET or None)
    if request.GET and form.is_valid():
        return redirect("suppliers:verify", number=form.cleaned_data["number"])
    return render(request, "suppliers/verify_form.html", {"form": form})


def verify(request, number: str):
    """Say whether a seal is valid, expired or revoked, and for whom; nothing else."""
    seal, response = _seal_or_friendly_404(request, number)
    if response:
        return response
    return render(request, "suppliers/verify.html", {"seal": seal, "status": seal.status()})


def qr(request, number: str):
    seal, response = _seal_or_friendly_404(request, number)
    if response:
        return response
    return HttpResponse(exports.qr_svg(seal), content_type="image/svg+xml")


@login_required
def certificate(request, number: str):
    """The certificate PDF, for the supplier and the office; none for a revoked seal."""
    seal, response = _seal_or_friendly_404(request, number)
    if response:
        return response
    if not (is_supplier_staff(request.user, seal.supplier) or is_secretariat(request.user)):
        raise PermissionDenied
    if seal.status() != "valid":
        messages.error(
            request,
            _("Für ein %(s)s Siegel gibt es keine Urkunde.") % {"s": seal.status_label()},
        )
        return redirect(seal.supplier)
    blocked = invoices.certificate_blocked(seal)
    if blocked:
        messages.error(request, blocked)
        return redirect(seal.supplier)
    return _download(exports.certificate_pdf(seal))


@login_required
def revoke(request, number: str):
    seal, response = _seal_or_friendly_404(request, number)
    if response:
        return response
    if not is_secretariat(request.user):
        raise PermissionDenied
    form = RevokeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.seal_revoke(seal=seal, reason=form.cleaned_data["reason"], actor=request.user)
        except services.SealError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Das Siegel %(n)s ist widerrufen.") % {"n": seal.number})
            return redirect(seal.supplier)
    status = 400 if form.is_bound else 200
    return render(request, "suppliers/revoke.html", {"seal": seal, "form": form}, status=status)

"""Pages of the supplier database: search, profiles, seals, verification, LkSG."""

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q, prefetch_related_objects
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from transferhub.checks.models import SAFETY_CHECK_CODE, Assessment, Company
from transferhub.lib.links import url_maker
from transferhub.lib.models import ActionLog
from transferhub.lib.pagination import CappedIdPaginator, page_number
from transferhub.network.permissions import is_secretariat

from . import exports, services
from .forms import (
    RequestForm,
    ResubmitForm,
    ReviewForm,
    RevokeForm,
    RiskDeclarationForm,
    SealApplyForm,
    SearchForm,
    SupplierForm,
    VerifyForm,
)
from .models import (
    SEAL_NUMBER_RE,
    DueDiligenceRequest,
    EvidenceDocument,
    LksgRisk,
    RiskDeclaration,
    Seal,
    SealApplication,
    Supplier,
)
from .permissions import (
    can_follow_application,
    consulted_company_ids,
    is_supplier_staff,
    purchaser_of,
    sees_full_profile,
    sees_protected,
    staff_supplier_ids,
)
from .search import search_suppliers
from .templatetags.seals import seal_badge

PAGE_SIZE = 50
# The result page counts matches only up to here ("mehr als 1.000 Lieferanten gefunden"):
# counting 100,000 matches costs more than the page itself.
COUNT_LIMIT = 1000
MAX_PAGE = 100_000
# Export at most this many rows at once; a purchaser narrows the filters for more.
EXPORT_LIMIT = 5000


def _download(export) -> HttpResponse:
    filename, mimetype, content = export
    response = HttpResponse(content, content_type=mimetype)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _seals_prefetch():
    return Prefetch("seals", queryset=Seal.objects.order_by("kind"))


def _staff_supplier(request, pk: int) -> Supplier:
    supplier = get_object_or_404(Supplier.objects.select_related("company"), pk=pk)
    if not (is_supplier_staff(request.user, supplier) or is_secretariat(request.user)):
        raise PermissionDenied
    return supplier


def _safety_assessments(supplier: Supplier):
    if supplier.company_id is None:
        return Assessment.objects.none()
    return (
        Assessment.objects.filter(
            company_id=supplier.company_id, version__instrument__code=SAFETY_CHECK_CODE
        )
        .select_related("version__instrument")
        .order_by("-created")
    )


def _error(request, form, exc) -> None:
    if form is not None:
        form.add_error(None, str(exc))
    else:
        messages.error(request, str(exc))


# --- Search --------------------------------------------------------------------------------


def _search(request):
    form = SearchForm(request.GET or None)
    if request.GET and not form.is_valid():
        return form, None
    data = form.cleaned_data if form.is_bound else {}
    return form, search_suppliers(data, protected=sees_protected(request.user))


# The columns the result list shows (and what decides whether to show them).
RESULT_FIELDS = (
    "id",
    "name",
    "federal_state",
    "postcode_area",
    "postcode",
    "town",
    "address_public",
    "wz_code",
    "size_class",
    "products",
    "products_public",
    "lksg_declared_on",
)
SEAL_FIELDS = ("id", "supplier_id", "kind", "valid_until", "revoked_at")


def _day(value: dt.date) -> str:
    """The template filter date:"d.m.Y"."""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def _result_rows(suppliers, *, protected: bool) -> list[dict]:
    """What each row of the result table shows, worked out here rather than per row in the
    template: the list page renders 50 rows, and template logic per row was most of its cost.
    A seal's badge is the {% seal_badge %} of every other page.
    """
    today = timezone.localdate()
    states = dict(Supplier.FederalState.choices)
    sizes = dict(Supplier.SizeClass.choices)
    detail_url = url_maker("suppliers:detail")
    area_text, declared_text = _("PLZ %(a)s…"), _("Erklärung vom %(d)s")
    rows = []
    for s in suppliers:
        badges = []
        seals = s.seals.all()
        for seal in seals:
            if protected or seal.status(today) != "revoked":
                badges.append(seal_badge(seal, today) + "\n ")
        if s.shows("address", full=protected):
            region = f"{s.postcode} {s.town}"
        else:
            region = area_text % {"a": s.postcode_area}
        show_products = s.shows("products", full=protected) and s.products
        rows.append(
            {
                "url": detail_url(s.pk),
                "name": s.name,
                "products": Truncator(s.products).chars(120) if show_products else "",
                "region": region,
                "state": str(states.get(s.federal_state, s.federal_state)),
                "wz_code": s.wz_code,
                "size": str(sizes.get(s.size_class, s.size_class)),
                "seals": SafeString("".join(badges)) if seals else "–",
                "lksg": declared_text % {"d": _day(s.lksg_declared_on)}
                if s.lksg_declared_on
                else "–",
            }
        )
    return rows


def search(request):
    """Search suppliers; everyone sees public fields, purchasers the protected ones too."""
    form, results = _search(request)
    page = None
    if results is not None:
        number = page_number(request.GET.get("page"), most=MAX_PAGE)
        # Count so far that the requested page and the ones after it are known to exist.
        page = CappedIdPaginator(
            results,
            PAGE_SIZE,
            cap=number * PAGE_SIZE + COUNT_LIMIT,
            number=number,
            most_pages=MAX_PAGE,
            fields=RESULT_FIELDS,
        ).get_page(request.GET.get("page"))
        prefetch_related_objects(
            page.object_list,
            Prefetch("seals", queryset=Seal.objects.only(*SEAL_FIELDS).order_by("kind")),
        )
    protected = sees_protected(request.user)
    return render(
        request,
        "suppliers/search.html",
        {
            "form": form,
            "page_obj": page,
            "suppliers": page.object_list if page else [],
            "rows": _result_rows(page.object_list, protected=protected) if page else [],
            "more_than": COUNT_LIMIT if page and page.paginator.count > COUNT_LIMIT else None,
            "protected": protected,
            "can_export": protected,
            "purchaser": purchaser_of(request.user),
        },
    )


@login_required
def search_csv(request):
    """Export the current result list as CSV (purchasers and the secretariat)."""
    if not sees_protected(request.user):
        raise PermissionDenied
    form, results = _search(request)
    if results is None:
        messages.error(request, _("Bitte korrigieren Sie die Filter; es wurde nichts exportiert."))
        return render(
            request,
            "suppliers/search.html",
            {"form": form, "suppliers": [], "protected": True, "can_export": True},
            status=400,
        )
    rows = results.prefetch_related(_seals_prefetch())[:EXPORT_LIMIT]
    return _download(exports.search_csv(rows))


# --- Profiles ------------------------------------------------------------------------------


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


# --- Seal applications -----------------------------------------------------------------


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
    return render(
        request,
        "suppliers/apply.html",
        {
            "supplier": supplier,
            "form": form,
            "seals": seals,
            "has_assessments": assessments.exists(),
        },
    )


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
    context = {
        "application": application,
        "assessment": assessment,
        "problems": services.seal_rule_problems(assessment=assessment, kind=application.kind)
        if application.is_open
        else [],
        "mix": services.measure_mix(assessment),
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


# --- Seals: verification, certificate, revocation --------------------------------------


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


# --- LkSG ------------------------------------------------------------------------------------


@login_required
def lksg(request, pk: int):
    """The supplier's LkSG self-declaration: one row per risk."""
    supplier = _staff_supplier(request, pk)
    declared = {d.risk: d for d in supplier.risks.prefetch_related("evidence")}
    rows = [(risk, label, declared.get(risk)) for risk, label in LksgRisk.choices]
    return render(
        request,
        "suppliers/lksg.html",
        {"supplier": supplier, "rows": rows, "missing": sum(1 for r in rows if r[2] is None)},
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
    return FileResponse(
        document.file.open("rb"),
        as_attachment=True,
        filename=document.original_name,
        content_type=document.mime_type,
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
                actor=request.user,
            )
        except services.SealError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("Ihre Anfrage ist an den Lieferanten verschickt."))
            return redirect(dd_request)
    else:
        messages.error(request, _("Die Nachricht ist zu lang."))
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
    return render(
        request,
        "suppliers/request_detail.html",
        {
            "dd_request": dd_request,
            "is_staff": staff,
            "missing": len(LksgRisk.values) - dd_request.supplier.risks.count() if staff else 0,
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

"""Pages of the complaint procedure.

Who sees what:
- everyone: how the procedure works, each company's rules, the report form, and — with
  the case code and password — their own case.
- handlers (ComplaintHandler, confirmed impartial and confidential): the cases they
  handle and those nobody handles yet, except cases about a company they work for.
- the secretariat: appoints handlers and sees how many cases wait, never their content.
- a company's staff: adopt the procedure for their company and see its yearly counts.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from transferhub.lib.downloads import stored_file_response
from transferhub.lib.ratelimit import over_limit
from transferhub.lib.versioning import StaleVersion
from transferhub.network.permissions import is_secretariat
from transferhub.suppliers.models import Supplier
from transferhub.suppliers.permissions import is_supplier_staff

from . import services
from .forms import AdoptForm, AppointForm, FollowForm, MessageForm, RecordForm, ReportForm
from .models import Case, CaseFile, CompanyProcedure, ComplaintHandler
from .services import ComplaintError

PAGE_SIZE = 50
SESSION_KEY = "complaint_case"  # the case a reporter opened with code and password
FOLLOW_LIMIT = 10  # tries per address and per code in 15 minutes


def _ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "")


# --- Public ---------------------------------------------------------------------------


def index(request):
    procedures = CompanyProcedure.objects.select_related("supplier").order_by("supplier__name")
    page = Paginator(procedures, PAGE_SIZE).get_page(request.GET.get("seite"))
    return render(request, "complaints/index.html", {"page_obj": page})


def rules(request, supplier_pk: int):
    procedure = get_object_or_404(
        CompanyProcedure.objects.select_related("supplier"), supplier_id=supplier_pk
    )
    return render(request, "complaints/rules.html", {"procedure": procedure})


def _supplier_search(request):
    query = " ".join(request.GET.get("q", "").split())[:100]
    found = []
    if len(query) >= 2:
        found = list(
            Supplier.objects.filter(Q(name__icontains=query) | Q(town__icontains=query))
            .order_by("name")
            .only("pk", "name", "town")[:20]
        )
    return render(request, "complaints/report_choose.html", {"query": query, "found": found})


@never_cache
def report(request):
    """Choose the company (a search), then write the report; the code and password come once."""
    supplier_pk = request.POST.get("supplier") or request.GET.get("lieferant")
    supplier = None
    if supplier_pk and str(supplier_pk).isdigit() and len(str(supplier_pk)) < 19:
        supplier = Supplier.objects.filter(pk=int(supplier_pk)).first()
    if supplier is None and request.method != "POST":
        return _supplier_search(request)
    form = ReportForm(
        request.POST or None,
        request.FILES or None,
        initial={"supplier": supplier.pk if supplier else None},
    )
    context = {"form": form, "supplier": supplier}
    if request.method == "POST":
        if over_limit(
            "complaint-report",
            _ip(request),
            limit=settings.REGISTRATION_RATE_LIMIT,
            window_seconds=3600,
        ):
            context["error"] = _(
                "Von Ihrer Adresse kamen in der letzten Stunde zu viele Hinweise. Bitte "
                "versuchen Sie es später noch einmal."
            )
            return render(request, "complaints/report.html", context, status=429)
        if form.is_bot():
            return render(
                request, "complaints/report.html", {"form": ReportForm(), "supplier": supplier}
            )
        if form.is_valid():
            data = form.cleaned_data
            try:
                case, password = services.case_file(
                    supplier=data["supplier"],
                    risk=data["risk"],
                    description=data["description"],
                    reporter_name=data["reporter_name"],
                    reporter_email=data["reporter_email"],
                    share_with_company=data["share_with_company"],
                    files=data["attachments"],
                )
            except ComplaintError as exc:
                form.add_error(None, str(exc))
            else:
                # Shown once, on this page only: never in a URL, a log or a mail.
                return render(
                    request, "complaints/report_received.html", {"case": case, "password": password}
                )
    return render(request, "complaints/report.html", context, status=400 if form.errors else 200)


@never_cache
def follow(request):
    """Open one's case with its code and password (rate-limited, the same refusal for both)."""
    form = FollowForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        code = form.cleaned_data["code"].strip().upper()
        limited = over_limit(
            "complaint-follow-ip", _ip(request), limit=FOLLOW_LIMIT, window_seconds=900
        )
        limited |= over_limit("complaint-follow-code", code, limit=FOLLOW_LIMIT, window_seconds=900)
        if limited:
            form.add_error(None, _("Zu viele Versuche. Bitte warten Sie eine Viertelstunde."))
            return render(request, "complaints/follow.html", {"form": form}, status=429)
        try:
            case = services.case_open(code, form.cleaned_data["password"])
        except ComplaintError as exc:
            form.add_error(None, str(exc))
        else:
            request.session.cycle_key()
            request.session[SESSION_KEY] = case.pk
            return redirect("complaints:reporter_case")
    return render(
        request, "complaints/follow.html", {"form": form}, status=400 if form.errors else 200
    )


def _reporter_case(request) -> Case:
    pk = request.session.get(SESSION_KEY)
    case = Case.objects.filter(pk=pk).first() if pk else None
    if case is None:
        raise Http404
    return case


@never_cache
def reporter_case(request):
    """The reporter's view of the case: status, messages, answer."""
    try:
        case = _reporter_case(request)
    except Http404:
        return redirect("complaints:follow")
    form = MessageForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.reporter_message(
                case=case, text=form.cleaned_data["text"], files=form.cleaned_data["attachments"]
            )
        except ComplaintError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Ihre Nachricht ist eingegangen."))
            return redirect("complaints:reporter_case")
    return render(
        request,
        "complaints/reporter_case.html",
        {"case": case, "form": form, "thread": case.messages.prefetch_related("files")},
        status=400 if form.errors else 200,
    )


@require_POST
def reporter_leave(request):
    request.session.pop(SESSION_KEY, None)
    return redirect("complaints:follow")


def _download(stored: CaseFile):
    return stored_file_response(stored.file, filename=stored.name, content_type=stored.mime_type)


def reporter_file(request, pk: int):
    case = _reporter_case(request)
    return _download(get_object_or_404(CaseFile, pk=pk, case=case))


# --- Handlers ---------------------------------------------------------------------------


def _handler_or_403(request) -> ComplaintHandler:
    handler = services.handler_of(request.user)
    if handler is None:
        raise PermissionDenied
    return handler


@login_required
def cases(request):
    handler = _handler_or_403(request)
    queue = services.visible_cases(handler).order_by("status", "received_at")
    page = Paginator(queue, PAGE_SIZE).get_page(request.GET.get("seite"))
    return render(request, "complaints/cases.html", {"page_obj": page, "handler": handler})


def _case_for(request, pk: int) -> tuple[Case, ComplaintHandler]:
    handler = _handler_or_403(request)
    case = get_object_or_404(
        services.visible_cases(handler).select_related("supplier", "handler__user"), pk=pk
    )
    return case, handler


@login_required
def case(request, pk: int):
    case, handler = _case_for(request, pk)
    others = (
        ComplaintHandler.objects.filter(active=True, impartial=True, confidential=True)
        .exclude(pk=handler.pk)
        .select_related("user")
    )
    return render(
        request,
        "complaints/case.html",
        {
            "case": case,
            "handler": handler,
            "mine": case.handler_id == handler.pk,
            "thread": case.messages.prefetch_related("files"),
            "files": case.files.filter(message__isnull=True),
            "message_form": MessageForm(),
            "record_form": RecordForm(
                initial={
                    "version": case.version,
                    "status": case.status,
                    "outcome": case.outcome,
                    "facts": case.facts,
                    "measures": case.measures,
                    "outcome_note": case.outcome_note,
                }
            ),
            "others": others,
        },
    )


def _back(request, case: Case, error: str | None = None, done: str | None = None):
    if error:
        messages.error(request, error)
    if done:
        messages.success(request, done)
    return redirect("complaints:case", pk=case.pk)


@login_required
@require_POST
def case_message(request, pk: int):
    case, handler = _case_for(request, pk)
    form = MessageForm(request.POST, request.FILES)
    if not form.is_valid():
        return _back(
            request, case, error=" ".join(e for errs in form.errors.values() for e in errs)
        )
    try:
        services.handler_message(
            case=case,
            handler=handler,
            text=form.cleaned_data["text"],
            files=form.cleaned_data["attachments"],
        )
    except ComplaintError as exc:
        return _back(request, case, error=str(exc))
    return _back(
        request,
        case,
        done=_(
            "Die Nachricht ist gespeichert; die hinweisgebende Person sieht sie mit ihrer Fallnummer."
        ),
    )


@login_required
@require_POST
def case_record(request, pk: int):
    case, handler = _case_for(request, pk)
    form = RecordForm(request.POST)
    if not form.is_valid():
        return _back(
            request, case, error=" ".join(e for errs in form.errors.values() for e in errs)
        )
    data = form.cleaned_data
    try:
        services.case_record(
            case=case,
            handler=handler,
            expected_version=data["version"],
            status=data["status"],
            outcome=data["outcome"],
            facts=data["facts"],
            measures=data["measures"],
            outcome_note=data["outcome_note"],
        )
    except StaleVersion:
        return _back(
            request,
            case,
            error=_(
                "Der Fall wurde inzwischen geändert. Ihre Eingaben wurden nicht gespeichert; bitte prüfen Sie den neuen Stand."
            ),
        )
    except ComplaintError as exc:
        return _back(request, case, error=str(exc))
    return _back(request, case, done=_("Die Bearbeitung ist gespeichert."))


@login_required
@require_POST
def case_take(request, pk: int):
    case, handler = _case_for(request, pk)
    try:
        services.case_take(case=case, handler=handler)
    except ComplaintError as exc:
        return _back(request, case, error=str(exc))
    return _back(request, case, done=_("Sie bearbeiten diesen Fall."))


@login_required
@require_POST
def case_pass_on(request, pk: int):
    case, handler = _case_for(request, pk)
    to = (
        ComplaintHandler.objects.filter(pk=request.POST.get("to") or 0).first()
        if str(request.POST.get("to", "")).isdigit()
        else None
    )
    try:
        if to is None:
            raise ComplaintError(
                _("Bitte wählen Sie eine andere Person, die Beschwerden bearbeitet.")
            )
        services.case_pass_on(case=case, handler=handler, to=to)
    except ComplaintError as exc:
        return _back(request, case, error=str(exc))
    messages.success(request, _("Der Fall ist weitergegeben."))
    return redirect("complaints:cases")


@login_required
@require_POST
def case_inform(request, pk: int):
    case, handler = _case_for(request, pk)
    try:
        services.inform_company(case=case, handler=handler)
    except ComplaintError as exc:
        return _back(request, case, error=str(exc))
    return _back(
        request,
        case,
        done=_(
            "Das Unternehmen erhält eine E-Mail mit dem Hinweis, ohne Angaben zur hinweisgebenden Person."
        ),
    )


@login_required
def case_file(request, pk: int):
    handler = _handler_or_403(request)
    stored = get_object_or_404(
        CaseFile.objects.filter(case__in=services.visible_cases(handler)), pk=pk
    )
    return _download(stored)


# --- Secretariat and companies ----------------------------------------------------------


@login_required
def handlers(request):
    if not is_secretariat(request.user):
        raise PermissionDenied
    form = AppointForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = (
            get_user_model().objects.filter(username=form.cleaned_data["username"].strip()).first()
        )
        if user is None:
            form.add_error("username", _("Keinen Zugang mit diesem Benutzernamen gefunden."))
        else:
            services.handler_appoint(
                user=user,
                impartial=form.cleaned_data["impartial"],
                confidential=form.cleaned_data["confidential"],
                actor=request.user,
            )
            messages.success(
                request,
                _("%(name)s bearbeitet jetzt Beschwerden.")
                % {"name": user.get_full_name() or user.get_username()},
            )
            return redirect("complaints:handlers")
    waiting = Case.objects.filter(handler__isnull=True).exclude(status=Case.Status.CLOSED).count()
    listed = ComplaintHandler.objects.select_related("user").order_by("-active", "user__last_name")
    return render(
        request,
        "complaints/handlers.html",
        {"form": form, "handlers": listed, "waiting": waiting},
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def handler_retire(request, pk: int):
    if not is_secretariat(request.user):
        raise PermissionDenied
    handler = get_object_or_404(ComplaintHandler, pk=pk)
    services.handler_retire(handler=handler, actor=request.user)
    messages.success(
        request,
        _("Die Person bearbeitet keine Beschwerden mehr; ihre offenen Fälle sind verteilt."),
    )
    return redirect("complaints:handlers")


def _company_or_403(request, supplier_pk: int) -> Supplier:
    supplier = get_object_or_404(Supplier, pk=supplier_pk)
    if not (is_supplier_staff(request.user, supplier) or is_secretariat(request.user)):
        raise PermissionDenied
    return supplier


@login_required
def adopt(request, supplier_pk: int):
    """A company names the network's procedure as its own, or leaves it."""
    supplier = _company_or_403(request, supplier_pk)
    procedure = CompanyProcedure.objects.filter(supplier=supplier).first()
    form = AdoptForm(
        request.POST or None, initial={"addition": procedure.addition if procedure else ""}
    )
    if request.method == "POST":
        if request.POST.get("leave"):
            services.procedure_leave(supplier=supplier, actor=request.user)
            messages.success(
                request,
                _("%(name)s nutzt das Beschwerdeverfahren des Netzwerks nicht mehr.")
                % {"name": supplier.name},
            )
            return redirect("complaints:adopt", supplier_pk=supplier.pk)
        if form.is_valid():
            try:
                services.procedure_adopt(
                    supplier=supplier, addition=form.cleaned_data["addition"], actor=request.user
                )
            except ComplaintError as exc:
                form.add_error("addition", str(exc))
            else:
                messages.success(
                    request,
                    _("%(name)s nutzt jetzt das Beschwerdeverfahren des Netzwerks.")
                    % {"name": supplier.name},
                )
                return redirect("complaints:adopt", supplier_pk=supplier.pk)
    return render(
        request,
        "complaints/adopt.html",
        {"supplier": supplier, "procedure": procedure, "form": form},
        status=400 if form.errors else 200,
    )


@login_required
def statistics(request, supplier_pk: int):
    """The company's yearly counts, without personal data (for its annual review)."""
    supplier = get_object_or_404(Supplier, pk=supplier_pk)
    if not services.sees_statistics(request.user, supplier):
        raise PermissionDenied
    this_year = timezone.localdate().year
    raw = request.GET.get("jahr", "")
    year = int(raw) if raw.isdigit() and len(raw) == 4 else this_year
    year = min(max(year, 2023), this_year)  # the LkSG applies from 2023
    return render(
        request,
        "complaints/statistics.html",
        {
            "supplier": supplier,
            "stats": services.yearly_statistics(supplier, year),
            "years": list(range(this_year, 2022, -1)),
        },
    )

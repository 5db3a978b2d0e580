"""Partner pages: the public directory, the online application, the secretariat's decision."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from transferhub.lib.ratelimit import over_limit

from . import partners
from .forms_partners import PartnerApplicationForm, PartnerFilterForm
from .models import Organisation, PartnerApplication
from .permissions import is_secretariat
from .services import NetworkError

APPLY_LIMIT = 5  # applications an hour from one address


def directory(request):
    """Accepted partners with their offers, by federal state and kind."""
    form = PartnerFilterForm(request.GET or None)
    rows = Organisation.objects.filter(partner_since__isnull=False).order_by("name")
    if form.is_valid():
        if form.cleaned_data["land"]:
            rows = rows.filter(federal_state=form.cleaned_data["land"])
        if form.cleaned_data["art"]:
            rows = rows.filter(kind=form.cleaned_data["art"])
    return render(
        request, "network/partners/directory.html", {"form": form, "partners": rows[:500]}
    )


def apply(request):
    form = PartnerApplicationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if over_limit(
            "partner-apply",
            request.META.get("REMOTE_ADDR", ""),
            limit=APPLY_LIMIT,
            window_seconds=3600,
        ):
            form.add_error(None, _("Zu viele Anträge von dieser Adresse. Bitte später erneut."))
        else:
            data = dict(form.cleaned_data)
            bodies = list(data.pop("bodies"))
            try:
                partners.partner_apply(bodies=bodies, **data)
            except NetworkError as error:
                form.add_error(error.field if error.field in form.fields else None, error.message)
            else:
                messages.success(
                    request,
                    _("Vielen Dank! Die Geschäftsstelle prüft Ihren Antrag und meldet sich."),
                )
                return redirect("network:partners")
    status = 400 if form.is_bound and form.errors else 200
    return render(request, "network/partners/apply.html", {"form": form}, status=status)


def _require_secretariat(request) -> None:
    if not is_secretariat(request.user):
        raise PermissionDenied


@login_required
def applications(request):
    _require_secretariat(request)
    rows = PartnerApplication.objects.prefetch_related("bodies")[:300]
    return render(request, "network/partners/applications.html", {"applications": rows})


@login_required
def decide(request, pk: int):
    """Show one application (GET); accept or decline it (POST)."""
    _require_secretariat(request)
    application = get_object_or_404(PartnerApplication, pk=pk)
    if request.method != "POST":
        return render(
            request, "network/partners/applications.html", {"applications": [application]}
        )
    try:
        if request.POST.get("action") == "accept":
            organisation = partners.partner_accept(application=application, actor=request.user)
            messages.success(
                request, _("%(name)s ist jetzt Partner.") % {"name": organisation.name}
            )
        elif request.POST.get("action") == "decline":
            partners.partner_decline(application=application, actor=request.user)
            messages.success(request, _("Der Antrag wurde abgelehnt."))
    except NetworkError as error:
        messages.error(request, error.message)
    return redirect("network:partner_applications")

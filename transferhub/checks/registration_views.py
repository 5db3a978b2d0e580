"""Pages for a company's self-registration: the form, "mail sent", the link, the link again."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from transferhub.lib.ratelimit import over_limit

from . import registration
from .forms import RegistrationForm
from .registration_forms import ResendForm


def _rate_limited(request, scope: str = "registration-rate") -> bool:
    """Count this address's posts in the current hour; True beyond the limit."""
    return over_limit(
        scope,
        request.META.get("REMOTE_ADDR", ""),
        limit=settings.REGISTRATION_RATE_LIMIT,
        window_seconds=3600,
    )


def _too_many(request, template: str, context: dict, message=None):
    context["error"] = message or _(
        "Von Ihrer Adresse kamen in der letzten Stunde zu viele Registrierungen. Bitte "
        "versuchen Sie es später noch einmal."
    )
    return render(request, template, context, status=429)


def _request_language() -> str:
    return (translation.get_language() or "de")[:2]


def register(request):
    """Let a company sign up; the login works once the mailed link is confirmed.

    A known address gets the same answer as a new one (and a note by mail).
    """
    if request.user.is_authenticated:
        return render(request, "checks/registration/register.html", {"signed_in": True})
    form = RegistrationForm(request.POST if request.method == "POST" else None)
    context = {"form": form, "expire_days": registration.registration_lifetime().days}
    if request.method == "POST":
        if _rate_limited(request):
            return _too_many(request, "checks/registration/register.html", context)
        if form.is_bot():
            # Looks like success to the bot; nothing is stored, nothing is sent.
            return redirect("registration:sent")
        if form.is_valid():
            data = form.cleaned_data
            try:
                registration.company_register(
                    company_name=data["company_name"],
                    wz_code=data["wz_code"],
                    size_class=data["size_class"],
                    postcode=data["postcode"],
                    town=data["town"],
                    federal_state=data["federal_state"],
                    given_name=data["given_name"],
                    family_name=data["family_name"],
                    email=data["email"],
                    username=data["username"],
                    password=data["password1"],
                    privacy_accepted=data["privacy"],
                    language=_request_language(),
                )
            except registration.RegistrationError as exc:
                form.add_error(exc.field if exc.field in form.fields else None, exc.message)
            else:
                return redirect("registration:sent")
    return render(request, "checks/registration/register.html", context)


def sent(request):
    """Tell the new company to open the link in its mail."""
    return render(
        request,
        "checks/registration/sent.html",
        {"days": registration.registration_link_max_age().days},
    )


def resend(request):
    """Send the link again to the address of an unconfirmed registration.

    The answer is the same whether or not the address is known.
    """
    template = "checks/registration/resend.html"
    form = ResendForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if _rate_limited(request, "registration-resend"):
            message = _(
                "Von Ihrer Adresse kamen in der letzten Stunde zu viele Anfragen. Bitte "
                "versuchen Sie es später noch einmal."
            )
            return _too_many(request, template, {"form": form}, message)
        if form.is_valid():
            registration.registration_link_resend(email=form.cleaned_data["email"])
            return redirect(reverse("registration:resend") + "?gesendet=1")
    context = {"form": form, "done": request.GET.get("gesendet") == "1"}
    return render(request, template, context)


def confirm(request, token: str):
    """Activate a registered login from the mailed link, sign it in, lead on to the checks.

    GET shows what will happen (mail scanners that open links change nothing); only POST
    activates. A forged, used or expired link gets a clear message and changes nothing;
    an expired one may ask for a fresh link.
    """
    template = "checks/registration/confirm.html"
    context = {"token": token}
    try:
        user = registration.registration_user(token)
    except registration.RegistrationLinkExpired as exc:
        context.update(error=str(exc.message), expired=True)
        if request.method == "POST" and request.POST.get("action") == "resend":
            if _rate_limited(request):
                return _too_many(request, template, context)
            try:
                registration.registration_resend(token=token)
            except registration.RegistrationError as resend_exc:
                context.update(error=resend_exc.message, expired=False)
                return render(request, template, context, status=400)
            return redirect("registration:sent")
        return render(request, template, context, status=400)
    except registration.RegistrationError as exc:
        context["error"] = exc.message
        return render(request, template, context, status=400)
    if request.method == "POST":
        try:
            company = registration.registration_confirm(token=token)
        except registration.RegistrationError as exc:
            context["error"] = exc.message
            return render(request, template, context, status=400)
        user.refresh_from_db()
        # No password was checked: the backend every login names (settings).
        login(request, user, backend=settings.SESSION_AUTH_BACKEND)
        messages.success(
            request,
            _(
                "Willkommen! Ihr Zugang ist bestätigt. Beginnen Sie hier einen Check oder legen "
                "Sie Ihr Lieferantenprofil an."
            ),
        )
        return redirect(company)
    context["username"] = user.username
    return render(request, template, context)

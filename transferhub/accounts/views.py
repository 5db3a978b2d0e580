import secrets
import time

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import login as auth_login
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render, resolve_url
from django.urls import reverse, reverse_lazy
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from transferhub.lib.audit import log_action
from transferhub.lib.ratelimit import over_limit
from transferhub.network.permissions import is_secretariat, person_of

from . import oidc, services
from .forms import (
    CodeForm,
    LoginForm,
    PasswordConfirmForm,
    ProfileForm,
    ResetRequestForm,
    SetupForm,
)
from .notifications import ALWAYS_SENT, password_reset_send

# Session keys: a password accepted and the code still to come; a login that must set up
# a second factor before anything else (middleware.TwoFactorSetupMiddleware).
PENDING = "accounts_pending_login"
SETUP_REQUIRED = "accounts_setup_required"
PENDING_SECONDS = 300
SSO = "accounts_sso"
SSO_SECONDS = 600
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"


def with_language(response, user):
    """Apply the person's stored language to this browser (cookie) and this response."""
    person = person_of(user)
    if person is not None and person.language:
        translation.activate(person.language)
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            person.language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            samesite="Lax",
        )
    return response


def _signed_in(request, user, backend: str, next_url: str, device=None):
    # A password login names the backend that loads the same user faster (settings).
    session_backend = settings.SESSION_AUTH_BACKEND if backend == MODEL_BACKEND else backend
    auth_login(request, user, backend=session_backend)
    if device is not None:
        otp_login(request, device)
    elif services.two_factor_required(user):
        request.session[SETUP_REQUIRED] = True
        setup = reverse("accounts:two_factor_setup")
        return with_language(redirect(f"{setup}?{urlencode({'next': next_url})}"), user)
    return with_language(redirect(next_url), user)


def _first_factor_passed(request, user, backend: str, next_url: str):
    """Password or single sign-on passed: ask for the code if there is an app, else sign in."""
    if services.has_two_factor(user):
        request.session.cycle_key()
        request.session[PENDING] = {
            "user": user.pk,
            "backend": backend,
            "next": next_url,
            "at": time.time(),
        }
        return redirect("accounts:login_code")
    return _signed_in(request, user, backend, next_url)


class LoginView(auth_views.LoginView):
    """Password first; the code from the app next when the person has set one up."""

    form_class = LoginForm
    template_name = "accounts/login.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sso_label"] = settings.OIDC_LABEL if oidc.enabled() else ""
        return context

    def form_valid(self, form):
        user = form.get_user()
        return _first_factor_passed(self.request, user, user.backend, self.get_success_url())


def _sso_redirect_uri() -> str:
    return settings.SITE_URL + reverse("accounts:sso_callback")


@never_cache
def sso_start(request):
    """Send the browser to the network's sign-in service (OpenID Connect)."""
    if not oidc.enabled():
        raise Http404
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        next_url = ""
    try:
        url, kept = oidc.start(_sso_redirect_uri())
    except oidc.SsoError as exc:
        messages.error(request, str(exc))
        return redirect("login")
    request.session[SSO] = {**kept, "next": next_url or resolve_url(settings.LOGIN_REDIRECT_URL)}
    return redirect(url)


@never_cache
def sso_callback(request):
    """The sign-in service's answer: check it, then continue as after a password."""
    if not oidc.enabled():
        raise Http404
    kept = request.session.pop(SSO, None)
    state = request.GET.get("state", "")
    if (
        not kept
        or time.time() - kept.get("at", 0) > SSO_SECONDS
        or not secrets.compare_digest(state, kept["state"])
    ):
        messages.error(
            request, _("Die Anmeldung ist abgelaufen. Bitte versuchen Sie es noch einmal.")
        )
        return redirect("login")
    if request.GET.get("error") or not request.GET.get("code"):
        messages.error(request, _("Die Anmeldung beim Anmeldedienst wurde abgebrochen."))
        return redirect("login")
    try:
        user = oidc.finish(kept=kept, code=request.GET["code"], redirect_uri=_sso_redirect_uri())
    except oidc.SsoError as exc:
        messages.error(request, str(exc))
        return redirect("login")
    log_action(user, "account.sso.signed_in", user)
    return _first_factor_passed(request, user, MODEL_BACKEND, kept["next"])


def _pending_user(request):
    pending = request.session.get(PENDING)
    if not pending or time.time() - pending.get("at", 0) > PENDING_SECONDS:
        return None, None
    user = get_user_model().objects.filter(pk=pending["user"], is_active=True).first()
    return user, pending


@never_cache
def login_code(request):
    user, pending = _pending_user(request)
    if user is None:
        request.session.pop(PENDING, None)
        messages.error(request, _("Bitte melden Sie sich erneut mit Ihrem Passwort an."))
        return redirect("login")
    form = CodeForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        del request.session[PENDING]
        response = _signed_in(request, user, pending["backend"], pending["next"], form.device)
        if isinstance(form.device, StaticDevice):
            left = services.recovery_codes_left(user)
            messages.warning(
                request,
                _(
                    "Sie haben sich mit einem Wiederherstellungscode angemeldet; es bleiben "
                    "%(n)d. Legen Sie unter „Zwei-Faktor-Anmeldung“ neue an, wenn sie knapp werden."
                )
                % {"n": left},
            )
        return response
    return render(request, "accounts/login_code.html", {"form": form})


def admin_login(request, extra_context=None):
    """The admin's sign-in goes through our login page (password, then the code)."""
    next_url = request.GET.get("next") or reverse("admin:index")
    if request.user.is_authenticated:  # signed in, but not staff: the admin says no
        return redirect("home")
    return redirect(f"{reverse('login')}?{urlencode({'next': next_url})}")


@login_required
def profile(request):
    person = person_of(request.user)
    mail_off = services.mail_off_of(person)
    initial = {}
    if person is None:
        initial = {"given_name": request.user.first_name, "family_name": request.user.last_name}
    form = ProfileForm(request.POST or None, instance=person, initial=initial, mail_off=mail_off)
    if request.method == "POST" and form.is_valid():
        try:
            services.profile_update(
                user=request.user, data=form.profile_data(), mail_off=form.mail_off()
            )
        except services.AccountError as exc:
            form.add_error(None, str(exc))
        else:
            request.user.__dict__.pop("_th_person", None)  # read afresh for the language
            response = with_language(redirect("accounts:profile"), request.user)
            messages.success(request, _("Ihr Profil ist gespeichert."))
            return response
    context = {
        "form": form,
        "person": person,
        "always_sent": ALWAYS_SENT,
        "has_two_factor": services.has_two_factor(request.user),
    }
    return render(request, "accounts/profile.html", context)


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:profile")

    def form_valid(self, form):
        response = super().form_valid(form)
        log_action(self.request.user, "account.password.changed", self.request.user)
        messages.success(self.request, _("Ihr Passwort ist geändert."))
        return response


# --- Password reset ---------------------------------------------------------------------


def _reset_over_limit(request, email: str) -> bool:
    """Count a request per address of the browser and per mail address; True beyond the limit."""
    limit = settings.PASSWORD_RESET_RATE_LIMIT
    by_ip = over_limit(
        "password-reset-ip", request.META.get("REMOTE_ADDR", ""), limit=limit, window_seconds=3600
    )
    by_mail = over_limit(
        "password-reset-mail", email.lower(), limit=max(1, limit // 2), window_seconds=3600
    )
    return by_ip or by_mail


@never_cache
def password_reset(request):
    """Ask for a link by mail; the answer is the same whether the address is known or not."""
    form = ResetRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if _reset_over_limit(request, form.cleaned_data["email"]):
            form.add_error(
                None,
                _(
                    "Für diese Adresse oder von Ihrem Anschluss kamen in der letzten Stunde zu "
                    "viele Anfragen. Bitte versuchen Sie es später noch einmal."
                ),
            )
            return render(request, "accounts/password_reset.html", {"form": form}, status=429)
        address = form.cleaned_data["email"]
        with transaction.atomic():
            for user in form.users():
                log_action(None, "account.password.reset_requested", user)
                transaction.on_commit(lambda pk=user.pk: password_reset_send.enqueue(pk, address))
        return redirect("accounts:password_reset_done")
    return render(request, "accounts/password_reset.html", {"form": form})


def password_reset_done(request):
    return render(request, "accounts/password_reset_done.html")


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")

    def form_valid(self, form):
        response = super().form_valid(form)
        log_action(self.user, "account.password.reset", self.user)
        return response


def password_reset_complete(request):
    return render(request, "accounts/password_reset_complete.html")


# --- Second factor ----------------------------------------------------------------------


@login_required
def two_factor(request):
    user = request.user
    context = {
        "has_totp": TOTPDevice.objects.filter(user=user, confirmed=True).exists(),
        "codes_left": services.recovery_codes_left(user),
        "required": services.two_factor_required(user),
        "form": PasswordConfirmForm(user),
    }
    return render(request, "accounts/two_factor.html", context)


def _qr_svg(url: str) -> str:
    # Inline SVG, no image request and no inline style: fits the Content-Security-Policy.
    return segno.make(url, error="m").svg_inline(scale=5, border=2, title="QR-Code")


def _show_codes(request, codes: list[str], next_url: str = ""):
    response = render(request, "accounts/recovery_codes.html", {"codes": codes, "next": next_url})
    response["Cache-Control"] = "no-store"
    return response


@never_cache
@login_required
def two_factor_setup(request):
    user = request.user
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
        next_url = ""
    if TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        messages.info(request, _("Die Zwei-Faktor-Anmeldung ist bereits eingerichtet."))
        return redirect("accounts:two_factor")
    device = services.totp_device_pending(user)
    form = SetupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        codes = services.two_factor_confirm(
            user=user, device=device, code=form.cleaned_data["code"]
        )
        if codes is None:
            form.add_error(
                "code",
                _(
                    "Der Code stimmt nicht. Prüfen Sie, ob die Uhr Ihres Telefons stimmt, und "
                    "geben Sie den gerade angezeigten Code ein."
                ),
            )
        else:
            device.refresh_from_db()
            otp_login(request, device)
            request.session.pop(SETUP_REQUIRED, None)
            return _show_codes(request, codes, next_url)
    secret = device.config_url.split("secret=")[1].split("&")[0]
    context = {
        "form": form,
        "qr": _qr_svg(device.config_url),
        "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
        "required": request.session.get(SETUP_REQUIRED, False),
        "next": next_url,
    }
    return render(request, "accounts/two_factor_setup.html", context)


@require_POST
@login_required
def recovery_codes(request):
    try:
        codes = services.recovery_codes_renew(user=request.user)
    except services.AccountError as exc:
        messages.error(request, str(exc))
        return redirect("accounts:two_factor")
    return _show_codes(request, codes)


@login_required
def two_factor_disable(request):
    form = PasswordConfirmForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.two_factor_disable(user=request.user)
        if services.two_factor_required(request.user):
            # The secretariat cannot go without: it sets up a new app at once.
            request.session[SETUP_REQUIRED] = True
            messages.info(
                request,
                _("Die bisherige App ist entfernt. Richten Sie jetzt die neue App ein."),
            )
            return redirect("accounts:two_factor_setup")
        messages.success(request, _("Die Zwei-Faktor-Anmeldung ist ausgeschaltet."))
        return redirect("accounts:two_factor")
    return render(request, "accounts/two_factor_disable.html", {"form": form})


@login_required
def two_factor_reset(request, pk: int):
    """The secretariat removes someone's app and codes (lost phone and codes)."""
    if not is_secretariat(request.user):
        raise PermissionDenied
    target = get_object_or_404(get_user_model(), pk=pk)
    if request.method == "POST":
        services.two_factor_reset(user=target, actor=request.user)
        messages.success(
            request,
            _("Die Zwei-Faktor-Anmeldung von „%(name)s“ ist zurückgesetzt.")
            % {"name": target.get_username()},
        )
        return redirect("network:people")
    context = {"target": target, "has_two_factor": services.has_two_factor(target)}
    return render(request, "accounts/two_factor_reset.html", context)

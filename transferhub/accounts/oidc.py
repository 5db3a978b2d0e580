"""Single sign-on through the network's OpenID Connect provider (authorisation code + PKCE).

Configured by environment (settings.OIDC_*); off unless OIDC_ISSUER and OIDC_CLIENT_ID are
set. A sign-in finds the existing login whose address the provider confirms
(`email_verified`); it never makes new logins. The ID token comes straight from the token
endpoint over TLS, so its issuer, audience, expiry and nonce are checked and TLS stands in
for the signature (OpenID Connect Core 1.0, 3.1.3.7).
"""

import base64
import hashlib
import json
import secrets
import time
import urllib.error
import urllib.parse
import urllib.request

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext as _

MAX_RESPONSE = 1024 * 1024
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
_discovery: dict[str, tuple[float, dict]] = {}


class SsoError(Exception):
    """A sign-in through the provider that did not work; the message is fit to show."""


def enabled() -> bool:
    return bool(settings.OIDC_ISSUER and settings.OIDC_CLIENT_ID)


def _check_url(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme == "https" or (parts.scheme == "http" and parts.hostname in LOCAL_HOSTS):
        return url
    raise SsoError(_("Der Anmeldedienst ist nicht über HTTPS erreichbar."))


def _fetch(url: str, data: dict | None = None) -> dict:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(
        _check_url(url), data=body, headers={"Accept": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=settings.OIDC_TIMEOUT) as response:
            raw = response.read(MAX_RESPONSE + 1)
    except urllib.error.HTTPError as exc:
        raise SsoError(
            _("Der Anmeldedienst hat die Anmeldung abgelehnt (HTTP %(s)s).") % {"s": exc.code}
        ) from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise SsoError(_("Der Anmeldedienst ist gerade nicht erreichbar.")) from exc
    if len(raw) > MAX_RESPONSE:
        raise SsoError(_("Der Anmeldedienst hat eine unerwartete Antwort geschickt."))
    try:
        value = json.loads(raw)
    except ValueError as exc:
        raise SsoError(_("Der Anmeldedienst hat eine unerwartete Antwort geschickt.")) from exc
    if not isinstance(value, dict):
        raise SsoError(_("Der Anmeldedienst hat eine unerwartete Antwort geschickt."))
    return value


def provider() -> dict:
    """The provider's discovery document, kept for an hour."""
    issuer = settings.OIDC_ISSUER.rstrip("/")
    cached = _discovery.get(issuer)
    if cached and cached[0] > time.monotonic():
        return cached[1]
    config = _fetch(f"{issuer}/.well-known/openid-configuration")
    for key in ("issuer", "authorization_endpoint", "token_endpoint"):
        if not isinstance(config.get(key), str):
            raise SsoError(_("Der Anmeldedienst hat eine unerwartete Antwort geschickt."))
    if config["issuer"].rstrip("/") != issuer:
        raise SsoError(_("Der Anmeldedienst meldet sich unter einer anderen Adresse."))
    _discovery[issuer] = (time.monotonic() + 3600, config)
    return config


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def start(redirect_uri: str) -> tuple[str, dict]:
    """The provider's sign-in address, and what the session keeps until the answer."""
    config = provider()
    state, nonce, verifier = (secrets.token_urlsafe(32) for _ in range(3))
    query = {
        "response_type": "code",
        "client_id": settings.OIDC_CLIENT_ID,
        "redirect_uri": redirect_uri,
        "scope": settings.OIDC_SCOPES,
        "state": state,
        "nonce": nonce,
        "code_challenge": _b64(hashlib.sha256(verifier.encode()).digest()),
        "code_challenge_method": "S256",
    }
    url = _check_url(config["authorization_endpoint"])
    separator = "&" if "?" in url else "?"
    kept = {"state": state, "nonce": nonce, "verifier": verifier, "at": time.time()}
    return f"{url}{separator}{urllib.parse.urlencode(query)}", kept


def _claims(id_token: str) -> dict:
    try:
        payload = id_token.split(".")[1]
        claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    except (IndexError, ValueError) as exc:
        raise SsoError(_("Der Anmeldedienst hat eine unerwartete Antwort geschickt.")) from exc
    if not isinstance(claims, dict):
        raise SsoError(_("Der Anmeldedienst hat eine unerwartete Antwort geschickt."))
    return claims


def finish(*, kept: dict, code: str, redirect_uri: str):
    """Exchange the code for the ID token, check it and return the login it names."""
    config = provider()
    answer = _fetch(
        config["token_endpoint"],
        {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": redirect_uri,
            "client_id": settings.OIDC_CLIENT_ID,
            "client_secret": settings.OIDC_CLIENT_SECRET,
            "code_verifier": kept["verifier"],
        },
    )
    if not isinstance(answer.get("id_token"), str):
        raise SsoError(_("Der Anmeldedienst hat keine Identität geschickt."))
    claims = _claims(answer["id_token"])
    audience = claims.get("aud")
    audiences = audience if isinstance(audience, list) else [audience]
    now = time.time()
    if (
        str(claims.get("iss", "")).rstrip("/") != config["issuer"].rstrip("/")
        or settings.OIDC_CLIENT_ID not in audiences
        or not isinstance(claims.get("exp"), int | float)
        or claims["exp"] < now - 60
        or not secrets.compare_digest(str(claims.get("nonce", "")), kept["nonce"])
    ):
        raise SsoError(_("Die Anmeldung war nicht gültig. Bitte versuchen Sie es noch einmal."))
    email = claims.get("email")
    if not isinstance(email, str) or not email or claims.get("email_verified") is not True:
        raise SsoError(_("Der Anmeldedienst hat keine bestätigte E-Mail-Adresse genannt."))
    users = list(
        get_user_model()
        .objects.filter(Q(email__iexact=email) | Q(person__email__iexact=email), is_active=True)
        .distinct()[:2]
    )
    if len(users) != 1:
        raise SsoError(
            _(
                "Zu dieser Adresse gibt es keinen eindeutigen Zugang im Transferhub. Bitte "
                "melden Sie sich mit Benutzername und Passwort an oder fragen Sie die "
                "Geschäftsstelle."
            )
        )
    return users[0]

"""Write operations on API tokens and calendar feed keys."""

import hashlib
import secrets

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from transferhub.lib.audit import log_action
from transferhub.network.models import Person

from .models import ApiToken, CalendarFeed

TOKEN_PREFIX = "th_"


class ApiError(Exception):
    """A request on tokens or feeds we refuse; the message is fit to show the user."""


def token_digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


@transaction.atomic
def token_create(*, user, name: str, scope: str, actor=None) -> tuple[ApiToken, str]:
    """Create a token and return it with its secret, which is shown only this once."""
    name = name.strip()
    if not name:
        raise ApiError(_("Bitte geben Sie dem Token eine Bezeichnung."))
    if scope not in ApiToken.Scope.values:
        raise ApiError(_("Unbekannte Berechtigung."))
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=user, name=name, scope=scope, prefix=secret[:10], digest=token_digest(secret)
    )
    log_action(actor or user, "api_token.created", token, name=name, scope=scope)
    return token, secret


@transaction.atomic
def token_revoke(*, token: ApiToken, actor=None) -> ApiToken:
    """Revoke a token; requests with it are refused from now on."""
    if token.revoked is None:
        token.revoked = timezone.now()
        token.save(update_fields=["revoked"])
        log_action(actor, "api_token.revoked", token, name=token.name)
    return token


@transaction.atomic
def feed_key_reset(*, person: Person, actor=None) -> CalendarFeed:
    """Give the person's calendar feed a new secret key; the old URL stops working."""
    feed, created = CalendarFeed.objects.get_or_create(
        person=person, defaults={"key": secrets.token_urlsafe(24)}
    )
    if not created:
        feed.key = secrets.token_urlsafe(24)
        feed.save(update_fields=["key", "modified"])
    log_action(actor, "calendar_feed.reset" if not created else "calendar_feed.created", feed)
    return feed

"""Personal signed links without login: a record's id and its key, signed with a salt.

The pattern of the ballot links (votes.services.ballot_token): the token names the
record and its random `key`; giving the record a new key voids every older link, and
`max_age` lets a link expire. The apps added later (reviews, subscriptions) share this
one variant instead of writing their own. Links of older apps carry their own fields
(`{"task": …, "person": …}`) and are signed and opened by `payload_token`/`payload_open`,
so links already mailed stay valid.
"""

import datetime as dt

from django.core import signing
from django.utils.translation import gettext as _


class LinkError(Exception):
    """An altered, expired or void link; the message is fit to show the user."""


class LinkExpired(LinkError):
    """A genuine link past its `max_age`: the app may offer a fresh one."""


def payload_token(salt: str, data: dict) -> str:
    """Sign a token carrying `data` (ids and keys, nothing secret)."""
    return signing.TimestampSigner(salt=salt).sign_object(data)


def payload_open(
    salt: str, token: str, *, max_age: dt.timedelta | None, expired: str | None = None
) -> dict:
    """Return the dict a token carries, or raise LinkError if it is altered or expired
    (LinkExpired; `max_age` None: never).

    `expired` is the message for an expired link, where the app can say what to do instead.
    """
    signer = signing.TimestampSigner(salt=salt)
    try:
        data = signer.unsign_object(token, max_age=max_age)
    except signing.SignatureExpired as exc:
        raise LinkExpired(expired or _("Dieser Link ist abgelaufen.")) from exc
    except (signing.BadSignature, ValueError, TypeError, UnicodeError) as exc:
        raise LinkError(
            _("Dieser Link ist ungültig. Bitte verwenden Sie den Link aus der E-Mail unverändert.")
        ) from exc
    if not isinstance(data, dict):
        raise LinkError(_("Dieser Link ist ungültig."))
    return data


def link_token(salt: str, pk: int, key) -> str:
    """Sign a token naming the record `pk` with its `key` (a UUID)."""
    return payload_token(salt, {"id": pk, "key": key.hex})


def link_open(salt: str, token: str, *, max_age: dt.timedelta) -> tuple[int, str]:
    """Return (id, key hex) of a token, or raise LinkError if it is altered or expired."""
    data = payload_open(salt, token, max_age=max_age)
    if not isinstance(data.get("id"), int):
        raise LinkError(_("Dieser Link ist ungültig."))
    return data["id"], str(data.get("key", ""))

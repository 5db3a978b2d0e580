"""Account self-service: profile, mail choices, second factor (TOTP and recovery codes)."""

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from transferhub.lib.audit import log_action
from transferhub.lib.refusals import Refusal
from transferhub.network.models import Person
from transferhub.network.permissions import is_secretariat

from .models import MailOptOut
from .notifications import OPTIONAL_MAILS

RECOVERY_CODES = 10
TOTP_NAME = "Authenticator-App"
RECOVERY_NAME = "Wiederherstellungscodes"


class AccountError(Refusal):
    """An account change that cannot be made; the message is fit to show."""


def has_two_factor(user) -> bool:
    return user_has_device(user, confirmed=True)


def two_factor_required(user) -> bool:
    """The secretariat must sign in with a second factor (settings.TWO_FACTOR_FOR_SECRETARIAT)."""
    return settings.TWO_FACTOR_FOR_SECRETARIAT and is_secretariat(user)


def totp_device_pending(user) -> TOTPDevice:
    """The user's unconfirmed TOTP device, made once, so the QR code stays while they scan it."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    return device or TOTPDevice.objects.create(user=user, name=TOTP_NAME, confirmed=False)


@transaction.atomic
def two_factor_confirm(*, user, device: TOTPDevice, code: str) -> list[str] | None:
    """Confirm the device with a code from the app; return fresh recovery codes, or None."""
    device = TOTPDevice.objects.select_for_update().get(pk=device.pk, user=user)
    if not device.verify_token(code):
        return None
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    codes = _recovery_codes_replace(user)
    log_action(user, "account.two_factor.enabled", user)
    return codes


def _recovery_codes_replace(user) -> list[str]:
    static, _ = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_NAME, defaults={"confirmed": True}
    )
    static.token_set.all().delete()
    codes = set()
    while len(codes) < RECOVERY_CODES:
        codes.add(StaticToken.random_token())
    StaticToken.objects.bulk_create(StaticToken(device=static, token=c) for c in codes)
    return sorted(codes)


@transaction.atomic
def recovery_codes_renew(*, user) -> list[str]:
    """Replace the recovery codes (the old ones stop working); only with TOTP set up."""
    if not TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        raise AccountError(_("Richten Sie zuerst die Authenticator-App ein."))
    codes = _recovery_codes_replace(user)
    log_action(user, "account.recovery_codes.renewed", user)
    return codes


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


@transaction.atomic
def two_factor_disable(*, user) -> None:
    """Remove the user's TOTP and recovery-code devices."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    log_action(user, "account.two_factor.disabled", user)


@transaction.atomic
def profile_update(*, user, data: dict, mail_off: set[str]) -> Person:
    """Save the user's name and language, and which optional mails they turned off."""
    person = Person.objects.select_for_update().filter(user=user).first()
    before = {}
    if person is None:
        person = Person(user=user, email=user.email)
    else:
        before = {f: getattr(person, f) for f in data}
    for field, value in data.items():
        setattr(person, field, value)
    person.save()
    user.first_name, user.last_name = person.given_name[:150], person.family_name[:150]
    user.save(update_fields=["first_name", "last_name"])
    unknown = mail_off - set(OPTIONAL_MAILS)
    if unknown:
        raise AccountError(_("Diese E-Mails lassen sich nicht abbestellen."))
    was_off = set(MailOptOut.objects.filter(person=person).values_list("kind", flat=True))
    MailOptOut.objects.filter(person=person).exclude(kind__in=mail_off).delete()
    MailOptOut.objects.bulk_create(MailOptOut(person=person, kind=k) for k in mail_off - was_off)
    changed = {f: [before.get(f), v] for f, v in data.items() if before.get(f) != v}
    if changed or was_off != mail_off:
        log_action(user, "account.profile.changed", person, **changed, mail_off=sorted(mail_off))
    return person


def mail_off_of(person: Person | None) -> set[str]:
    if person is None:
        return set()
    return set(MailOptOut.objects.filter(person=person).values_list("kind", flat=True))


@transaction.atomic
def two_factor_reset(*, user, actor) -> None:
    """Remove another login's app and recovery codes (the secretariat, on request)."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()
    log_action(actor, "account.two_factor.reset", user)

"""The accounts' part of a person's data export and erasure (see lib.registry)."""

from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from transferhub.lib import registry

from .models import MailOptOut


def account(person) -> dict:
    # Which mails are off and whether a second factor is set up; never its secret or codes.
    user_id = person.user_id
    return {
        "mails_turned_off": sorted(
            MailOptOut.objects.filter(person=person).values_list("kind", flat=True)
        ),
        "two_factor": bool(user_id)
        and TOTPDevice.objects.filter(user_id=user_id, confirmed=True).exists(),
    }


def _erase_login(user) -> None:
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


def register() -> None:
    registry.privacy_export.register("account", account, order=15)
    registry.privacy_erase.register(
        "accounts",
        registry.Eraser(
            relations=("mail_opt_outs",),
            person=lambda person: MailOptOut.objects.filter(person=person).delete(),
            login=_erase_login,
        ),
    )

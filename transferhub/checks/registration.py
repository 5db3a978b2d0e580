"""A company registers itself (Registrierung): organisation, contact, login, company.

The login stays inactive until the contact opens the signed link mailed to them;
confirming activates it. Nothing here stores or logs names or addresses beyond the
records themselves.
"""

import datetime as dt
import logging
from functools import partial

from django.conf import settings
from django.contrib.auth import password_validation
from django.contrib.auth.models import User
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _

from transferhub.lib.audit import log_action
from transferhub.network.models import Organisation, Person
from transferhub.network.notifications import mail_person
from transferhub.network.services import NetworkError, organisation_create, person_create

from .models import Company
from .services import CheckError, company_create

logger = logging.getLogger(__name__)

REGISTRATION_SALT = "transferhub.checks.registration"
# Form fields the service's messages belong to.
FIELD_OF_NETWORK_ERROR = {
    "name": "company_name",
    "given_name": "given_name",
    "family_name": "family_name",
    "username": "username",
    "password": "password1",
}


class RegistrationError(CheckError):
    """A registration we refuse; `field` names the form field the message belongs to."""

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field


class RegistrationLinkExpired(RegistrationError):
    """The link was genuine but is too old; a fresh one may be sent."""


def registration_link_max_age() -> dt.timedelta:
    return dt.timedelta(days=getattr(settings, "REGISTRATION_LINK_DAYS", 3))


# --- Checks shared by the form and the service ------------------------------------------


def registration_conflicts(*, company_name: str, username: str, email: str) -> dict[str, str]:
    """Return a German message per form field whose value is already taken."""
    conflicts = {}
    company_name, username, email = company_name.strip(), username.strip(), email.strip()
    if company_name and (
        Company.objects.filter(name__iexact=company_name).exists()
        or Organisation.objects.filter(name__iexact=company_name).exists()
    ):
        conflicts["company_name"] = _(
            "Ein Unternehmen oder eine Organisation mit diesem Namen ist bereits registriert. "
            "Wenn es Ihr Unternehmen ist, wenden Sie sich bitte an die Geschäftsstelle."
        )
    if username and User.objects.filter(username__iexact=username).exists():
        conflicts["username"] = _(
            "Diesen Benutzernamen gibt es bereits. Bitte wählen Sie einen anderen."
        )
    if email and (
        User.objects.filter(email__iexact=email).exists()
        or Person.objects.filter(email__iexact=email).exists()
    ):
        conflicts["email"] = _(
            "Mit dieser E-Mail-Adresse ist bereits jemand registriert. Bitte melden Sie sich "
            "an oder wenden Sie sich an die Geschäftsstelle."
        )
    return conflicts


def password_problems(
    password: str, *, username: str, email: str, given_name: str, family_name: str
) -> list[str]:
    """Return what Django's password validators object to (empty if the password is fine)."""
    hint = User(username=username, email=email, first_name=given_name, last_name=family_name)
    try:
        password_validation.validate_password(password, hint)
    except ValidationError as exc:
        return list(exc.messages)
    return []


# --- Register -------------------------------------------------------------------------------


def company_register(
    *,
    company_name: str,
    wz_code: str,
    size_class: str,
    postcode: str,
    town: str,
    federal_state: str,
    given_name: str,
    family_name: str,
    email: str,
    username: str,
    password: str,
    privacy_accepted: bool,
    language: str = Person.Language.GERMAN,
) -> Company:
    """Create organisation, contact person, inactive login and company; mail the link."""
    if not privacy_accepted:
        raise RegistrationError(
            _("Bitte bestätigen Sie, dass Sie den Datenschutzhinweis gelesen haben."),
            field="privacy",
        )
    if not email.strip():
        raise RegistrationError(_("Bitte geben Sie eine E-Mail-Adresse an."), field="email")
    try:
        UnicodeUsernameValidator()(username.strip())
    except ValidationError:
        raise RegistrationError(
            _("Bitte wählen Sie einen Benutzernamen aus Buchstaben, Ziffern und @ . + - _."),
            field="username",
        ) from None
    conflicts = registration_conflicts(company_name=company_name, username=username, email=email)
    if conflicts:
        field, message = next(iter(conflicts.items()))
        raise RegistrationError(message, field=field)
    if language not in Person.Language.values:
        language = Person.Language.GERMAN
    try:
        with transaction.atomic():
            company = _create_records(
                company_name=company_name,
                wz_code=wz_code,
                size_class=size_class,
                postcode=postcode,
                town=town,
                federal_state=federal_state,
                given_name=given_name,
                family_name=family_name,
                email=email,
                username=username,
                password=password,
                language=language,
            )
    except IntegrityError:
        # Someone took the name or login in the moment between our check and the insert.
        raise RegistrationError(
            _(
                "Name oder Benutzername wurden gerade eben anderweitig vergeben. Bitte prüfen "
                "Sie Ihre Angaben und senden Sie das Formular erneut."
            )
        ) from None
    return company


def _create_records(
    *,
    company_name,
    town,
    given_name,
    family_name,
    email,
    username,
    password,
    language,
    **company_fields,
) -> Company:
    try:
        organisation = organisation_create(
            name=company_name, kind=Organisation.Kind.COMPANY, town=town
        )
        person = person_create(
            given_name=given_name,
            family_name=family_name,
            email=email.strip(),
            organisation=organisation,
            language=language,
            username=username.strip(),
            password=password,
        )
    except NetworkError as exc:
        raise RegistrationError(
            exc.message, field=FIELD_OF_NETWORK_ERROR.get(exc.field or "")
        ) from None
    user = person.user
    user.is_active = False
    user.save(update_fields=["is_active"])
    try:
        company = company_create(
            name=company_name, staff=[user], organisation=organisation, **company_fields
        )
    except CheckError as exc:
        raise RegistrationError(str(exc)) from None
    # No names or addresses in the trail: the records and the consent are enough.
    log_action(
        None,
        "checks.company.registered",
        company,
        organisation=organisation.pk,
        person=person.pk,
        privacy_notice_accepted=True,
        language=language,
    )
    transaction.on_commit(partial(registration_mail_send, user_id=user.pk), robust=True)
    return company


# --- The signed link ------------------------------------------------------------------------


def _fingerprint(user: User) -> str:
    # Changes once the login is active (or its password changes): a used link is spent.
    value = f"{user.pk}:{user.password}:{user.is_active}:{user.last_login}"
    return salted_hmac(REGISTRATION_SALT, value).hexdigest()[:24]


def registration_token(user: User) -> str:
    """Sign a token that confirms `user`'s registration."""
    return signing.TimestampSigner(salt=REGISTRATION_SALT).sign_object(
        {"user": user.pk, "fp": _fingerprint(user)}
    )


def registration_link(user: User) -> str:
    return settings.SITE_URL + reverse("registration:confirm", args=[registration_token(user)])


def _user_from_token(token: str, *, max_age) -> User:
    signer = signing.TimestampSigner(salt=REGISTRATION_SALT)
    try:
        data = signer.unsign_object(token, max_age=max_age)
    except signing.SignatureExpired:
        raise
    except (signing.BadSignature, ValueError, TypeError, UnicodeError) as exc:
        raise RegistrationError(
            _(
                "Dieser Bestätigungslink ist ungültig. Bitte verwenden Sie den Link aus der "
                "E-Mail unverändert."
            )
        ) from exc
    user = (
        User.objects.filter(pk=data.get("user")).first()
        if isinstance(data, dict) and isinstance(data.get("user"), int)
        else None
    )
    if user is None:
        raise RegistrationError(_("Diese Registrierung gibt es nicht mehr."))
    if data.get("fp") != _fingerprint(user):
        if user.is_active:
            raise RegistrationError(
                _("Ihr Zugang ist bereits bestätigt. Bitte melden Sie sich an.")
            )
        raise RegistrationError(_("Dieser Bestätigungslink gilt nicht mehr."))
    return user


def registration_user(token: str) -> User:
    """Return the inactive login a link confirms; raise RegistrationError if it does not."""
    try:
        return _user_from_token(token, max_age=registration_link_max_age())
    except signing.SignatureExpired as exc:
        raise RegistrationLinkExpired(
            _(
                "Dieser Bestätigungslink ist abgelaufen. Sie können sich einen neuen Link an "
                "die E-Mail-Adresse der Registrierung senden lassen."
            )
        ) from exc


@transaction.atomic
def registration_confirm(*, token: str) -> Company:
    """Activate the login a valid link names; return its company."""
    user = registration_user(token)
    user = User.objects.select_for_update().get(pk=user.pk)
    if user.is_active:
        raise RegistrationError(_("Ihr Zugang ist bereits bestätigt. Bitte melden Sie sich an."))
    user.is_active = True
    user.save(update_fields=["is_active"])
    company = Company.objects.filter(staff=user).order_by("pk").first()
    if company is None:
        raise RegistrationError(_("Diese Registrierung gibt es nicht mehr."))
    log_action(user, "checks.company.confirmed", company)
    return company


def registration_resend(*, token: str) -> None:
    """Mail a fresh link for an expired one (to the address of the registration only)."""
    try:
        user = _user_from_token(token, max_age=None)
    except signing.SignatureExpired:  # pragma: no cover - no max age, never expires
        raise RegistrationError(_("Dieser Bestätigungslink ist ungültig.")) from None
    if user.is_active:
        raise RegistrationError(_("Ihr Zugang ist bereits bestätigt. Bitte melden Sie sich an."))
    registration_mail_send(user_id=user.pk)


def registration_mail_send(*, user_id: int) -> int:
    """Mail the confirmation link to the contact of an unconfirmed registration."""
    user = User.objects.filter(pk=user_id, is_active=False).first()
    person = Person.objects.filter(user_id=user_id).first() if user else None
    if person is None:
        return 0
    company = Company.objects.filter(staff=user).order_by("pk").first()
    expires = timezone.localtime() + registration_link_max_age()
    sent = mail_person(
        person,
        subject=lambda: _("Bitte bestätigen Sie Ihre Registrierung im Transferhub"),
        template="checks/email/registration_confirm",
        context={
            "company": company,
            "username": user.username,
            "link": registration_link(user),
            "expires": expires,
        },
    )
    if not sent:
        logger.warning("Registration mail for login %s not sent (no address).", user_id)
    return sent

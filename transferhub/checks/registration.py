"""A company registers itself (Registrierung): organisation, contact, login, company.

The login stays inactive until the contact opens the signed link mailed to them;
confirming activates it. An unconfirmed registration is deleted after
REGISTRATION_EXPIRE_DAYS (`transferhub expire-registrations`, daily). The form answers
the same whether or not an address is known: a known address gets a note (or, for an
unconfirmed registration, a fresh link) instead of a second registration. Mails leave
by a background job that retries. Nothing here stores or logs names or addresses
beyond the records themselves.
"""

import datetime as dt
import logging

from django.conf import settings
from django.contrib.auth import password_validation
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import User
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import ValidationError
from django.db import IntegrityError, router, transaction
from django.db.models.deletion import Collector
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _
from django_tasks import task

from transferhub.lib.audit import log_action
from transferhub.lib.models import ActionLog
from transferhub.lib.signed_links import LinkError, LinkExpired, payload_open, payload_token
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


def registration_lifetime() -> dt.timedelta:
    """How long an unconfirmed registration is kept."""
    return dt.timedelta(days=getattr(settings, "REGISTRATION_EXPIRE_DAYS", 3))


def unconfirmed_registrations(*, registered_before: dt.datetime | None = None):
    """Logins made by the registration form and never confirmed (nor ever signed in)."""
    logins = User.objects.filter(
        is_active=False,
        last_login__isnull=True,
        person__isnull=False,
        pk__in=Company.staff.through.objects.values("user_id"),
    )
    if registered_before is not None:
        logins = logins.filter(date_joined__lt=registered_before)
    return logins


# --- Checks shared by the form and the service ------------------------------------------


def registration_conflicts(*, company_name: str, username: str) -> dict[str, str]:
    """Return a German message per form field whose value is already taken.

    The e-mail address is deliberately not checked: the form must not tell anyone
    whether an address is known (`company_register` mails that address a note instead).
    """
    conflicts = {}
    company_name, username = company_name.strip(), username.strip()
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
    return conflicts


def _address_known(email: str) -> bool:
    return (
        User.objects.filter(email__iexact=email).exists()
        or Person.objects.filter(email__iexact=email).exists()
    )


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
) -> Company | None:
    """Create organisation, contact person, inactive login and company; mail the link.

    For an address someone already has, nothing is created and that address gets a
    note (None is returned); the caller answers as for a new registration.
    """
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
    conflicts = registration_conflicts(company_name=company_name, username=username)
    if conflicts:
        field, message = next(iter(conflicts.items()))
        raise RegistrationError(message, field=field)
    if language not in Person.Language.values:
        language = Person.Language.GERMAN
    if _address_known(email.strip()):
        # Hash the password anyway: the answer must not come faster for a known address.
        make_password(password)
        _mail_the_known_address(email.strip())
        return None
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
    user_id = user.pk
    # robust, and a lambda (a functools.partial has no __qualname__, which Django's
    # robust handler logs): a failure here must not turn a stored registration into a 500.
    transaction.on_commit(lambda: registration_mail.enqueue(user_id), robust=True)
    return company


# --- The signed link ------------------------------------------------------------------------


def _fingerprint(user: User) -> str:
    # Changes once the login is active (or its password changes): a used link is spent.
    value = f"{user.pk}:{user.password}:{user.is_active}:{user.last_login}"
    return salted_hmac(REGISTRATION_SALT, value).hexdigest()[:24]


def registration_token(user: User) -> str:
    """Sign a token that confirms `user`'s registration."""
    return payload_token(REGISTRATION_SALT, {"user": user.pk, "fp": _fingerprint(user)})


def registration_link(user: User) -> str:
    return settings.SITE_URL + reverse("registration:confirm", args=[registration_token(user)])


def _user_from_token(token: str, *, max_age) -> User:
    """The login a token names; LinkExpired passes through (the caller offers a new link)."""
    try:
        data = payload_open(REGISTRATION_SALT, token, max_age=max_age)
    except LinkExpired:
        raise
    except LinkError as exc:
        raise RegistrationError(
            _(
                "Dieser Bestätigungslink ist ungültig. Bitte verwenden Sie den Link aus der "
                "E-Mail unverändert."
            )
        ) from exc
    user = (
        User.objects.filter(pk=data.get("user")).first()
        if isinstance(data.get("user"), int)
        else None
    )
    if user is None:
        raise RegistrationError(_("Diese Registrierung gibt es nicht mehr."))
    if (
        not user.is_active
        and user.last_login is None
        and user.date_joined < timezone.now() - registration_lifetime()
    ):
        raise RegistrationError(
            _(
                "Diese Registrierung wurde nicht rechtzeitig bestätigt und ist abgelaufen. "
                "Bitte registrieren Sie sich erneut."
            )
        )
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
    except LinkExpired as exc:
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
    user = _user_from_token(token, max_age=None)  # no max age: never expired
    if user.is_active:
        raise RegistrationError(_("Ihr Zugang ist bereits bestätigt. Bitte melden Sie sich an."))
    registration_mail.enqueue(user.pk)


def registration_link_resend(*, email: str) -> None:
    """Mail a fresh link if `email` belongs to an unconfirmed registration; else nothing.

    The caller answers the same either way.
    """
    email = email.strip()
    if not email:
        return
    cutoff = timezone.now() - registration_lifetime()
    user = (
        unconfirmed_registrations()
        .filter(date_joined__gte=cutoff, person__email__iexact=email)
        .order_by("-date_joined")
        .first()
    )
    if user is not None:
        registration_mail.enqueue(user.pk)


def _mail_the_known_address(email: str) -> None:
    """An address someone has was entered again: a fresh link if it is unconfirmed, else a note."""
    user = (
        unconfirmed_registrations()
        .filter(date_joined__gte=timezone.now() - registration_lifetime())
        .filter(person__email__iexact=email)
        .order_by("-date_joined")
        .first()
    )
    if user is not None:
        registration_mail.enqueue(user.pk)
        return
    person = Person.objects.filter(email__iexact=email).order_by("pk").first()
    login = None if person else User.objects.filter(email__iexact=email).order_by("pk").first()
    if person is not None or login is not None:
        registration_note_mail.enqueue(
            person_id=person.pk if person else None, user_id=login.pk if login else None
        )


# --- Mails, as background jobs ------------------------------------------------------------

MAIL_ATTEMPTS = 5
# Minutes to wait before each further attempt (a mail server that is down for a while).
MAIL_RETRY_MINUTES = (1, 5, 15, 60)


def _retry_or_give_up(job, args: tuple, kwargs: dict, attempt: int, exc: Exception) -> None:
    """Log a failed mail without personal data; enqueue the next attempt or give up."""
    what = job.name
    if attempt < MAIL_ATTEMPTS and isinstance(exc, OSError):  # smtplib's errors are OSErrors
        logger.warning(
            "%s: attempt %d of %d failed (%s); trying again.",
            what,
            attempt,
            MAIL_ATTEMPTS,
            type(exc).__name__,
        )
        backend = job.get_backend()
        if backend.supports_defer:
            delay = dt.timedelta(minutes=MAIL_RETRY_MINUTES[attempt - 1])
            job = job.using(run_after=timezone.now() + delay)
        job.enqueue(*args, attempt=attempt + 1, **kwargs)
        return
    logger.error(
        "%s: attempt %d of %d failed (%s); giving up.",
        what,
        attempt,
        MAIL_ATTEMPTS,
        type(exc).__name__,
    )


@task()
def registration_mail(user_id: int, attempt: int = 1) -> int:
    """Background job: mail the confirmation link of an unconfirmed registration (retries)."""
    try:
        return registration_mail_send(user_id=user_id)
    except Exception as exc:
        _retry_or_give_up(registration_mail, (user_id,), {}, attempt, exc)
        return 0


@task()
def registration_note_mail(
    person_id: int | None = None, user_id: int | None = None, attempt: int = 1
) -> int:
    """Background job: tell a known address that someone tried to register with it."""
    try:
        return registration_note_send(person_id=person_id, user_id=user_id)
    except Exception as exc:
        _retry_or_give_up(
            registration_note_mail, (), {"person_id": person_id, "user_id": user_id}, attempt, exc
        )
        return 0


def registration_mail_send(*, user_id: int) -> int:
    """Mail the confirmation link to the contact of an unconfirmed registration."""
    user = User.objects.filter(pk=user_id, is_active=False).first()
    person = Person.objects.filter(user_id=user_id).first() if user else None
    if person is None:
        return 0
    company = Company.objects.filter(staff=user).order_by("pk").first()
    # The link works for REGISTRATION_LINK_DAYS, but not past the registration's deletion.
    expires = min(
        timezone.localtime() + registration_link_max_age(),
        timezone.localtime(user.date_joined + registration_lifetime()),
    )
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


def registration_note_send(*, person_id: int | None, user_id: int | None) -> int:
    """Mail a known address that a registration with it was tried and nothing was created."""
    person = Person.objects.filter(pk=person_id).first() if person_id else None
    if person is None and user_id:
        login = User.objects.filter(pk=user_id).first()
        if login is not None and login.email:
            # Mail to a login without a person of the network: in German, by its names.
            person = Person(
                given_name=login.first_name or login.username,
                family_name=login.last_name,
                email=login.email,
            )
    if person is None:
        return 0
    return mail_person(
        person,
        subject=lambda: _("Registrierung im Transferhub mit Ihrer E-Mail-Adresse"),
        template="checks/email/registration_known_address",
        context={"login_url": settings.SITE_URL + reverse("login")},
    )


# --- Expiry -----------------------------------------------------------------------------------


def registrations_expire(*, now: dt.datetime | None = None) -> int:
    """Delete unconfirmed registrations older than REGISTRATION_EXPIRE_DAYS; return how many.

    Deleted are what the form created: the login, its person, the company and the
    organisation, and only while nothing else has come to hang on them (an assessment,
    a supplier profile, another person or login). The trail keeps ids, no names.
    """
    cutoff = (now or timezone.now()) - registration_lifetime()
    expired = 0
    for user_id in unconfirmed_registrations(registered_before=cutoff).values_list("pk", flat=True):
        with transaction.atomic():
            if _registration_delete(user_id, cutoff):
                expired += 1
    return expired


def _registration_models() -> set:
    """What deleting a registration may delete: its own records and their link rows."""
    return {
        Company,
        Company.staff.through,
        Person,
        User,
        User.groups.through,
        User.user_permissions.through,
        Organisation,
    }


def _deletes_only(records: list, allowed: set) -> bool:
    """Whether deleting `records` would delete rows of no other kind (an assessment, ...)."""
    collector = Collector(using=router.db_for_write(User))
    for record in records:  # one model per call
        collector.collect([record])
    if any(objs and model not in allowed for model, objs in collector.data.items()):
        return False
    return not any(qs.model not in allowed and qs.exists() for qs in collector.fast_deletes)


def _registration_delete(user_id: int, cutoff: dt.datetime) -> bool:
    user = (
        unconfirmed_registrations(registered_before=cutoff)
        .select_for_update(of=("self",))
        .filter(pk=user_id)
        .first()
    )
    if user is None:
        return False
    person = Person.objects.filter(user=user).select_related("organisation").first()
    companies = list(Company.objects.filter(staff=user))
    registered = ActionLog.objects.filter(
        action="checks.company.registered",
        object_type=Company._meta.label_lower,
        object_id__in=[c.pk for c in companies],
    )
    if person is None or len(companies) != 1 or not registered.exists():
        return False
    company = companies[0]
    organisation = person.organisation
    records = [company, person, user] + ([organisation] if organisation else [])
    if (
        hasattr(company, "supplier")  # kept with its company unset otherwise
        or (
            organisation is not None
            and (
                organisation.pk != company.organisation_id
                or Person.objects.filter(organisation=organisation).exclude(pk=person.pk).exists()
            )
        )
        or not _deletes_only(records, _registration_models())
    ):
        return False
    log_action(
        None,
        "checks.company.registration_expired",
        company,
        organisation=organisation.pk if organisation else None,
        person=person.pk,
        login=user.pk,
    )
    company.delete()
    person.delete()
    user.delete()
    if organisation is not None:
        organisation.delete()
    return True

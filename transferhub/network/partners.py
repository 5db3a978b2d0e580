"""Partners of the OM (Partnerorganisationen): applying online, the secretariat's decision.

An accepted application makes (or updates) the organisation as a partner with its offer,
the contact person, and for each body the applicant named an interest request, which the
body's managers decide as any other (network.services.interest_accept).
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from transferhub.lib.audit import log_action

from .models import InterestRequest, Organisation, PartnerApplication, Person
from .permissions import current_membership_q
from .services import NetworkError

APPLICATION_FIELDS = (
    "organisation_name",
    "kind",
    "website",
    "town",
    "postcode",
    "federal_state",
    "contact_given_name",
    "contact_family_name",
    "contact_email",
    "offer",
)


@transaction.atomic
def partner_apply(*, consent: bool, bodies=(), **fields) -> PartnerApplication:
    """Store an application; without consent nothing is stored."""
    if not consent:
        raise NetworkError(
            _(
                "Bitte willigen Sie in die Verarbeitung Ihrer Angaben ein; ohne sie können "
                "wir Ihren Antrag nicht bearbeiten."
            ),
            field="consent",
        )
    name = fields["organisation_name"].strip()
    if Organisation.objects.filter(name__iexact=name, partner_since__isnull=False).exists():
        raise NetworkError(
            _("%(name)s ist bereits Partner der Offensive Mittelstand.") % {"name": name},
            field="organisation_name",
        )
    application = PartnerApplication.objects.create(
        consent=True, **{k: (v.strip() if isinstance(v, str) else v) for k, v in fields.items()}
    )
    application.bodies.set(bodies)
    log_action(None, "partner.applied", application, organisation=name)
    return application


def _lock(application: PartnerApplication) -> PartnerApplication:
    application = PartnerApplication.objects.select_for_update().get(pk=application.pk)
    if application.state != PartnerApplication.State.PENDING:
        raise NetworkError(_("Über diesen Antrag wurde bereits entschieden."))
    return application


@transaction.atomic
def partner_accept(*, application: PartnerApplication, actor=None) -> Organisation:
    """Make the organisation a partner; its contact asks to join the bodies named."""
    application = _lock(application)
    organisation, _created = Organisation.objects.get_or_create(
        name=application.organisation_name, defaults={"kind": application.kind}
    )
    organisation.kind = application.kind
    organisation.town = application.town
    organisation.website = application.website or organisation.website
    organisation.postcode = application.postcode
    organisation.federal_state = application.federal_state
    organisation.offer = application.offer
    organisation.partner_since = timezone.localdate()
    organisation.save()
    contact = Person.objects.filter(email__iexact=application.contact_email).first()
    if contact is None:
        contact = Person.objects.create(
            given_name=application.contact_given_name,
            family_name=application.contact_family_name,
            email=application.contact_email,
            organisation=organisation,
        )
    for body in application.bodies.all():
        member = contact.memberships.filter(current_membership_q(), body=body).exists()
        pending = contact.interest_requests.filter(body=body, status="pending").exists()
        if not member and not pending:
            InterestRequest.objects.create(
                person=contact,
                body=body,
                note=_("Partnerantrag von %(name)s") % {"name": organisation.name},
            )
    application.state = PartnerApplication.State.ACCEPTED
    application.organisation = organisation
    application.decided_by = actor if getattr(actor, "is_authenticated", False) else None
    application.decided_at = timezone.now()
    application.save()
    log_action(actor, "partner.accepted", application, organisation_id=organisation.pk)
    return organisation


@transaction.atomic
def partner_decline(*, application: PartnerApplication, actor=None) -> PartnerApplication:
    application = _lock(application)
    application.state = PartnerApplication.State.DECLINED
    application.decided_by = actor if getattr(actor, "is_authenticated", False) else None
    application.decided_at = timezone.now()
    application.save()
    log_action(actor, "partner.declined", application)
    return application

"""Networks' and events' part of the role walks (lib/tests/test_every_url_every_role.py and
test_every_api_endpoint_every_role.py merge these rows into their tables).

The world: "OM Rheinland-Pfalz Nord", recognised, coordinated by the AG Transfer's chair
(so the chair column is "a coordinator of this network"); "@other" is "OM Saar", also
recognised, which no role coordinates; "@hidden" is "OM Entwurf", not recognised: its
website exists for nobody but the secretariat (preview). Each has a published event with
one participant checked in and an application for recognition.
"""

import datetime as dt

from django.core.files.base import ContentFile
from django.utils import timezone

from transferhub.events.models import Event, Registration
from transferhub.network.models import Body, Network, PartnerApplication
from transferhub.network.networks import answers_save, application_start, application_submit

LOGIN = "login"
ALL = (200,) * 8
COORDINATORS = (LOGIN, 403, 403, 200, 200, 403, 403, 403)  # chair = coordinator of Nord
OFFICE = (LOGIN, 403, 403, 403, 200, 403, 403, 403)

EXPECTED_GET = {
    "network:networks": COORDINATORS,
    "network:network_create": OFFICE,
    "network:network_edit": COORDINATORS,
    "network:network_edit@other": OFFICE,
    # The edit page's type-ahead pickers (htmx options).
    "network:network_picker": COORDINATORS,
    "network:network_picker@other": OFFICE,
    "network:application": COORDINATORS,
    "network:application@other": OFFICE,
    # A coordinator edits the bodies of their network and their memberships (the AG
    # Transfer's stay the secretariat's: the rows without a variant).
    "network:body_edit@nord": COORDINATORS,
    "network:membership_add@nord": COORDINATORS,
    "regional:directory": ALL,
    # Partners: the directory and the application form are public, the decision the office's.
    "network:partners": ALL,
    "network:partner_apply": ALL,
    "network:partner_applications": OFFICE,
    "network:partner_decide": OFFICE,
    "regional:applications": OFFICE,
    "regional:application": OFFICE,
    "regional:site": ALL,
    "regional:site@other": ALL,
    # Not recognised: no website but the secretariat's preview (and its coordinators').
    "regional:site@hidden": (404, 404, 404, 404, 200, 404, 404, 404),
    "regional:contact": ALL,
    "regional:imprint": ALL,
    "regional:privacy": ALL,
    "regional:founding_paper": ALL,
    "regional:picture": (404,) * 8,  # none uploaded
    "events:detail": ALL,
    "events:detail@other": ALL,
    "events:network_feed": ALL,
    "events:feed": ALL,
    "events:ics": ALL,
    # A forged personal link: refused for everyone, signed in or not.
    "events:confirm": (400,) * 8,
    "events:cancel": (400,) * 8,
    # Organising events: coordinators and the managers of a body (the chair, for the AG
    # Transfer), the secretariat; an event of another network only the secretariat.
    "events:manage": COORDINATORS,
    "events:create": COORDINATORS,
    "events:edit": COORDINATORS,
    "events:edit@other": OFFICE,
    "events:participants": COORDINATORS,
    "events:participants@other": OFFICE,
    "events:participants_export": COORDINATORS,
    "events:participants_export@other": OFFICE,
    "events:check_in": COORDINATORS,
    "events:check_in@other": OFFICE,
    "events:certificate": COORDINATORS,
    "events:certificate@other": OFFICE,
}

EXPECTED_POST = {
    # An empty form is shown again; nothing is stored (test_partners.py: without consent).
    "network:partner_apply": ("ok",) * 8,
    "network:partner_decide": ("login", 403, 403, 403, "ok", 403, 403, 403),
    "network:network_edit": ("login", 403, 403, "ok", "ok", 403, 403, 403),
    "network:network_edit@other": ("login", 403, 403, 403, "ok", 403, 403, 403),
    "regional:contact": ("ok",) * 8,  # the form again with its errors
    "events:detail": ("ok",) * 8,  # the registration form again
    "events:check_in@other": ("login", 403, 403, 403, 404, 403, 403, 403),
}

EXPECTED_API = {
    "GET /networks": ALL,
    "GET /events": ALL,
    "GET /events/{event_id}": ALL,
    # Partners: the directory public; applying needs a token, as every API write does.
    "GET /partners": ALL,
    "POST /partner-applications": (401,) + (201,) * 7,
    "GET /partner-applications": (401, 403, 403, 403, 200, 403, 403, 403),
    "POST /partner-applications/{partner_application_id}/decision": (
        (401, 403, 403, 403, 200, 403, 403, 403)
    ),
}

# The smallest valid bodies of the writes (merged into the API walk's minimal_body).
API_BODIES = {
    "POST /partner-applications": {
        "organisation_name": "Kammer Neuwied",
        "town": "Neuwied",
        "postcode": "56564",
        "federal_state": "RP",
        "contact_given_name": "Nina",
        "contact_family_name": "Neuwied",
        "contact_email": "nina@neuwied.example",
        "offer": "Beratung",
        "consent": True,
    },
    "POST /partner-applications/{partner_application_id}/decision": {"action": "accept"},
}


def _network(name: str, slug: str, *, recognised: bool) -> Network:
    until = timezone.localdate() + dt.timedelta(days=365) if recognised else None
    return Network.objects.create(name=name, slug=slug, federal_states="RP", recognised_until=until)


def _event(network: Network, body=None) -> tuple[Event, Registration]:
    start = timezone.now() + dt.timedelta(days=30)
    event = Event.objects.create(
        network=network,
        body=body,
        title=f"Netzwerktreffen {network.name}",
        starts_at=start,
        ends_at=start + dt.timedelta(hours=3),
        place="Koblenz",
        capacity=30,
        published=True,
    )
    registration = Registration.objects.create(
        event=event,
        name="Anna Arbeit",
        email=f"anna@{network.slug}.example",
        consent=True,
        state=Registration.State.CONFIRMED,
        checked_in_at=timezone.now(),
    )
    return event, registration


def _application(network: Network):
    application = application_start(network=network)
    answers = {a.criterion_id: (True, "Nachweis") for a in application.answers.all()}
    answers_save(application=application, answers=answers)
    return application_submit(application=application)


def network_world(people) -> dict:
    """Build the networks' objects; return the URL cases' kwargs (name or "name@variant")."""
    north = _network("OM Rheinland-Pfalz Nord", "om-rlp-nord", recognised=True)
    north.coordinators.add(people["chair"])
    north.founding_paper.save("grundlagenpapier.pdf", ContentFile(b"%PDF-1.4\n%%EOF\n"))
    body = Body.objects.create(name="Netzwerkrunde Nord", network=north)
    saar = _network("OM Saar", "om-saar", recognised=True)
    hidden = _network("OM Entwurf", "om-entwurf", recognised=False)
    event, registration = _event(north, body)
    other_event, other_registration = _event(saar)
    application, other_application = _application(north), _application(saar)
    partner = PartnerApplication.objects.create(
        organisation_name="Beratungsnetz Mittelrhein e. V.",
        town="Koblenz",
        postcode="56068",
        federal_state="RP",
        contact_given_name="Anna",
        contact_family_name="Mittelrhein",
        contact_email="anna@mittelrhein.example",
        offer="Erstberatung",
        consent=True,
    )
    singles = {
        "network:partner_decide": {"pk": partner.pk},
        **{f"network:{n}": {"pk": north.pk} for n in ("network_edit", "application")},
        "network:body_edit@nord": {"pk": body.pk},
        "network:membership_add@nord": {"pk": body.pk},
        **{f"network:{n}@other": {"pk": saar.pk} for n in ("network_edit", "application")},
        "network:network_picker": {"pk": north.pk, "field": "contacts"},
        "network:network_picker@other": {"pk": saar.pk, "field": "organisations"},
        "regional:application": {"pk": application.pk},
        "regional:site": {"slug": north.slug},
        "regional:site@other": {"slug": saar.slug},
        "regional:site@hidden": {"slug": hidden.slug},
        **{
            f"regional:{n}": {"slug": north.slug}
            for n in ("contact", "imprint", "privacy", "founding_paper", "picture")
        },
        "events:detail": {"slug": north.slug, "pk": event.pk},
        "events:detail@other": {"slug": saar.slug, "pk": other_event.pk},
        "events:network_feed": {"slug": north.slug},
        "events:ics": {"pk": event.pk},
        "events:confirm": {"token": "gefaelscht"},
        "events:cancel": {"token": "gefaelscht"},
        "events:certificate": {"pk": registration.pk},
        "events:certificate@other": {"pk": other_registration.pk},
        "events:participants_export": {"pk": event.pk, "fmt": "csv"},
        "events:participants_export@other": {"pk": other_event.pk, "fmt": "xlsx"},
    }
    for name in ("edit", "participants", "check_in"):
        singles[f"events:{name}"] = {"pk": event.pk}
        singles[f"events:{name}@other"] = {"pk": other_event.pk}
    assert other_application.network_id == saar.pk
    return singles

"""Demo: the federal network, a recognised regional network with its website, the Transfertag.

"OM Rheinland-Pfalz Nord" and everyone in it are invented. Its recognition is dated
relative to the day the demo is loaded, so that its website is live whenever one looks.
"""

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth.models import User
from django.utils import timezone

from transferhub.events.models import Event, Registration
from transferhub.meetings.services import (
    agenda_item_add,
    meeting_create,
    minutes_approve,
    minutes_record,
)
from transferhub.network.models import (
    Body,
    Membership,
    Network,
    Organisation,
    PartnerApplication,
    Person,
    RecognitionApplication,
)
from transferhub.network.networks import application_start
from transferhub.network.partners import partner_accept

REGIONAL_SLUG = "om-rlp-nord"
COORDINATOR = ("koordination", "Nadine", "Westerburg")
PARTNERS = [
    ("Beratungsnetz Mittelrhein e. V.", "Koblenz", "https://beratungsnetz-mittelrhein.example"),
    ("Technologiezentrum Westerwald", "Montabaur", ""),
    ("Unternehmerforum Rhein-Lahn", "Lahnstein", ""),
    ("Institut für Arbeit im Handwerk Mittelrhein", "Neuwied", ""),
    ("Kreishandwerkerschaft Mosel-Eifel (Demo)", "Cochem", ""),
]
WEBSITE_TEXT = """\
**Gute Arbeit im Mittelstand – im nördlichen Rheinland-Pfalz.**

Wir sind das regionale Netzwerk der Offensive Mittelstand zwischen Westerwald, Eifel und
Mittelrhein. Unsere Partner beraten kleine und mittlere Betriebe mit den Instrumenten der
Offensive Mittelstand, zum Beispiel dem INQA-Check „Sicherheit und Gesundheit“.

- kostenfreie Erstberatung durch unsere Partner
- Netzwerktreffen zweimal im Jahr
- Veranstaltungen zu Arbeitsschutz, Fachkräften und Digitalisierung
"""
TZ = ZoneInfo(settings.TIME_ZONE)


def _at(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=TZ)


def load(ctx: dict) -> None:
    today = timezone.localdate()
    federal = Network.federal()
    office = Person.objects.filter(family_name="Joerißen").first()
    federal.website_text = (
        "Die **Offensive Mittelstand – Gut für Deutschland** ist ein Netzwerk von über "
        "400 Partnern, die kleine und mittlere Betriebe bei guter Arbeit unterstützen."
    )
    federal.federal_states = ""
    federal.save()
    federal.organisations.set(Organisation.objects.all())
    if office:
        federal.contacts.set([office])

    user = User.objects.create_user(COORDINATOR[0], password=ctx["password"])
    coordinator = Person.objects.create(
        given_name=COORDINATOR[1],
        family_name=COORDINATOR[2],
        email="koordination@om-rlp-nord.example",
        user=user,
    )
    regional, _created = Network.objects.update_or_create(
        slug=REGIONAL_SLUG,
        defaults=dict(
            name="OM Rheinland-Pfalz Nord",
            kind=Network.Kind.REGIONAL,
            federal_states="RP",
            postcode_prefixes="53, 54, 56, 57",
            email="koordination@om-rlp-nord.example",
            website_text=WEBSITE_TEXT,
            imprint="OM Rheinland-Pfalz Nord (Demo)\n\nKoordination: Nadine Westerburg, "
            "Beratungsnetz Mittelrhein e. V., Musterstraße 1, 56068 Koblenz",
        ),
    )
    regional.coordinators.set([coordinator])
    regional.contacts.set([coordinator])
    organisations = []
    for name, town, website in PARTNERS:
        org, _created = Organisation.objects.get_or_create(
            name=name, defaults={"town": town, "website": website}
        )
        organisations.append(org)
    regional.organisations.set(organisations)
    coordinator.organisation = organisations[0]
    coordinator.save(update_fields=["organisation"])
    _partners()

    # Recognised by the AG Transfer: every criterion answered with evidence.
    application = application_start(network=regional)
    for answer in application.answers.select_related("criterion"):
        answer.met = True
        answer.evidence = f"Siehe Grundlagenpapier, Abschnitt {answer.criterion.number}."
        answer.save(update_fields=["met", "evidence"])
    recognised_on = today - dt.timedelta(days=60)
    RecognitionApplication.objects.filter(pk=application.pk).update(
        state=RecognitionApplication.State.RECOGNISED,
        submitted_at=_at(recognised_on - dt.timedelta(days=30), 10),
        decided_at=_at(recognised_on, 12),
    )
    regional.recognised_on = recognised_on
    regional.recognised_until = recognised_on.replace(year=recognised_on.year + 3)
    regional.save(update_fields=["recognised_on", "recognised_until"])

    # Its working group with a held meeting (public minutes) and the next one.
    body = Body.objects.create(
        name="Netzwerkrunde OM Rheinland-Pfalz Nord",
        short_name="Netzwerkrunde RLP Nord",
        network=regional,
    )
    Membership.objects.create(person=coordinator, body=body, role=Membership.Role.CHAIR)
    held = meeting_create(
        body=body,
        name="Netzwerkrunde OM Rheinland-Pfalz Nord",
        date=today - dt.timedelta(days=40),
        start_time=dt.time(14),
        end_time=dt.time(16),
        location="Koblenz, Technologiezentrum",
    )
    item = agenda_item_add(meeting=held, name="Bericht aus der AG Transfer")
    minutes_record(
        item=item, minutes="Die Koordination berichtet von der Anerkennung des Netzwerks."
    )
    agenda_item_add(meeting=held, name="Planung des Netzwerktreffens")
    minutes_approve(meeting=held)
    meeting_create(
        body=body,
        name="Netzwerkrunde OM Rheinland-Pfalz Nord",
        date=today + dt.timedelta(days=50),
        start_time=dt.time(14),
        end_time=dt.time(16),
        location="Montabaur",
    )

    Event.objects.create(
        network=regional,
        body=body,
        title="Netzwerktreffen: Fachkräfte halten im Handwerk",
        text="Betriebe berichten, Partner stellen Instrumente der Offensive Mittelstand vor.",
        starts_at=_at(today + dt.timedelta(days=30), 9),
        ends_at=_at(today + dt.timedelta(days=30), 13),
        place="Koblenz, Technologiezentrum",
        capacity=40,
        registration_deadline=_at(today + dt.timedelta(days=25), 18),
        published=True,
    )
    _transfertag(federal)


PARTNER_OFFERS = [
    ("56068", "Anna", "Mittelrhein", "Kostenfreie Erstberatung zu Arbeitsschutz und INQA-Checks."),
    ("56410", "Tom", "Westerwald", "Digitalisierungssprechstunde für Handwerksbetriebe."),
    ("56112", "Lea", "Lahnstein", "Unternehmerfrühstück zu Fachkräftesicherung, viermal im Jahr."),
]


def _partners() -> None:
    """Three of the region's organisations are partners of the OM, through the online form."""
    for (name, town, website), (postcode, given, family, offer) in zip(
        PARTNERS, PARTNER_OFFERS, strict=False
    ):
        application = PartnerApplication.objects.create(
            organisation_name=name,
            website=website,
            town=town,
            postcode=postcode,
            federal_state="RP",
            contact_given_name=given,
            contact_family_name=family,
            contact_email=f"{given.lower()}.{family.lower()}@partner.example",
            offer=offer,
            consent=True,
        )
        partner_accept(application=application)


def _transfertag(federal: Network) -> None:
    """The seed's Transfertag of the project WIN:A on 25.10.2022, 10–16 Uhr, in Stolberg."""
    day = dt.date(2022, 10, 25)
    event = Event.objects.create(
        network=federal,
        title="Transfertag WIN:A: Strukturen wandeln – Arbeit gestalten",
        text=(
            "Das Projekt WIN:A veranstaltet seinen ersten Transfertag: „Strukturen wandeln – "
            "Arbeit gestalten. Eine Veranstaltung zum Transfer Engineering in der "
            "Arbeitsforschung“. Sie sind herzlich eingeladen."
        ),
        starts_at=_at(day, 10),
        ends_at=_at(day, 16),
        place="Stolberg (Aachen)",
        capacity=60,
        registration_deadline=_at(dt.date(2022, 10, 18), 23),
        published=True,
    )
    people = [
        ("Wilhelm Heidbrede", "", "heidbrede@example.org", True),
        ("Anna Arbeitsforschung", "RWTH Aachen (Demo)", "anna@example.org", True),
        ("Bernd Betriebsrat", "Muster Metall GmbH", "bernd@example.org", True),
        ("Carla Consult", "Beratungsnetz Mittelrhein e. V.", "carla@example.org", False),
    ]
    for name, organisation, email, present in people:
        Registration.objects.create(
            event=event,
            name=name,
            organisation=organisation,
            email=email,
            consent=True,
            state=Registration.State.CONFIRMED,
            confirmed_at=_at(dt.date(2022, 10, 1), 12),
            checked_in_at=_at(day, 9) + dt.timedelta(minutes=50) if present else None,
        )
    Registration.objects.create(
        event=event,
        name="Dora Doppelt",
        email="dora@example.org",
        consent=True,
        state=Registration.State.CANCELLED,
        cancelled_at=_at(dt.date(2022, 10, 20), 8),
    )


def reset() -> None:
    # The bodies (and with them their meetings) go with the network app's reset; the
    # network rows stay and are filled again by the next load.
    Event.objects.all().delete()
    RecognitionApplication.objects.all().delete()
    PartnerApplication.objects.all().delete()
    User.objects.filter(username=COORDINATOR[0]).delete()


LOGINS = [
    (COORDINATOR[0], COORDINATOR[1], COORDINATOR[2], "Koordination von OM Rheinland-Pfalz Nord")
]

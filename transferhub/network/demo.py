"""Demo data: the AG Transfer meeting of 15.09.2022, read from the seed by our own importer."""

from pathlib import Path

from django.contrib.auth.models import Group, User
from django.db import transaction

from .models import Body, Membership, Organisation, Person
from .permissions import SECRETARIAT_GROUP

# A copy of ../shared/seeds/000_3ceefefbc0949521.txt (public minutes), so a fresh clone has it.
SEED = Path(__file__).resolve().parent / "fixtures" / "ag-transfer-2022-09-15.txt"
DEMO_PASSWORD = "demo-transferhub"
# Logins of the demo: (username, given, family, honorific, role in the AG Transfer).
DEMO_USERS = [
    ("geschaeftsstelle", "Theresa", "Joerißen", "", Membership.Role.SECRETARIAT),
    ("leitung", "Oliver", "Kruse", "Prof. Dr.", Membership.Role.CHAIR),
    ("mitglied", "Wilhelm", "Heidbrede", "", Membership.Role.MEMBER),
]
ORGANISATIONS = [
    ("Offensive Mittelstand", "OM", Organisation.Kind.PARTNER, "Heidelberg"),
    (
        "BMAS – Bundesministerium für Arbeit und Soziales",
        "BMAS",
        Organisation.Kind.MINISTRY,
        "Berlin",
    ),
    ("Bundesverband Die KMU-Berater", "KMU-Berater", Organisation.Kind.ASSOCIATION, "Bonn"),
    ("Kuratorium Deutsche Altershilfe", "KDA", Organisation.Kind.ASSOCIATION, "Berlin"),
    (
        "Stiftung Mittelstand – Gesellschaft – Verantwortung",
        "Stiftung MGV",
        Organisation.Kind.PARTNER,
        "Heidelberg",
    ),
]
BODIES = [
    # name, short name, classification, parent
    ("Strategiekreis", "Strategiekreis", Body.Classification.STEERING, None),
    ("AG Transfer", "AG Transfer", Body.Classification.WORKING_GROUP, "Strategiekreis"),
    ("FG Arbeitsschutz", "FG Arbeitsschutz", Body.Classification.EXPERT_GROUP, "Strategiekreis"),
    ("FG Qualitätssicherung", "FG QS", Body.Classification.EXPERT_GROUP, "Strategiekreis"),
    ("AG Umweltschutz", "AG Umweltschutz", Body.Classification.WORKING_GROUP, "Strategiekreis"),
    ("Ad-hoc-AG Energieeinsparung", "Ad-hoc Energie", Body.Classification.AD_HOC, "AG Transfer"),
    ("Klein-AG Kurzinfo Pflege", "Klein-AG Pflege", Body.Classification.AD_HOC, "AG Transfer"),
]


def demo_loaded() -> bool:
    return User.objects.filter(username=DEMO_USERS[0][0]).exists()


@transaction.atomic
def demo_reset() -> None:
    """Remove everything the demo adds (and any other meeting data: demo databases only)."""
    from transferhub.decisions.models import Decision, Task, Topic
    from transferhub.meetings.models import Meeting

    Topic.objects.all().delete()
    Task.objects.all().delete()
    Decision.objects.all().delete()
    Meeting.objects.all().delete()
    Membership.objects.all().delete()
    Body.objects.all().delete()
    Person.objects.all().delete()
    Organisation.objects.all().delete()
    from transferhub.checks.models import Assessment, Company
    from transferhub.suppliers.demo import DEMO_LOGINS
    from transferhub.suppliers.models import (
        Purchaser,
        Seal,
        SealApplication,
        SealTerm,
        Supplier,
    )

    # Seals are protected against deletion elsewhere; a demo reset removes them in order.
    SealTerm.objects.all().delete()
    SealApplication.objects.all().delete()
    Seal.objects.all().delete()
    Supplier.objects.all().delete()
    Purchaser.objects.all().delete()
    Assessment.objects.all().delete()
    Company.objects.all().delete()
    User.objects.filter(
        username__in=[u[0] for u in DEMO_USERS] + [u[0] for u in DEMO_LOGINS]
    ).delete()


@transaction.atomic
def demo_load(seed_path: Path = SEED):
    """Create the network around the seed, import the seed's minutes and approve them."""
    from transferhub.meetings.services import minutes_approve
    from transferhub.protocols.services import protocol_import_file

    orgs = {}
    for name, short, kind, town in ORGANISATIONS:
        orgs[short], _ = Organisation.objects.get_or_create(
            name=name, defaults={"short_name": short, "kind": kind, "town": town}
        )
    bodies = {}
    for name, short, classification, parent in BODIES:
        bodies[name], _ = Body.objects.get_or_create(
            name=name,
            defaults={
                "short_name": short,
                "classification": classification,
                "parent": bodies.get(parent),
            },
        )
    secretariat_group, _ = Group.objects.get_or_create(name=SECRETARIAT_GROUP)
    for username, given, family, title, role in DEMO_USERS:
        user = User.objects.create_user(username, password=DEMO_PASSWORD)
        if role == Membership.Role.SECRETARIAT:
            secretariat_group.user_set.add(user)
        person, _ = Person.objects.get_or_create(
            given_name=given,
            family_name=family,
            defaults={
                "title": title,
                "organisation": orgs["OM"],
                "email": f"{username}@example.org",
            },
        )
        person.user = user
        person.save(update_fields=["user"])
        Membership.objects.get_or_create(
            person=person,
            body=bodies["AG Transfer"],
            role=role,
            defaults={"on_behalf_of": person.organisation},
        )
    for body in bodies.values():
        body.secretariat_contact = Person.objects.get(family_name="Joerißen")
        body.save(update_fields=["secretariat_contact"])

    meeting = protocol_import_file(seed_path, body_name="AG Transfer")
    # Presenters who spoke for a partner are members of the AG Transfer.
    for presentation in meeting.agenda_items.all().prefetch_related("presentations"):
        for p in presentation.presentations.all():
            Membership.objects.get_or_create(
                person_id=p.person_id,
                body=bodies["AG Transfer"],
                defaults={"on_behalf_of_id": p.organisation_id},
            )
    minutes_approve(meeting=meeting)
    demo_topics()
    from transferhub.suppliers.demo import demo_companies

    demo_companies(office_user=User.objects.get(username=DEMO_USERS[0][0]), password=DEMO_PASSWORD)
    return meeting


# Topics the seed follows (Vorhaben): title, status, description, and the words that find
# their agenda items in titles or minutes; the decisions and tasks of those items follow.
TOPICS = [
    (
        "Umsetzungshilfe Finanzierung und Liquidität",
        "in_progress",
        "Umsetzungshilfe zur Sicherung des Finanzierungsspielraums und der Liquidität bei "
        "KMU: Glossar ergänzen, dann Layout und Veröffentlichung.",
        ["Umsetzungshilfe"],
    ),
    (
        "Check Betrieblicher Umweltschutz (A-3.6)",
        "adopted",
        "OM-Praxis A-3.6, vom Strategiekreis verabschiedet; das Online-Tool wird finalisiert.",
        ["Betrieblicher Umweltschutz"],
    ),
    (
        "One-Pager LkSG",
        "in_progress",
        "KMU-gerechte Informationen zum Lieferkettensorgfaltspflichtengesetz, erarbeitet "
        "in der AG Umweltschutz.",
        ["LkSG"],
    ),
]


def demo_topics() -> None:
    """Create the seed's topics and link the items, decisions and tasks that speak of them."""
    from django.db.models import Q

    from transferhub.decisions.models import Topic
    from transferhub.meetings.models import AgendaItem

    for title, status, description, words in TOPICS:
        topic, _ = Topic.objects.get_or_create(
            title=title, defaults={"status": status, "description": description}
        )
        where = Q()
        for word in words:
            where |= Q(name__icontains=word) | Q(minutes__icontains=word)
        items = list(AgendaItem.objects.filter(where, kind=AgendaItem.Kind.ITEM))
        topic.agenda_items.add(*items)
        for item in items:
            topic.decisions.add(*item.decisions.filter(text__icontains=words[0]))
            # Item 3's to-dos all serve the Umsetzungshilfe; elsewhere only matching ones.
            tasks = item.tasks.all() if words[0] in item.name else item.tasks.none()
            topic.tasks.add(*tasks)

"""Demo data: the AG Transfer meeting of 15.09.2022, read from the seed by our own importer.

Network makes the organisations, bodies, logins and memberships; every other app adds
its part through `registry.demo_data` (the seed's minutes: protocols; topics:
decisions; the demo company: suppliers; ...).
"""

from pathlib import Path

from django.contrib.auth.models import Group, User
from django.db import transaction

from transferhub.lib import registry

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
    # The apps above network first, the last loaded first (each registers in its ready()).
    for part in reversed(list(registry.demo_data)):
        if part.reset:
            part.reset()
    Membership.objects.all().delete()
    Body.objects.all().delete()
    Person.objects.all().delete()
    Organisation.objects.all().delete()
    logins = [u[0] for u in DEMO_USERS] + [u[0] for p in registry.demo_data for u in p.logins]
    User.objects.filter(username__in=logins).delete()


@transaction.atomic
def demo_load(seed_path: Path = SEED):
    """Create the network, then let each app add its part (the seed's minutes, approved)."""
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
    users = {}
    for username, given, family, title, role in DEMO_USERS:
        user = users[username] = User.objects.create_user(username, password=DEMO_PASSWORD)
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

    ctx = {
        "seed": seed_path,
        "password": DEMO_PASSWORD,
        "bodies": bodies,
        "users": users,
        "office_user": users[DEMO_USERS[0][0]],
        "meeting": None,
    }
    for part in registry.demo_data:
        if part.load:
            part.load(ctx)
    return ctx["meeting"]


def demo_logins() -> list[tuple[str, str, str, str]]:
    """The demo's logins besides the network's own: (username, given, family, what)."""
    return [login for part in registry.demo_data for login in part.logins]

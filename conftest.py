"""Fixtures shared by every app's tests: people in each role and the seed's meeting."""

import datetime as dt
import os

import pytest
from django.contrib.auth.models import Group, User
from hypothesis import settings as hypothesis_settings

from transferhub.network.models import Body, Membership, Organisation, Person
from transferhub.network.permissions import SECRETARIAT_GROUP

# The suite is deterministic: hypothesis tries the same examples on every run, so CI
# never fails by chance. HYPOTHESIS_PROFILE=explore searches afresh on a developer's machine.
hypothesis_settings.register_profile("default", derandomize=True, print_blob=True)
hypothesis_settings.register_profile("explore", derandomize=False, print_blob=True)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROLES = ["anonymous", "outsider", "member", "chair", "secretariat"]


@pytest.fixture(autouse=True)
def _fast_and_isolated(settings, tmp_path):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path / "media")},
        },
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.LANGUAGE_CODE = "de"
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def om(db) -> Organisation:
    return Organisation.objects.create(
        name="Offensive Mittelstand",
        short_name="OM",
        kind=Organisation.Kind.PARTNER,
        town="Heidelberg",
    )


@pytest.fixture
def ag_transfer(db) -> Body:
    return Body.objects.create(
        name="AG Transfer",
        short_name="AG Transfer",
        classification=Body.Classification.WORKING_GROUP,
    )


def make_person(
    given: str,
    family: str,
    *,
    org=None,
    title: str = "",
    username: str | None = None,
    email: str | None = None,
    language: str = "de",
) -> Person:
    user = None
    if username:
        user = User.objects.create_user(username, password="geheim-123-geheim")
    return Person.objects.create(
        title=title,
        given_name=given,
        family_name=family,
        organisation=org,
        user=user,
        email=email if email is not None else f"{given.lower()}.{family.lower()}@example.org",
        language=language,
    )


@pytest.fixture
def people(db, om, ag_transfer) -> dict[str, Person]:
    """One person per role in the AG Transfer, each with a login named after the role."""
    secretariat = make_person("Theresa", "Joerißen", org=om, username="secretariat")
    secretariat.user.groups.add(Group.objects.get_or_create(name=SECRETARIAT_GROUP)[0])
    chair = make_person("Oliver", "Kruse", org=om, title="Prof. Dr.", username="chair")
    member = make_person("Wilhelm", "Heidbrede", username="member", language="en")
    outsider = make_person("Erika", "Außen", username="outsider")
    Membership.objects.create(
        person=chair, body=ag_transfer, role=Membership.Role.CHAIR, on_behalf_of=om
    )
    Membership.objects.create(person=member, body=ag_transfer, role=Membership.Role.MEMBER)
    Membership.objects.create(
        person=secretariat, body=ag_transfer, role=Membership.Role.SECRETARIAT, on_behalf_of=om
    )
    return {"secretariat": secretariat, "chair": chair, "member": member, "outsider": outsider}


@pytest.fixture
def client_as(client, people):
    """Return a test client logged in as the given role ("anonymous" for none)."""

    def login(role: str):
        client.logout()
        if role != "anonymous":
            client.force_login(people[role].user)
        return client

    return login


@pytest.fixture
def seed_meeting(db, people, ag_transfer, om):
    """The AG Transfer meeting of 15.09.2022, built through the services as the seed states it."""
    from transferhub.decisions.services import decision_record, task_create
    from transferhub.meetings.models import AgendaItem
    from transferhub.meetings.services import agenda_item_add, meeting_create, minutes_record

    meeting = meeting_create(
        body=ag_transfer,
        name="AG Transfer",
        date=dt.date(2022, 9, 15),
        start_time=dt.time(9),
        end_time=dt.time(13),
        location="online",
        note_taker=people["secretariat"],
        stated_participant_count=30,
    )
    bmas = Organisation.objects.create(
        name="BMAS – Bundesministerium für Arbeit und Soziales",
        short_name="BMAS",
        kind=Organisation.Kind.MINISTRY,
    )
    sieker = make_person("Achim", "Sieker", org=bmas)
    plan = [
        ("Neues aus der Offensive Mittelstand", 20, [people["chair"]]),
        (
            "Klimawandel, Dekarbonisierung und Co. – Aktivitäten des BMAS im Themenfeld "
            "„Umweltschutz“",
            30,
            [sieker],
        ),
        ("Umsetzungshilfe „Finanzierung und Liquidität“", 30, [people["member"]]),
        ("Ergebnisse der Befragung der OM-Partner", 30, [people["secretariat"]]),
        (None, 10, []),
        ("OM-Zeichen-Arbeitsschutz – OM-Lieferantendatenbank", 20, []),
        ("OM-Zusatzqualifizierung „KI bewerten und erkennen“", 30, []),
        ("KI im Dienste der Diversität", 30, []),
        ("NRW-Landesprogramm Vereinbarkeit Beruf und Pflege", 30, []),
        ("Verschiedenes", 10, []),
    ]
    items = []
    for name, minutes, presenters in plan:
        if name is None:
            agenda_item_add(
                meeting=meeting, name="Pause", kind=AgendaItem.Kind.BREAK, duration_minutes=minutes
            )
            continue
        items.append(
            agenda_item_add(
                meeting=meeting,
                name=name,
                duration_minutes=minutes,
                presenters=[(p, None) for p in presenters],
            )
        )
    for item in items:
        minutes_record(item=item, minutes=f"Protokoll zu {item.name}.", status="discussed")
    minutes_record(item=items[4], minutes="Die Vorstellung wurde vertagt.", status="postponed")
    for index in (1, 2, 5, 6, 7):
        decision_record(
            meeting=meeting,
            agenda_item=items[index],
            text=f"Die AG Transfer vereinbart zu TOP {items[index].number}.",
        )
    task_create(
        agenda_item=items[2],
        text="Die Umsetzungshilfe wird um ein Glossar ergänzt.",
        owner_body=ag_transfer,
    )
    task_create(
        agenda_item=items[2],
        owner_person=people["chair"],
        text="Ansprache von Bankenverbänden vorbereiten.",
        due_date=dt.date(2022, 10, 31),
    )
    meeting.refresh_from_db()
    return meeting


# --- Browser tests (Playwright driving Debian's Chromium) -------------------------------

# Django's live_server and ORM calls share a thread with Playwright's event loop.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # Playwright's own browser download cannot work here: use Debian's Chromium.
    return {
        **browser_type_launch_args,
        "executable_path": os.environ.get("TRANSFERHUB_CHROMIUM", "/usr/bin/chromium"),
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # Our users' browsers ask for German; the UI follows Accept-Language.
    return {**browser_context_args, "locale": "de-DE"}

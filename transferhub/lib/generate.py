"""Fill a database with invented German network data for benchmarks (`transferhub generate`).

At scale 1: 200 bodies, 5,000 meetings, 100,000 agenda items, 50,000 decisions,
100,000 tasks and 20,000 people, with the organisations, memberships,
attendances and presenters they need. Deterministic for a seed on a given day
(meeting dates are placed around today, so that there are upcoming meetings and
overdue tasks).

Other apps add their own data by registering a step in a module named
`generate.py` of the app, found by `autodiscover_modules("generate")`::

    from transferhub.lib.generate import generator_step

    @generator_step("suppliers", label="Lieferanten", base_count=100_000, order=200)
    def suppliers(ctx):
        ctx.bulk(Supplier, (Supplier(...) for _ in range(ctx.count(100_000))))

A step reads what earlier steps made from `ctx.data` (see the keys below) and
adds its own.
"""

from __future__ import annotations

import datetime as dt
import gc
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules
from django.utils.translation import gettext as _

from transferhub.lib.db import refresh_planner_statistics


class GenerateError(Exception):
    """Bad input for the generator; the message is fit to show a user."""


@dataclass(frozen=True)
class GeneratorStep:
    name: str
    label: str
    base_count: int
    func: Callable[[GeneratorContext], None]
    order: int


_STEPS: dict[str, GeneratorStep] = {}


def generator_step(name: str, *, label: str, base_count: int, order: int):
    """Register a function that adds `base_count` rows at scale 1 (other apps call this)."""

    def register(func):
        _STEPS[name] = GeneratorStep(name, label, base_count, func, order)
        return func

    return register


def registered_steps() -> list[GeneratorStep]:
    autodiscover_modules("generate")
    return sorted(_STEPS.values(), key=lambda s: s.order)


@dataclass
class GeneratorContext:
    """What a step needs: the scale, a seeded random source, and what earlier steps made.

    data keys filled here: "organisations" [(id, short name)], "people" [id],
    "person_org" {person id: organisation id or None}, "bodies" [(id, short name)],
    "members" {body id: [person id]}, "meetings" [(id, body id, date, state)],
    "items" {meeting id: [agenda item id (no breaks)]}, "decisions" {meeting id: [id]}.
    """

    scale: float
    rng: random.Random
    today: dt.date
    batch_size: int = 2000
    data: dict = field(default_factory=dict)
    advance: Callable[[int], None] = lambda n: None

    def count(self, base: int) -> int:
        """Return how many rows `base` at scale 1 means at this scale (at least one)."""
        return max(1, round(base * self.scale))

    def bulk(self, model, objects: Iterable, *, keep=lambda obj: obj.pk, chunk: int = 5000) -> list:
        """Insert objects in batches, advance the progress bar, return keep(obj) for each.

        Only what `keep` picks stays in memory: 100,000 model instances would not.
        """
        kept, pending = [], []
        for obj in objects:
            pending.append(obj)
            if len(pending) >= chunk:
                created = model.objects.bulk_create(pending, batch_size=self.batch_size)
                kept += map(keep, created)
                self.advance(len(pending))
                pending = []
        if pending:
            created = model.objects.bulk_create(pending, batch_size=self.batch_size)
            kept += map(keep, created)
            self.advance(len(pending))
        return kept


def spread(
    total: int, n: int, rng: random.Random, low: float = 0.5, high: float = 1.5
) -> list[int]:
    """Split total into n uneven parts that add up exactly to total."""
    if n <= 0:
        return []
    weights = [rng.uniform(low, high) for _ in range(n)]
    s = sum(weights)
    raw = [total * w / s for w in weights]
    parts = [int(r) for r in raw]
    rest = total - sum(parts)
    by_fraction = sorted(range(n), key=lambda i: raw[i] - parts[i], reverse=True)
    for i in by_fraction[:rest]:
        parts[i] += 1
    return parts


def generate(
    *,
    scale: float,
    seed: int = 1,
    batch_size: int = 2000,
    on_step: Callable[[GeneratorStep, int], Callable[[int], None]] | None = None,
) -> dict[str, int]:
    """Run every registered step in one transaction; return the rows each step was asked for."""
    from transferhub.lib.backup import database_is_empty

    if not scale > 0 or scale > 100:
        raise GenerateError(
            _("Der Maßstab muss größer als 0 und höchstens 100 sein, nicht %(scale)s.")
            % {"scale": scale}
        )
    if not database_is_empty():
        raise GenerateError(
            _(
                "Die Datenbank enthält schon Daten; generate füllt nur eine leere Datenbank "
                "(neu anlegen oder „transferhub flush“)."
            )
        )
    ctx = GeneratorContext(
        scale=scale, rng=random.Random(seed), today=timezone.localdate(), batch_size=batch_size
    )
    planned = {}
    # The cyclic garbage collector would rescan the growing heap again and again: 20 times
    # slower at scale 1. Nothing made here forms cycles worth collecting before the end.
    gc.disable()
    try:
        with transaction.atomic():
            for step in registered_steps():
                total = ctx.count(step.base_count)
                planned[step.name] = total
                ctx.advance = on_step(step, total) if on_step else (lambda n: None)
                step.func(ctx)
    finally:
        gc.enable()
    refresh_planner_statistics()  # as after any bulk load
    return planned


# --- Vocabulary --------------------------------------------------------------------------

TOWNS = (
    "Aachen Augsburg Bamberg Berlin Bielefeld Bochum Bonn Braunschweig Bremen Chemnitz "
    "Cottbus Darmstadt Dortmund Dresden Düsseldorf Erfurt Essen Frankfurt Freiburg Fulda "
    "Gießen Göttingen Hagen Halle Hamburg Hannover Heidelberg Heilbronn Jena Kassel Kiel "
    "Koblenz Köln Konstanz Krefeld Leipzig Lübeck Lüneburg Magdeburg Mainz Mannheim "
    "Münster München Nürnberg Oldenburg Osnabrück Paderborn Potsdam Regensburg Rostock "
    "Saarbrücken Schwerin Siegen Stuttgart Trier Tübingen Ulm Wiesbaden Würzburg Zwickau"
).split()
REGIONS = [
    "Nord",
    "Süd",
    "Ost",
    "West",
    "Bayern",
    "Baden-Württemberg",
    "Nordrhein-Westfalen",
    "Niedersachsen",
    "Sachsen",
    "Hessen",
    "Thüringen",
    "Brandenburg",
    "Rheinland-Pfalz",
    "Schleswig-Holstein",
    "Saarland",
]
GIVEN = (
    "Achim Andrea Anja Anke Annette Barbara Bernd Birgit Christian Christine Claudia Daniel "
    "Dirk Doris Elke Erika Frank Gabriele Georg Gerhard Hans Heike Helga Holger Ingrid Jan "
    "Jens Jörg Julia Jürgen Karin Katrin Klaus Lars Laura Lea Lukas Marco Maria Markus "
    "Martina Matthias Michael Monika Nadine Nils Oliver Petra Ralf Renate Sabine Sandra "
    "Sebastian Silke Simone Stefan Susanne Sven Tanja Theresa Thomas Tobias Torsten Ulrike "
    "Ute Uwe Wilhelm Wolfgang Yvonne Zeynep Özlem Ömer Ayşe Mehmet"
).split()
FAMILY = (
    "Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch "
    "Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann "
    "Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler "
    "Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn "
    "Schubert Vogel Friedrich Keller Günther Frank Berger Winkler Roth Beck Lorenz Baumann "
    "Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus Martin Schumacher Krämer Vogt "
    "Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt Haas Schreiber Graf Dietrich Kruse "
    "Heidbrede Joerißen Sieker Yılmaz Kaya Demir Nowak Kowalski"
).split()
TITLES = ["", "", "", "", "", "", "Dr.", "Dr.", "Prof. Dr.", "Dipl.-Ing."]
TOPICS = [
    "OM-Praxischeck „Betrieblicher Umweltschutz“",
    "Umsetzungshilfe „Finanzierung und Liquidität“",
    "OM-Zeichen Arbeitsschutz",
    "OM-Lieferantendatenbank",
    "Kurzinfo Pflege und Beruf",
    "Zusatzqualifizierung „KI erkennen, bewerten und einführen“",
    "Befragung der OM-Partner",
    "Fachkräftesicherung im Handwerk",
    "Digitalisierung in kleinen Unternehmen",
    "Gefährdungsbeurteilung psychischer Belastung",
    "Sorgfaltspflichten in Lieferketten (LkSG)",
    "Nachhaltigkeitsberichterstattung im Mittelstand",
    "Demografiefeste Personalpolitik",
    "Betriebliches Gesundheitsmanagement",
    "Energieeffizienz und Dekarbonisierung",
    "Öffentlichkeitsarbeit und Newsletter",
    "Jahresplanung",
    "Jahrestagung der Partner",
    "Qualitätssicherung der Beraterqualifizierung",
    "Onepager „Arbeitsschutz kompakt“",
    "Glossar der Praxischecks",
    "Relaunch der Website",
    "KI im Dienste der Diversität",
    "Landesprogramm Vereinbarkeit Beruf und Pflege",
    "Führung und Unternehmenskultur",
    "Mobile Arbeit und Homeoffice",
    "Ausbildung und Nachwuchs",
    "Innovationsfähigkeit von KMU",
]
BODY_TOPICS = [
    "Transfer",
    "Arbeitsschutz",
    "Qualitätssicherung",
    "Umweltschutz",
    "Digitalisierung",
    "Fachkräftesicherung",
    "Finanzierung",
    "Künstliche Intelligenz",
    "Pflege und Beruf",
    "Diversität",
    "Lieferketten",
    "Gesundheit",
    "Öffentlichkeitsarbeit",
    "Handwerk",
    "Beratung",
    "Innovation",
]
BODY_KINDS = [
    ("working_group", "Arbeitsgruppe", "AG"),
    ("expert_group", "Fachgruppe", "FG"),
    ("ad_hoc", "Ad-hoc-Gruppe", "Ad-hoc"),
    ("steering", "Strategiekreis", "SK"),
]
ORG_PATTERNS = [
    ("partner", "Handwerkskammer {town}", "HWK {town}"),
    ("partner", "Industrie- und Handelskammer {town}", "IHK {town}"),
    ("partner", "Berufsgenossenschaft {region}", "BG {region}"),
    ("partner", "Kompetenzzentrum Mittelstand {town}", "KMZ {town}"),
    ("association", "Unternehmerverband {region}", "UV {region}"),
    ("association", "Arbeitgeberverband {town}", "AGV {town}"),
    ("ministry", "Ministerium für Arbeit und Soziales {region}", "MAS {region}"),
    ("institute", "Institut für Arbeitsforschung {town}", "IfA {town}"),
    ("institute", "Hochschule {town}", "HS {town}"),
    ("company", "{family} Metallbau GmbH", "{family}"),
    ("company", "{family} & {family2} Beratung", "{family}"),
    ("company", "{family} Haustechnik GmbH & Co. KG", "{family}"),
]
OPENING_ITEMS = [
    "Begrüßung und Genehmigung der Tagesordnung",
    "Neues aus der Offensive Mittelstand",
]
ITEM_PATTERNS = [
    "{topic}",
    "{topic} – Sachstand",
    "{topic}: Vorstellung durch {org}",
    "Bericht: {topic}",
    "{topic} – Abstimmung des Entwurfs",
]
MINUTES = [
    "{person} stellt den Sachstand zu {topic} vor. Die Präsentation ist als Anlage beigefügt.",
    "Die Teilnehmenden diskutieren {topic}. Es besteht Einigkeit, dass der Entwurf praxisnah ist.",
    "Rückmeldungen aus den Partnerorganisationen werden gesammelt; "
    "**offene Punkte** sind Layout und Glossar.",
    "Interessierte melden sich bei der Geschäftsstelle, um in der Kleingruppe mitzuarbeiten.",
    "Der Punkt wird kurz vorgestellt; eine ausführliche Diskussion folgt in der nächsten Sitzung.",
    "{person} berichtet über Erfahrungen aus der Beratungspraxis mit {topic}.",
]
ACTIONS = [
    "den Entwurf {topic} bis zur nächsten Sitzung zu überarbeiten",
    "{topic} dem Strategiekreis zur Annahme vorzuschlagen",
    "eine Kleingruppe zu {topic} einzurichten",
    "das Glossar zu {topic} zu ergänzen",
    "{topic} in der vorliegenden Fassung zu veröffentlichen",
    "die Partner zu {topic} zu befragen",
    "Layout und Veröffentlichung von {topic} vorzubereiten",
]
TASKS = [
    "Entwurf {topic} überarbeiten",
    "Ansprache von Bankenverbänden zu {topic} vorbereiten",
    "Terminfindung für die Kleingruppe {topic}",
    "Glossar zu {topic} ergänzen",
    "Rückmeldungen der Partner zu {topic} sammeln",
    "Layout und Veröffentlichung von {topic} abstimmen",
    "Präsentation zu {topic} an alle Teilnehmenden versenden",
    "Beispiele aus der Praxis zu {topic} zusammenstellen",
]
_ASCII = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ş": "s", "ı": "i"})


def _ascii(text: str) -> str:
    return text.lower().translate(_ASCII).replace(" ", "")


def _unique(name: str, seen: set[str], limit: int) -> str:
    candidate, n = name[:limit], 2
    while candidate in seen:
        suffix = f" ({n})"
        candidate = name[: limit - len(suffix)] + suffix
        n += 1
    seen.add(candidate)
    return candidate


# --- Steps --------------------------------------------------------------------------------


@generator_step("organisations", label="Organisationen", base_count=1_000, order=10)
def organisations(ctx: GeneratorContext) -> None:
    from transferhub.network.models import Organisation

    rng, seen, rows = ctx.rng, set(), []
    for _i in range(ctx.count(1_000)):
        kind, pattern, short = rng.choice(ORG_PATTERNS)
        values = {
            "town": rng.choice(TOWNS),
            "region": rng.choice(REGIONS),
            "family": rng.choice(FAMILY),
            "family2": rng.choice(FAMILY),
        }
        name = _unique(pattern.format(**values), seen, 300)
        rows.append(
            Organisation(
                name=name,
                short_name=short.format(**values)[:80],
                kind=kind,
                town=values["town"],
                website=f"https://{_ascii(short.format(**values))[:40]}.example.org",
            )
        )
    ctx.data["organisations"] = ctx.bulk(Organisation, rows, keep=lambda o: (o.pk, o.short_name))


@generator_step("people", label="Personen", base_count=20_000, order=20)
def people(ctx: GeneratorContext) -> None:
    from django.contrib.auth.models import User

    from transferhub.network.models import Person

    rng = ctx.rng
    orgs = [pk for pk, _short in ctx.data["organisations"]]
    total = ctx.count(20_000)
    # One login in fifty; all share one hash, computed once (argon2 takes ~50 ms a call).
    password = make_password("generiert-nicht-verwenden")
    users = []
    with_login = set(rng.sample(range(total), max(1, total // 50)))
    names = [(rng.choice(GIVEN), rng.choice(FAMILY)) for _i in range(total)]
    for i in sorted(with_login):
        given, family = names[i]
        users.append(User(username=f"{_ascii(given)}.{_ascii(family)}.{i}", password=password))
    users = User.objects.bulk_create(users, batch_size=ctx.batch_size)
    user_of = dict(zip(sorted(with_login), (u.pk for u in users), strict=True))

    def rows():
        for i, (given, family) in enumerate(names):
            yield Person(
                title=rng.choice(TITLES),
                given_name=given,
                family_name=family,
                email=f"{_ascii(given)}.{_ascii(family)}.{i}@example.org",
                organisation_id=rng.choice(orgs) if rng.random() < 0.85 else None,
                user_id=user_of.get(i),
                language="en" if rng.random() < 0.08 else "de",
            )

    created = ctx.bulk(Person, rows(), keep=lambda p: (p.pk, p.organisation_id))
    ctx.data["people"] = [pk for pk, _org in created]
    ctx.data["person_org"] = dict(created)


@generator_step("bodies", label="Gremien", base_count=200, order=30)
def bodies(ctx: GeneratorContext) -> None:
    from transferhub.network.models import Body, Membership

    rng, people = ctx.rng, ctx.data["people"]
    seen: set[str] = set()
    seen_short: set[str] = set()
    rows = []
    for i in range(ctx.count(200)):
        if i == 0:
            kind, word, short, topic = "steering", "Strategiekreis", "SK", ""
        elif i == 1:
            kind, word, short, topic = "working_group", "AG", "AG", "Transfer"
        else:
            kind, word, short = rng.choice(BODY_KINDS)
            topic = rng.choice(BODY_TOPICS)
        region = "" if i < 2 + len(BODY_TOPICS) else rng.choice(REGIONS)
        name = " ".join(p for p in (word, topic, region) if p)
        name = _unique(name, seen, 200)
        rows.append(
            Body(
                name=name,
                # The register number "FG Arbeitsschutz 2024/3" must tell bodies apart.
                short_name=_unique(
                    f"{short} {topic} {region}".strip() if i else name, seen_short, 50
                ),
                classification=kind,
                secretariat_contact_id=rng.choice(people),
                description=f"{name}: Austausch der Partner zu {topic or 'Strategie'}.",
            )
        )
    created = ctx.bulk(Body, rows, keep=lambda b: b)
    top = created[0].pk
    Body.objects.filter(pk__in=[b.pk for b in created[1:] if rng.random() < 0.6]).update(
        parent_id=top
    )
    ctx.data["bodies"] = [(b.pk, b.short_name) for b in created]

    # 25 members a body on average: a chair, the secretariat, members and a few guests.
    members: dict[int, list[int]] = {}
    memberships = []
    for (body_id, _short), n in zip(
        ctx.data["bodies"], spread(25 * len(created), len(created), rng, 0.4, 1.6), strict=True
    ):
        chosen = rng.sample(people, min(max(n, 3), len(people)))
        members[body_id] = chosen
        for j, person_id in enumerate(chosen):
            role = (
                "chair"
                if j == 0
                else "secretariat"
                if j == 1
                else "guest"
                if rng.random() < 0.05
                else "member"
            )
            start = ctx.today - dt.timedelta(days=rng.randint(30, 3650))
            memberships.append(
                Membership(
                    person_id=person_id,
                    body_id=body_id,
                    role=role,
                    on_behalf_of_id=ctx.data["person_org"].get(person_id),
                    start_date=start,
                )
            )
    Membership.objects.bulk_create(memberships, batch_size=ctx.batch_size)
    ctx.data["members"] = members


@generator_step("meetings", label="Sitzungen", base_count=5_000, order=40)
def meetings(ctx: GeneratorContext) -> None:
    from transferhub.meetings.models import Attendance, Meeting

    rng, today = ctx.rng, ctx.today
    bodies = ctx.data["bodies"]
    per_body = spread(ctx.count(5_000), len(bodies), rng, 0.2, 2.0)
    plans = []
    for (body_id, short), n in zip(bodies, per_body, strict=True):
        for _i in range(n):
            date = today + dt.timedelta(days=rng.randint(-3650, 365))
            plans.append((date, rng.choice((9, 9, 10, 10, 13, 14)), body_id, short))
    # In date order, so ids follow the calendar and decision numbers count up within a year.
    plans.sort()
    rows = []
    for date, hour, body_id, short in plans:
        start = dt.time(hour, rng.choice((0, 0, 30)))
        end = dt.time(min(hour + rng.randint(2, 5), 20), start.minute)
        if date < today:
            state = rng.choices(
                ["minutes_approved", "minutes_draft", "held", "cancelled"], [80, 10, 5, 5]
            )[0]
        else:
            state = rng.choice(["planned", "invited"])
        online = rng.random() < 0.4
        rows.append(
            Meeting(
                body_id=body_id,
                name=short if rng.random() < 0.6 else f"Sitzung {short}",
                date=date,
                start_time=start,
                end_time=end,
                location="online" if online else f"{rng.choice(TOWNS)}, Sitzungsraum",
                online_url=f"https://meet.example.org/{rng.getrandbits(48):012x}" if online else "",
                state=state,
                stated_participant_count=rng.randint(6, 40) if date < today else None,
                note_taker_id=rng.choice(ctx.data["members"][body_id][:2]),
            )
        )
    ctx.data["meetings"] = ctx.bulk(
        Meeting, rows, keep=lambda m: (m.pk, m.body_id, m.date, m.state)
    )

    # Attendance of members at meetings held (not a counted step: 10 a meeting on average).
    held = [m for m in ctx.data["meetings"] if m[3] in HELD_STATES]
    attendance = []
    for (meeting_id, body_id, _date, _state), n in zip(
        held, spread(10 * len(held), len(held), rng, 0.3, 1.7), strict=True
    ):
        members = ctx.data["members"][body_id]
        for person_id in rng.sample(members, min(n, len(members))):
            attendance.append(
                Attendance(
                    meeting_id=meeting_id,
                    person_id=person_id,
                    on_behalf_of_id=ctx.data["person_org"].get(person_id),
                    status="present" if rng.random() < 0.85 else "excused",
                )
            )
    Attendance.objects.bulk_create(attendance, batch_size=ctx.batch_size)


HELD_STATES = ("held", "minutes_draft", "minutes_approved")


@generator_step("agenda_items", label="Tagesordnungspunkte", base_count=100_000, order=50)
def agenda_items(ctx: GeneratorContext) -> None:
    from transferhub.meetings.models import AgendaItem, Presentation

    rng, meetings = ctx.rng, ctx.data["meetings"]
    people, person_org = ctx.data["people"], ctx.data["person_org"]
    orgs = ctx.data["organisations"]
    per_meeting = spread(ctx.count(100_000), len(meetings), rng, 0.6, 1.4)
    items: dict[int, list[int]] = {}

    def rows():
        for (meeting_id, _body, _date, state), n in zip(meetings, per_meeting, strict=True):
            held = state in HELD_STATES
            break_at = n // 2 if n >= 8 else -1
            number = 0
            for order in range(1, n + 1):
                if order - 1 == break_at:
                    yield AgendaItem(
                        meeting_id=meeting_id,
                        order=order,
                        number="",
                        name="Pause",
                        kind="break",
                        duration_minutes=rng.choice((10, 15, 30)),
                    )
                    continue
                number += 1
                if order <= len(OPENING_ITEMS) and n > 4:
                    name = OPENING_ITEMS[order - 1]
                elif order == n and n > 3:
                    name = "Verschiedenes"
                else:
                    name = rng.choice(ITEM_PATTERNS).format(
                        topic=rng.choice(TOPICS), org=rng.choice(orgs)[1]
                    )
                status = "planned"
                minutes = ""
                if held:
                    status = rng.choices(["discussed", "postponed", "withdrawn"], [90, 8, 2])[0]
                    minutes = " ".join(
                        rng.choice(MINUTES).format(
                            person=f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
                            topic=rng.choice(TOPICS),
                        )
                        for _s in range(rng.randint(1, 3))
                    )
                yield AgendaItem(
                    meeting_id=meeting_id,
                    order=order,
                    number=str(number),
                    name=name[:500],
                    duration_minutes=rng.choice((5, 10, 15, 20, 30, 30, 45)),
                    status=status,
                    public=rng.random() < 0.9,
                    minutes=minutes,
                )

    presentations = []
    created = ctx.bulk(AgendaItem, rows(), keep=lambda i: (i.pk, i.meeting_id, i.kind))
    for pk, meeting_id, kind in created:
        if kind == "break":
            continue
        items.setdefault(meeting_id, []).append(pk)
        if rng.random() < 0.3:
            person_id = rng.choice(people)
            presentations.append(
                Presentation(
                    agenda_item_id=pk, person_id=person_id, organisation_id=person_org[person_id]
                )
            )
    Presentation.objects.bulk_create(presentations, batch_size=ctx.batch_size)
    ctx.data["items"] = items


@generator_step("decisions", label="Beschlüsse", base_count=50_000, order=60)
def decisions(ctx: GeneratorContext) -> None:
    from transferhub.decisions.models import Decision

    rng = ctx.rng
    bodies = dict(ctx.data["bodies"])
    held = [m for m in ctx.data["meetings"] if m[3] in HELD_STATES] or ctx.data["meetings"]
    sequence: dict[tuple[int, int], int] = {}
    made: dict[int, list[int]] = {}

    def rows():
        # Meetings come in date order, so numbers count up through each body's year.
        for (meeting_id, body_id, date, _state), n in zip(
            held, spread(ctx.count(50_000), len(held), rng, 0.3, 1.7), strict=True
        ):
            item_ids = ctx.data["items"].get(meeting_id) or [None]
            for _i in range(n):
                key = (body_id, date.year)
                sequence[key] = sequence.get(key, 0) + 1
                kind = rng.choices(
                    ["agreement", "resolution", "rejected", "postponement"], [60, 25, 8, 7]
                )[0]
                topic = rng.choice(TOPICS)
                action = rng.choice(ACTIONS).format(topic=topic)
                text = {
                    "agreement": f"Die {bodies[body_id]} vereinbart, {action}.",
                    "resolution": f"Die {bodies[body_id]} beschließt, {action}.",
                    "rejected": f"Der Antrag, {action}, findet keine Mehrheit.",
                    "postponement": f"Der Punkt {topic} wird auf die nächste Sitzung vertagt.",
                }[kind]
                votes = {}
                if kind in ("resolution", "rejected"):
                    yes = rng.randint(0, 20)
                    votes = {
                        "votes_yes": yes if kind == "resolution" else yes // 3,
                        "votes_no": rng.randint(0, 5) if kind == "resolution" else yes,
                        "votes_abstain": rng.randint(0, 4),
                    }
                yield Decision(
                    body_id=body_id,
                    meeting_id=meeting_id,
                    agenda_item_id=rng.choice(item_ids),
                    year=date.year,
                    sequence=sequence[key],
                    kind=kind,
                    text=text,
                    **votes,
                )

    for pk, meeting_id in ctx.bulk(Decision, rows(), keep=lambda d: (d.pk, d.meeting_id)):
        made.setdefault(meeting_id, []).append(pk)
    ctx.data["decisions"] = made


@generator_step("tasks", label="Aufgaben", base_count=100_000, order=70)
def tasks(ctx: GeneratorContext) -> None:
    from transferhub.decisions.models import Task

    rng, today = ctx.rng, ctx.today
    held = [m for m in ctx.data["meetings"] if m[3] in HELD_STATES] or ctx.data["meetings"]
    now = timezone.now()

    def rows():
        for (meeting_id, body_id, date, _state), n in zip(
            held, spread(ctx.count(100_000), len(held), rng, 0.3, 1.7), strict=True
        ):
            item_ids = ctx.data["items"].get(meeting_id) or [None]
            decision_ids = ctx.data["decisions"].get(meeting_id, [])
            members = ctx.data["members"][body_id]
            for _i in range(n):
                due = date + dt.timedelta(days=rng.randint(14, 120)) if rng.random() < 0.8 else None
                if due and due < today:
                    status = rng.choices(
                        ["done", "cancelled", "open", "in_progress"], [75, 5, 15, 5]
                    )[0]
                else:
                    status = rng.choices(["open", "in_progress", "done"], [60, 30, 10])[0]
                owner = rng.random()
                yield Task(
                    text=rng.choice(TASKS).format(topic=rng.choice(TOPICS)),
                    body_id=body_id,
                    owner_person_id=rng.choice(members) if owner < 0.7 else None,
                    owner_body_id=body_id if 0.7 <= owner < 0.9 else None,
                    due_date=due,
                    status=status,
                    meeting_id=meeting_id,
                    agenda_item_id=rng.choice(item_ids),
                    decision_id=rng.choice(decision_ids)
                    if decision_ids and rng.random() < 0.3
                    else None,
                    done_at=now if status == "done" else None,
                )

    ctx.bulk(Task, rows())

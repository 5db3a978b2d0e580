"""Fill a database with invented German network data for benchmarks (`transferhub generate`).

At scale 1: 200 bodies, 5,000 meetings, 100,000 agenda items, 50,000 decisions,
100,000 tasks and 20,000 people, with the organisations, memberships,
attendances and presenters they need. Deterministic for a seed on a given day
(meeting dates are placed around today, so that there are upcoming meetings and
overdue tasks).

Each app adds its own data (network: people and bodies; meetings; decisions; checks;
suppliers) by registering a step in a module named
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


def ascii_only(text: str) -> str:
    return text.lower().translate(_ASCII).replace(" ", "")


def unique_name(name: str, seen: set[str], limit: int) -> str:
    candidate, n = name[:limit], 2
    while candidate in seen:
        suffix = f" ({n})"
        candidate = name[: limit - len(suffix)] + suffix
        n += 1
    seen.add(candidate)
    return candidate

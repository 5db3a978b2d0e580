"""Invented assessments for `transferhub generate` (Bewertungen).

At scale 1: 50,000 assessments with their answers and action plans, by 15,000
companies (half of them suppliers of the supplier step) and a few hundred
consultants. A realistic mix: some only begun, some fully rated but with too
few measures, most complete with a self-declaration (some of them expired), and
partner survey responses, submitted or not. Instruments are loaded from their
files first if the database has none.
"""

import datetime as dt

from django.db import connection
from django.utils import timezone

from transferhub.lib.dates import add_years
from transferhub.lib.generate import FAMILY, GIVEN, GeneratorContext, generator_step

from .models import (
    DECLARATION_YEARS,
    MIN_MEASURES,
    Answer,
    Assessment,
    CheckPoint,
    Company,
    Consultancy,
    Instrument,
    InstrumentVersion,
    Measure,
    wz_section,
)

CHUNK = 2_000
# How often each instrument is used, by code (the safety check carries the seal).
WEIGHTS = {
    "OM-SGA": 40,
    "A-3.6": 20,
    "OM-UH-FL": 12,
    "OM-KC-PFLEGE": 10,
    "OM-KI-KRIT": 8,
    "OM-BEFR-AF": 10,
}
CATEGORY = {
    "OM-SGA": Measure.Category.SAFETY,
    "A-3.6": Measure.Category.ENVIRONMENT,
    "OM-UH-FL": Measure.Category.FINANCE,
    "OM-KC-PFLEGE": Measure.Category.PEOPLE,
    "OM-KI-KRIT": Measure.Category.DIGITAL,
}
RATINGS = ["green", "yellow", "red", "na"]
RATING_WEIGHTS = [50, 27, 10, 13]
NOTES = [
    "Im Team besprochen.",
    "Nachweis liegt in der Personalakte.",
    "Mit der Fachkraft für Arbeitssicherheit klären.",
    "Betrifft nur den Standort Nord.",
    "Wird im nächsten Quartal überprüft.",
    "Gefährdungsbeurteilung ist veraltet.",
]
VERBS = [
    "Unterweisung durchführen zu",
    "Verantwortung festlegen für",
    "Dokumentation ergänzen zu",
    "Prüftermin einplanen für",
    "Checkliste erstellen zu",
    "Angebot einholen für",
    "Schulung organisieren zu",
    "Regelung schriftlich fassen zu",
]
TOPICS = [
    "Gefährdungsbeurteilung",
    "Erste Hilfe",
    "Brandschutz",
    "Gefahrstoffe",
    "Abfalltrennung",
    "Energieverbrauch",
    "Liquiditätsplan",
    "Gespräch mit der Hausbank",
    "Pflegende Beschäftigte",
    "KI-Werkzeuge",
    "Lieferantenbewertung",
    "Arbeitszeiten",
]
ROLES = ["Geschäftsführung", "Betriebsleitung", "Personal", "Einkauf", "Qualitätsmanagement"]
MEASURE_STATUS = [s for s, _label in Measure.Status.choices]
MEASURE_TEXTS = [f"{verb} {topic}" for verb in VERBS for topic in TOPICS]
# Built once: drawing name, family name and role for each of 350,000 measures costs seconds.
RESPONSIBLE = [
    f"{given} {family}, {role}" for given in GIVEN[:20] for family in FAMILY[:20] for role in ROLES
]


def _usable_versions() -> list[dict]:
    """The usable version of each instrument, with its check point ids and answer values."""
    if not InstrumentVersion.objects.filter(status__in=InstrumentVersion.USABLE).exists():
        from .services import instruments_load

        instruments_load()
    versions = []
    for version in InstrumentVersion.objects.filter(
        status__in=InstrumentVersion.USABLE
    ).select_related("instrument"):
        code = version.instrument.code
        points = list(
            CheckPoint.objects.filter(version=version)
            .order_by("theme__position", "position")
            .values_list("pk", flat=True)
        )
        values = [o["value"] for o in version.scale] or RATINGS
        versions.append(
            {
                "pk": version.pk,
                "code": code,
                "survey": version.instrument.kind == Instrument.Kind.SURVEY,
                "points": points,
                "values": values,
                "traffic_light": values == RATINGS,
                "weight": WEIGHTS.get(code, 5),
            }
        )
    return [v for v in versions if v["points"]]


def _companies(ctx: GeneratorContext) -> list[int]:
    """Make companies: the first half from suppliers (and linked to them), the rest new."""
    rng, total = ctx.rng, ctx.count(15_000)
    # The suppliers step (when it ran) left its rows and a way to link them in ctx.data.
    supplier_ids = ctx.data.get("suppliers", [])[: total // 2]
    rows = ctx.data["supplier_rows"](supplier_ids) if supplier_ids else []
    sizes = [s for s, _label in Company.SizeClass.choices]
    states = [s for s, _label in Company.FederalState.choices]
    companies = [
        Company(
            name=name,
            wz_code=wz,
            wz_section=wz_section(wz),
            size_class=size,
            postcode=postcode,
            federal_state=state,
        )
        for _pk, name, wz, size, postcode, state in rows
    ]
    for i in range(total - len(companies)):
        wz = f"{rng.choice([10, 16, 22, 25, 28, 33, 43, 46, 49, 56, 62, 71, 86, 88])}.{rng.randint(10, 99)}"
        companies.append(
            Company(
                name=f"{rng.choice(FAMILY)} {rng.choice(['Betrieb', 'Werk', 'Service', 'Handwerk'])} "
                f"{rng.choice(['GmbH', 'KG', 'e. K.'])} B{i + 1}",
                wz_code=wz,
                wz_section=wz_section(wz),
                size_class=rng.choices(sizes, [45, 35, 17, 3])[0],
                postcode=f"{rng.randint(1067, 99998):05d}",
                federal_state=rng.choice(states),
            )
        )
    created = Company.objects.bulk_create(companies, batch_size=ctx.batch_size)
    ids = [c.pk for c in created]
    if rows:
        link = ctx.data["suppliers_link_companies"]
        link([(supplier_pk, company_pk) for (supplier_pk, *_r), company_pk in zip(rows, ids)])  # noqa: B905
    return ids


def _consultancies(ctx: GeneratorContext, company_ids: list[int]) -> dict[int, int]:
    """Give about four companies in ten a consultant; return company id → consultant id."""
    rng, people = ctx.rng, ctx.data.get("people", [])
    if not people:
        return {}
    consultants = rng.sample(people, min(len(people), max(1, ctx.count(600))))
    served = {c: rng.choice(consultants) for c in company_ids if rng.random() < 0.4}
    Consultancy.objects.bulk_create(
        (
            Consultancy(
                company_id=c,
                consultant_id=p,
                authorised=True,
                start_date=ctx.today - dt.timedelta(days=rng.randint(30, 1500)),
            )
            for c, p in served.items()
        ),
        batch_size=ctx.batch_size,
    )
    return served


def _plan(ctx: GeneratorContext, version: dict, now: dt.datetime) -> dict:
    """Decide one assessment's state: how much is rated, how many measures, which dates."""
    rng = ctx.rng
    points = len(version["points"])
    created = now - dt.timedelta(days=rng.randint(0, 1400), minutes=rng.randint(0, 1439))
    plan = {"created": created, "modified": created, "submitted_at": None, "declared_at": None}
    plan["valid_until"] = None
    if version["survey"]:
        submitted = rng.random() < 0.8
        plan["answered"] = points if submitted else rng.randint(0, points)
        plan["measures"] = 0
        if submitted:
            plan["submitted_at"] = created + dt.timedelta(hours=rng.randint(0, 72))
            plan["modified"] = plan["submitted_at"]
        return plan
    roll = rng.random()
    if roll < 0.2:  # begun, not finished
        plan["answered"], plan["measures"] = rng.randint(0, points - 1), rng.randint(0, 3)
    elif roll < 0.45:  # all rated, the action plan still short
        plan["answered"], plan["measures"] = points, rng.randint(0, MIN_MEASURES - 1)
    else:  # complete and declared; some declarations have run out
        plan["answered"], plan["measures"] = points, rng.randint(MIN_MEASURES, MIN_MEASURES + 8)
        declared = created + dt.timedelta(days=rng.randint(1, 60))
        if declared < now:
            plan["declared_at"] = declared
            plan["valid_until"] = add_years(timezone.localdate(declared), DECLARATION_YEARS)
            plan["modified"] = declared
    return plan


def _insert(model, columns: list[str], rows: list[tuple], *, returning: bool = False) -> list:
    """Insert rows with multi-row INSERT statements; return the new ids if asked.

    The ORM's bulk_create spends ~25 µs per value preparing it: for the million
    answers and measures of scale 1 that alone would take minutes. The values here
    are prepared already (see _db_datetime), so plain SQL is safe and ten times faster.
    """
    if not rows:
        return []
    table = connection.ops.quote_name(model._meta.db_table)
    names = ", ".join(connection.ops.quote_name(model._meta.get_field(c).column) for c in columns)
    row_sql = "(" + ", ".join(["%s"] * len(columns)) + ")"
    per_statement = max(1, 4000 // len(columns))
    ids = []
    # The driver's cursor: Django's debug wrapper would format every statement for its log.
    with connection.cursor() as wrapper:
        cursor = wrapper.cursor
        if connection.vendor == "postgresql" and not returning:
            # COPY: several times faster than INSERT on PostgreSQL.
            with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return ids
        for start in range(0, len(rows), per_statement):
            part = rows[start : start + per_statement]
            sql = f"INSERT INTO {table} ({names}) VALUES {', '.join([row_sql] * len(part))}"
            params = [value for row in part for value in row]
            if returning:
                cursor.execute(sql + " RETURNING id", params)
                ids += [row[0] for row in cursor.fetchall()]
            else:
                cursor.execute(sql, params)
    return ids


def _db_datetime(value):
    return None if value is None else connection.ops.adapt_datetimefield_value(value)


def _db_date(value):
    # Both backends take a date as its ISO text; Django's adapter costs a lookup per call.
    return None if value is None else value.isoformat()


ASSESSMENT_COLUMNS = [
    "version",
    "company",
    "consultant",
    "started_by",
    "declared_by",
    "created",
    "modified",
    "submitted_at",
    "declared_at",
    "valid_until",
    "reminded_at",
]
ANSWER_COLUMNS = ["assessment", "check_point", "value", "note", "answered_by", "modified"]
MEASURE_COLUMNS = [
    "assessment",
    "check_point",
    "text",
    "responsible",
    "due_date",
    "effect_check",
    "status",
    "priority",
    "category",
    "created",
    "modified",
]


def _answers(ctx, version: dict, assessment_id: int, plan: dict) -> list[tuple]:
    rng = ctx.rng
    if version["traffic_light"]:
        values = rng.choices(RATINGS, RATING_WEIGHTS, k=plan["answered"])
    else:
        values = [rng.choice(version["values"]) for _i in range(plan["answered"])]
    urgent = plan["urgent"] = []
    modified = plan["db_modified"]
    rows = []
    for point, value in zip(version["points"], values, strict=False):
        if value == "red" or value == "yellow":
            urgent.append((point, value))
        note = rng.choice(NOTES) if rng.random() < 0.08 else ""
        rows.append((assessment_id, point, value, note, None, modified))
    return rows


def _measures(ctx, version: dict, assessment_id: int, plan: dict) -> list[tuple]:
    rng = ctx.rng
    urgent = plan["urgent"]
    category = CATEGORY.get(version["code"], Measure.Category.OTHER).value
    start = plan["created"].date()
    rows = []
    for i in range(plan["measures"]):
        point, value = urgent[i] if i < len(urgent) else (rng.choice(version["points"]), "")
        rows.append(
            (
                assessment_id,
                point,
                rng.choice(MEASURE_TEXTS),
                rng.choice(RESPONSIBLE),
                _db_date(start + dt.timedelta(days=rng.randint(14, 365))),
                "Stichprobe nach drei Monaten" if rng.random() < 0.3 else "",
                rng.choices(MEASURE_STATUS, [35, 30, 30, 5])[0],
                {"red": 1, "yellow": 2}.get(value, 3),
                category,
                plan["db_created"],
                plan["db_modified"],
            )
        )
    return rows


@generator_step("assessments", label="Bewertungen", base_count=50_000, order=300)
def assessments(ctx: GeneratorContext) -> None:
    versions = _usable_versions()
    if not versions:
        return
    rng, now = ctx.rng, timezone.now()
    company_ids = _companies(ctx)
    consultant_of = _consultancies(ctx, company_ids)
    weights = [v["weight"] for v in versions]
    total = ctx.count(50_000)
    made = 0
    while made < total:
        size = min(CHUNK, total - made)
        chosen = rng.choices(versions, weights, k=size)
        plans, rows = [], []
        for version in chosen:
            plan = _plan(ctx, version, now)
            plan["db_created"] = _db_datetime(plan["created"])
            plan["db_modified"] = _db_datetime(plan["modified"])
            company = None if version["survey"] else rng.choice(company_ids)
            consultant = consultant_of.get(company) if rng.random() < 0.7 else None
            plans.append(plan)
            rows.append(
                (
                    version["pk"],
                    company,
                    consultant,
                    None,
                    None,
                    plan["db_created"],
                    plan["db_modified"],
                    _db_datetime(plan["submitted_at"]),
                    _db_datetime(plan["declared_at"]),
                    _db_date(plan["valid_until"]),
                    None,
                )
            )
        ids = _insert(Assessment, ASSESSMENT_COLUMNS, rows, returning=True)
        answers, measures = [], []
        for assessment_id, version, plan in zip(ids, chosen, plans, strict=True):
            answers += _answers(ctx, version, assessment_id, plan)
            measures += _measures(ctx, version, assessment_id, plan)
        _insert(Answer, ANSWER_COLUMNS, answers)
        _insert(Measure, MEASURE_COLUMNS, measures)
        made += size
        ctx.advance(size)
    ctx.data["companies"] = company_ids

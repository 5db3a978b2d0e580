"""Invented suppliers for `transferhub generate` and the search benchmark.

At scale 1: 100,000 suppliers, about one in twelve with a seal (some expired or
revoked) and one in five with a complete LkSG declaration.
"""

import datetime as dt
import random
from collections.abc import Iterator

from django.db import connection
from django.utils import timezone

from transferhub.checks.models import Company
from transferhub.lib.generate import FAMILY, TOWNS, GeneratorContext, generator_step

from .models import SEAL_PREFIX, Seal, SealKind, Supplier

# A plausible postcode area for each state (first two digits).
STATE_AREAS = {
    "BW": ["68", "69", "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "88", "89"],
    "BY": ["80", "81", "82", "83", "84", "85", "86", "87", "90", "91", "92", "93", "94", "95"],
    "BE": ["10", "12", "13", "14"],
    "BB": ["03", "14", "15", "16", "17", "19"],
    "HB": ["27", "28"],
    "HH": ["20", "21", "22"],
    "HE": ["34", "35", "36", "60", "61", "63", "64", "65"],
    "MV": ["17", "18", "19", "23"],
    "NI": ["21", "26", "27", "29", "30", "31", "37", "38", "48", "49"],
    "NW": [
        "32",
        "33",
        "40",
        "41",
        "42",
        "44",
        "45",
        "46",
        "47",
        "48",
        "50",
        "51",
        "52",
        "53",
        "57",
        "58",
        "59",
    ],
    "RP": ["54", "55", "56", "66", "67", "76"],
    "SL": ["66"],
    "SN": ["01", "02", "04", "08", "09"],
    "ST": ["06", "38", "39"],
    "SH": ["22", "23", "24", "25"],
    "TH": ["04", "07", "36", "37", "98", "99"],
}
WZ_CODES = [
    "10.71",
    "16.10",
    "22.29",
    "25.11",
    "25.62",
    "28.14",
    "31.01",
    "33.12",
    "41.20",
    "43.21",
    "43.22",
    "45.20",
    "46.69",
    "49.41",
    "52.10",
    "56.10",
    "62.01",
    "69.20",
    "71.12",
    "81.21",
]
PRODUCTS = [
    "Blechbearbeitung",
    "Lohnfertigung",
    "Drehteile",
    "Schweißbaugruppen",
    "Pulverbeschichtung",
    "Kunststoffspritzguss",
    "Holzverpackungen",
    "Paletten",
    "Elektroinstallation",
    "Sanitär und Heizung",
    "Gebäudereinigung",
    "Transport und Logistik",
    "Lagerhaltung",
    "Catering",
    "Softwareentwicklung",
    "IT-Service",
    "Ingenieurleistungen",
    "Prüfdienstleistungen",
    "Instandhaltung",
    "Montage",
    "Schaltschrankbau",
    "Backwaren",
    "Möbel",
    "Schutzkleidung",
]
FORMS = ["GmbH", "GmbH & Co. KG", "KG", "e. K.", "AG", "OHG"]
TRADES = [
    "Metallbau",
    "Haustechnik",
    "Logistik",
    "Kunststofftechnik",
    "Elektro",
    "Holzbau",
    "Service",
    "Systeme",
    "Präzisionstechnik",
    "Dienstleistungen",
]


def build_suppliers(count: int, rng: random.Random, today: dt.date) -> Iterator[Supplier]:
    """Yield unsaved suppliers with their derived columns filled (bulk_create skips save())."""
    states = list(STATE_AREAS)
    sizes = [s for s, _label in Company.SizeClass.choices]
    for i in range(count):
        state = rng.choice(states)
        area = rng.choice(STATE_AREAS[state])
        products = ", ".join(rng.sample(PRODUCTS, rng.randint(1, 4)))
        family = rng.choice(FAMILY)
        supplier = Supplier(
            name=f"{family} {rng.choice(TRADES)} {rng.choice(FORMS)} {i + 1}",
            street=f"{rng.choice(['Industriestraße', 'Hauptstraße', 'Am Hafen', 'Gewerbering'])} "
            f"{rng.randint(1, 200)}",
            postcode=f"{area}{rng.randint(0, 999):03d}",
            town=rng.choice(TOWNS),
            federal_state=state,
            wz_code=rng.choice(WZ_CODES),
            size_class=rng.choices(sizes, [40, 35, 20, 5])[0],
            products=products,
            products_public=rng.random() < 0.8,
            address_public=rng.random() < 0.5,
            contact_name=f"{rng.choice(['Frau', 'Herr'])} {family}",
            contact_email=f"einkauf{i + 1}@example.org",
            contact_public=rng.random() < 0.2,
            languages=rng.choice(["Deutsch", "Deutsch, Englisch", "Deutsch, Englisch, Polnisch"]),
            lksg_declared_on=today - dt.timedelta(days=rng.randint(0, 700))
            if rng.random() < 0.2
            else None,
        )
        supplier.refresh_derived()
        yield supplier


def build_seals(supplier_ids: list[int], rng: random.Random, today: dt.date) -> Iterator[Seal]:
    """Yield seals for about one supplier in twelve: most valid, some expired or revoked."""
    sequences: dict[tuple[str, int], int] = {}
    now = timezone.now()
    for supplier_id in supplier_ids:
        if rng.random() >= 1 / 12:
            continue
        kinds = [SealKind.SAFETY] + ([SealKind.SUSTAINABILITY] if rng.random() < 0.25 else [])
        for kind in kinds:
            granted = today - dt.timedelta(days=rng.randint(0, 1400))
            key = (kind, granted.year)
            sequences[key] = sequences.get(key, 0) + 1
            revoked = rng.random() < 0.03
            yield Seal(
                supplier_id=supplier_id,
                kind=kind,
                year=granted.year,
                sequence=sequences[key],
                number=f"{SEAL_PREFIX[kind]}-{granted.year}-{sequences[key]:05d}",
                granted_at=now - (today - granted),
                valid_until=granted + dt.timedelta(days=730),
                revoked_at=now if revoked else None,
                revoke_reason="Generiert" if revoked else "",
            )


def generate_suppliers(count: int, rng: random.Random, *, batch_size: int = 2000) -> int:
    """Create `count` suppliers (and their seals) with bulk_create; return how many."""
    today = timezone.localdate()
    created = []
    pending = []
    for supplier in build_suppliers(count, rng, today):
        pending.append(supplier)
        if len(pending) >= 5000:
            created += [s.pk for s in Supplier.objects.bulk_create(pending, batch_size=batch_size)]
            pending = []
    if pending:
        created += [s.pk for s in Supplier.objects.bulk_create(pending, batch_size=batch_size)]
    Seal.objects.bulk_create(build_seals(created, rng, today), batch_size=batch_size)
    return len(created)


@generator_step("suppliers", label="Lieferanten", base_count=100_000, order=200)
def suppliers(ctx: GeneratorContext) -> None:
    ids = ctx.bulk(Supplier, build_suppliers(ctx.count(100_000), ctx.rng, ctx.today))
    Seal.objects.bulk_create(build_seals(ids, ctx.rng, ctx.today), batch_size=ctx.batch_size)
    ctx.data["suppliers"] = ids
    # For the checks step, which makes companies of suppliers (checks sits below suppliers).
    ctx.data["supplier_rows"] = supplier_rows
    ctx.data["suppliers_link_companies"] = suppliers_link_companies


def supplier_rows(ids: list[int]) -> list[tuple]:
    """(id, name, wz_code, size_class, postcode, federal_state) of these suppliers, by id."""
    return list(
        Supplier.objects.filter(pk__in=ids)
        .order_by("pk")
        .values_list("pk", "name", "wz_code", "size_class", "postcode", "federal_state")
    )


def suppliers_link_companies(pairs: list[tuple[int, int]]) -> None:
    """Set each supplier's company: pairs of (supplier id, company id)."""
    # One prepared UPDATE run many times: bulk_update's CASE statements take seconds here.
    table = connection.ops.quote_name(Supplier._meta.db_table)
    with connection.cursor() as wrapper:
        wrapper.cursor.executemany(
            f"UPDATE {table} SET company_id = %s WHERE id = %s",
            [(company_pk, supplier_pk) for supplier_pk, company_pk in pairs],
        )

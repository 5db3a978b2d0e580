"""The new lists cost the same number of queries for 5 rows as for 50."""

import datetime as dt

import pytest
from django.utils import timezone

from transferhub.checks import services as checks
from transferhub.suppliers.models import Seal
from transferhub.suppliers.services import supplier_register

from .conftest import request_queries
from .test_lists_run_a_fixed_number_of_queries import _meetings


def _queries(api, path: str, **params) -> int:
    count, response = request_queries(lambda: api.get(path, **params))
    assert response.json()["total"] > 0
    return count


def _assessments(world, count: int) -> None:
    for _n in range(count):
        assessment = checks.assessment_start(
            instrument=world.safety, company=world.company, actor=world.staff
        )
        checks.measure_save(assessment=assessment, actor=world.staff, text="Maßnahme")


def _suppliers(actor, start: int, count: int) -> None:
    for n in range(start, start + count):
        supplier = supplier_register(
            actor=actor,
            name=f"Blech {n:03d} GmbH",
            wz_code="25.11",
            size_class="small",
            postcode="52062",
            federal_state="NW",
            town="Aachen",
            products="Blechteile",
        )
        Seal.objects.create(
            supplier=supplier,
            kind="safety",
            year=2030,
            sequence=n,
            number=f"OM-AS-2030-{n:05d}",
            granted_at=timezone.now(),
            valid_until=dt.date.today() + dt.timedelta(days=300),
        )


@pytest.mark.parametrize("role", ["staff", "secretariat"])
def test_the_assessment_list_costs_the_same_for_5_and_50(role, api_for, checks_world, people):
    user = checks_world.staff if role == "staff" else people["secretariat"].user
    api = api_for(user)
    _assessments(checks_world, 3)
    api.get("/me")  # the first use of a token notes the time once
    few = _queries(api, "/assessments", limit=100)
    _assessments(checks_world, 45)
    assert _queries(api, "/assessments", limit=100) == few


@pytest.mark.parametrize("role", ["anonymous", "purchaser"])
def test_the_supplier_search_costs_the_same_for_5_and_50(role, api_for, supplier_world, people):
    api = api_for(supplier_world.buyer if role == "purchaser" else None)
    _suppliers(people["secretariat"].user, 1, 5)
    # The first search for a word also counts its trigrams and the suppliers, to choose
    # between the index and the sort order's walk; those counts are kept for ten minutes
    # (suppliers/search.py COUNTS_SECONDS), so they are paid once, not per row.
    api.get("/suppliers", q="blechteile")
    few = _queries(api, "/suppliers", q="blechteile", limit=100)
    _suppliers(people["secretariat"].user, 6, 45)
    assert _queries(api, "/suppliers", q="blechteile", limit=100) == few


def test_the_full_text_search_costs_the_same_for_5_and_50_meetings(api_as, ag_transfer):
    api = api_as("secretariat", "read")
    _meetings(ag_transfer, 5)
    api.get("/me")
    few = _queries(api, "/search", q="Punkt", limit=100)
    _meetings(ag_transfer, 45)
    assert _queries(api, "/search", q="Punkt", limit=100) == few

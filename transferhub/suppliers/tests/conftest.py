"""Fixtures for the supplier database: a company with a completed safety check, its
supplier profile, a consultant, a purchaser, and helpers to grant a seal."""

import pytest
from django.contrib.auth.models import User

from conftest import make_person, world_layer
from transferhub.checks import services as checks
from transferhub.checks.models import SAFETY_CHECK_CODE, Instrument, Measure
from transferhub.suppliers import services
from transferhub.suppliers.models import Purchaser, Supplier

# The chain safety check → company → consultant → assessment → supplier → application →
# seal is built once and shared through rollback (root conftest, "Worlds"): each link is a
# world of its own, named "suppliers:<fixture>" because the checks tests have fixtures of
# the same names built differently.


def supplier_world(fixture: str, *requires: str):
    """Register a link of the chain; `requires` are fixtures of this file or "people"."""
    below = tuple(r if r == "people" else f"suppliers:{r}" for r in requires)
    return world_layer(fixture, requires=below, name=f"suppliers:{fixture}", under=__file__)


def shared(worlds, fixture: str, make):
    """This test's copy of the shared link, or `make()` when the test builds its own."""
    value = worlds.shared(f"suppliers:{fixture}")
    return value if value is not None else make()


@supplier_world("safety_check")
def _safety_check_world(below=None) -> Instrument:
    checks.instruments_load()
    return Instrument.objects.get(code=SAFETY_CHECK_CODE)


@pytest.fixture
def safety_check(db, _worlds) -> Instrument:
    return shared(_worlds, "safety_check", _safety_check_world)


@supplier_world("company_user")
def _company_user_world(below=None) -> User:
    return make_person(
        "Kira", "Betrieb", username="company", email="kira@muster-metall.example"
    ).user


@pytest.fixture
def company_user(db, _worlds) -> User:
    return shared(_worlds, "company_user", _company_user_world)


def make_company(company_user):
    return checks.company_create(
        name="Muster Metall GmbH",
        wz_code="25.11",
        size_class="small",
        postcode="52062",
        federal_state="NW",
        staff=[company_user],
    )


@supplier_world("company", "company_user")
def _company_world(below):
    return make_company(below["suppliers:company_user"])


@pytest.fixture
def company(company_user, _worlds):
    return shared(_worlds, "company", lambda: make_company(company_user))


def make_consultant(company):
    person = make_person("Bea", "Beraterin", username="consultant")
    checks.consultant_assign(company=company, consultant=person, authorised=True)
    return person


@supplier_world("consultant", "company")
def _consultant_world(below):
    return make_consultant(below["suppliers:company"])


@pytest.fixture
def consultant(company, _worlds):
    return shared(_worlds, "consultant", lambda: make_consultant(company))


def start_assessment(safety_check, company, actor, consultant=None):
    return checks.assessment_start(
        instrument=safety_check, company=company, actor=actor, consultant=consultant
    )


def complete_assessment(assessment, actor, *, measures=10, categories=None, declare=True):
    """Rate every point, plan measures (categories: a list, one per measure), sign."""
    answers = {p.pk: ("green", "") for p in assessment.version.check_points.all()}
    checks.answers_save(assessment=assessment, answers=answers, actor=actor)
    categories = categories or [Measure.Category.SAFETY] * measures
    for i, category in enumerate(categories, start=1):
        checks.measure_save(
            assessment=assessment, actor=actor, text=f"Maßnahme {i}", category=category
        )
    if declare:
        checks.declaration_sign(assessment=assessment, actor=actor)
    assessment.refresh_from_db()
    return assessment


SUSTAINABLE_MIX = ["supply_chain"] * 4 + ["safety"] * 3 + ["environment"] * 3


def make_assessment(safety_check, company, company_user, consultant):
    return complete_assessment(
        start_assessment(safety_check, company, company_user, consultant), company_user
    )


@supplier_world("assessment", "safety_check", "company_user", "company", "consultant")
def _assessment_world(below):
    return make_assessment(
        *(
            below[f"suppliers:{n}"]
            for n in ("safety_check", "company", "company_user", "consultant")
        )
    )


@pytest.fixture
def assessment(safety_check, company, company_user, consultant, _worlds):
    return shared(
        _worlds,
        "assessment",
        lambda: make_assessment(safety_check, company, company_user, consultant),
    )


def make_supplier(company, company_user) -> Supplier:
    return services.supplier_register(
        actor=company_user,
        company=company,
        town="Aachen",
        street="Industriestraße 5",
        products="Blechbearbeitung, Schweißbaugruppen",
        contact_name="Kira Betrieb",
        contact_email="einkauf@muster-metall.example",
        contact_phone="0241 123456",
        languages="Deutsch, Englisch",
        address_public=False,
        contact_public=False,
    )


@supplier_world("supplier", "company_user", "company")
def _supplier_world(below) -> Supplier:
    return make_supplier(below["suppliers:company"], below["suppliers:company_user"])


@pytest.fixture
def supplier(company, company_user, _worlds) -> Supplier:
    return shared(_worlds, "supplier", lambda: make_supplier(company, company_user))


@pytest.fixture
def purchaser(db, om) -> Purchaser:
    user = make_person(
        "Paul", "Einkauf", username="purchaser", email="paul@grosskunde.example"
    ).user
    user.email = "paul@grosskunde.example"
    user.save()
    return Purchaser.objects.create(user=user, organisation_name="Großkunde AG")


def make_application(supplier, assessment, company_user):
    return services.seal_apply(
        supplier=supplier, kind="safety", assessment=assessment, actor=company_user
    )


@supplier_world("application", "supplier", "assessment")
def _application_world(below):
    return make_application(
        *(below[f"suppliers:{n}"] for n in ("supplier", "assessment", "company_user"))
    )


@pytest.fixture
def application(supplier, assessment, company_user, _worlds):
    return shared(
        _worlds, "application", lambda: make_application(supplier, assessment, company_user)
    )


def make_seal(application, people):
    application = services.application_review(
        application=application, action="approve", actor=people["secretariat"].user
    )
    return application.seal


@supplier_world("seal", "application", "people")
def _seal_world(below):
    return make_seal(below["suppliers:application"], below["people"]["people"])


@pytest.fixture
def seal(application, people, _worlds):
    return shared(_worlds, "seal", lambda: make_seal(application, people))


@pytest.fixture
def client_for(client):
    """Log the test client in as the given user (None for anonymous)."""

    def login(user):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client

    return login


@pytest.fixture
def find(db):
    """Names the search finds: find("blech", state="NW") public, protected=True for purchasers."""
    from transferhub.suppliers.search import search_suppliers

    def run(q="", *, protected=False, **filters):
        return set(
            search_suppliers({"q": q, **filters}, protected=protected).values_list(
                "name", flat=True
            )
        )

    return run


@pytest.fixture
def add_supplier(db):
    """Create a supplier through the service, as a company would (secretariat as actor)."""
    counter = iter(range(10_000))

    def add(name, products="", **fields):
        secretariat = User.objects.filter(username="supplier-search-admin").first()
        if secretariat is None:
            secretariat = User.objects.create_superuser("supplier-search-admin")
        defaults = {
            "wz_code": "25.11",
            "size_class": "small",
            "postcode": f"52{next(counter) % 1000:03d}",
            "federal_state": "NW",
            "town": "Aachen",
        }
        return services.supplier_register(
            actor=secretariat, name=name, products=products, **{**defaults, **fields}
        )

    return add

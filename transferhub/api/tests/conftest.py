"""Fixtures for the API tests: a token per role, a JSON client, a meeting in draft."""

import datetime as dt
from types import SimpleNamespace

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conftest import world_layer
from transferhub.api.services import token_create

# Once a minute a request also clears the rate windows that ended or notes when its token
# was last used; a count taken across the turn of a minute would be one higher.
ONCE_A_MINUTE = ('DELETE FROM "lib_ratecount"', 'UPDATE "api_apitoken"')


def request_queries(request):
    """How many queries one successful request runs (without the once-a-minute upkeep),
    and its response."""
    with CaptureQueriesContext(connection) as ctx:
        response = request()
    assert response.status_code == 200, response.content
    count = sum(1 for q in ctx.captured_queries if not q["sql"].startswith(ONCE_A_MINUTE))
    return count, response


@pytest.fixture(autouse=True)
def _site_url(settings):
    # Each test starts with an empty cache (no rate limit counted): the root conftest.
    settings.SITE_URL = "http://testserver"


@pytest.fixture
def token_for(people):
    """Return a new token's secret for a role ("anonymous" gives None)."""

    def make(role: str, scope: str = "read-write") -> str | None:
        if role == "anonymous":
            return None
        _token, secret = token_create(user=people[role].user, name=f"{role} {scope}", scope=scope)
        return secret

    return make


class Api:
    """The Django test client speaking JSON to /api/v1/ with an optional bearer token."""

    def __init__(self, client, secret: str | None):
        self.client, self.secret = client, secret

    def _headers(self) -> dict:
        return {"Authorization": f"Bearer {self.secret}"} if self.secret else {}

    def get(self, path: str, **params):
        return self.client.get("/api/v1" + path, params, headers=self._headers())

    def send(self, method: str, path: str, data=None, raw: str | None = None, headers=None):
        body = raw if raw is not None else __import__("json").dumps(data or {})
        return getattr(self.client, method)(
            "/api/v1" + path,
            body,
            content_type="application/json",
            headers={**self._headers(), **(headers or {})},
        )

    def post(self, path: str, data=None, **kw):
        return self.send("post", path, data, **kw)

    def patch(self, path: str, data=None, **kw):
        return self.send("patch", path, data, **kw)

    def put(self, path: str, data=None, **kw):
        return self.send("put", path, data, **kw)

    def upload(self, path: str, files: dict, data: dict | None = None):
        return self.client.post(
            "/api/v1" + path, {**(data or {}), **files}, headers=self._headers()
        )


@pytest.fixture
def api_as(client, token_for):
    """Return an API client for a role, with a read-write token unless a scope is given."""

    def make(role: str, scope: str = "read-write") -> Api:
        client.logout()
        return Api(client, token_for(role, scope))

    return make


@pytest.fixture
def draft_meeting(seed_meeting):
    """The seed meeting: minutes in draft, so members see it and the public does not."""
    assert seed_meeting.state == "minutes_draft"
    return seed_meeting


@pytest.fixture
def approved_meeting(seed_meeting):
    """The seed meeting with approved minutes, one item made internal, one file each."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from transferhub.meetings.services import agenda_item_update, attachment_add, minutes_approve

    items = list(seed_meeting.agenda_items.exclude(kind="break").order_by("order"))
    internal, public = items[3], items[1]
    agenda_item_update(item=internal, public=False)
    attachment_add(
        meeting=seed_meeting,
        agenda_item=public,
        file=SimpleUploadedFile("bmas.pdf", b"%PDF-1.4 public", "application/pdf"),
        name="Vortrag BMAS",
    )
    attachment_add(
        meeting=seed_meeting,
        agenda_item=internal,
        file=SimpleUploadedFile("intern.pdf", b"%PDF-1.4 internal", "application/pdf"),
        name="Befragung intern",
    )
    minutes_approve(meeting=seed_meeting)
    seed_meeting.refresh_from_db()
    seed_meeting.internal_item = internal
    seed_meeting.public_item = public
    return seed_meeting


def pdf(name: str = "anlage.pdf", size: int = 100):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, b"%PDF-1.4 " + b"x" * size, "application/pdf")


TODAY = dt.date.today()


# --- Checks and suppliers ------------------------------------------------------------------


@pytest.fixture
def api_for(client):
    """Return an API client acting for a user (None: anonymous), with a read token."""

    def make(user, scope: str = "read") -> Api:
        client.logout()
        if user is None:
            return Api(client, None)
        _token, secret = token_create(user=user, name="Test", scope=scope)
        return Api(client, secret)

    return make


@world_layer("checks_world", requires=("people",))
def _checks_world(below):
    return make_checks_world()


@pytest.fixture
def checks_world(db, people, _worlds):
    """Muster Metall GmbH (staff, consultant, an assessment half done) and Fremdbau GmbH.

    The consultant served Fremdbau until yesterday; nobody of the AG Transfer works for either.
    """
    shared = _worlds.shared("checks_world")
    return shared if shared is not None else make_checks_world()


def make_checks_world():
    from conftest import make_person
    from transferhub.checks import services as checks
    from transferhub.checks.loader import INSTRUMENTS_DIR
    from transferhub.checks.models import SAFETY_CHECK_CODE, Instrument

    checks.instruments_load(
        paths=[
            INSTRUMENTS_DIR / "sicherheit-gesundheit-v1.yaml",
            INSTRUMENTS_DIR / "befragung-partner-arbeitsforschung-v1.yaml",
        ]
    )
    safety = Instrument.objects.get(code=SAFETY_CHECK_CODE)
    staff = make_person("Kira", "Betrieb", username="companystaff").user
    company = checks.company_create(
        name="Muster Metall GmbH",
        wz_code="25.11",
        size_class="small",
        postcode="52062",
        federal_state="NW",
        staff=[staff],
    )
    adviser = make_person("Claus", "Berater", username="consultant")
    checks.consultant_assign(company=company, consultant=adviser, authorised=True)
    assessment = checks.assessment_start(
        instrument=safety, company=company, actor=staff, consultant=adviser
    )
    points = list(assessment.version.check_points.order_by("theme__position", "position"))
    checks.answers_save(
        assessment=assessment,
        answers={points[0].pk: ("red", "Keine Unterweisung"), points[1].pk: ("green", "")},
        actor=staff,
    )
    checks.measure_save(
        assessment=assessment,
        actor=staff,
        text="Unterweisung planen",
        check_point=points[0],
        category="safety",
        responsible="Frau Betrieb",
        due_date=TODAY + dt.timedelta(days=30),
    )
    other_staff = make_person("Olga", "Fremd", username="otherstaff").user
    other = checks.company_create(
        name="Fremdbau GmbH",
        wz_code="41.20",
        size_class="micro",
        postcode="10115",
        federal_state="BE",
        staff=[other_staff],
    )
    ended = checks.consultant_assign(company=other, consultant=adviser)
    ended.end_date = TODAY - dt.timedelta(days=1)
    ended.save(update_fields=["end_date"])
    other_assessment = checks.assessment_start(instrument=safety, company=other, actor=other_staff)
    survey = checks.assessment_start(
        instrument=Instrument.objects.get(kind="survey"), company=None, actor=staff
    )
    return SimpleNamespace(
        safety=safety,
        staff=staff,
        company=company,
        consultant=adviser.user,
        assessment=assessment,
        points=points,
        other_staff=other_staff,
        other=other,
        other_assessment=other_assessment,
        survey=survey,
    )


def declared_assessment(world):
    """A second safety check of Muster Metall: all green, ten measures, declared."""
    from transferhub.checks import services as checks

    assessment = checks.assessment_start(
        instrument=world.safety, company=world.company, actor=world.staff
    )
    answers = {p.pk: ("green", "") for p in assessment.version.check_points.all()}
    checks.answers_save(assessment=assessment, answers=answers, actor=world.staff)
    for n in range(1, 11):
        checks.measure_save(
            assessment=assessment, actor=world.staff, text=f"Maßnahme {n}", category="safety"
        )
    checks.declaration_sign(assessment=assessment, actor=world.staff)
    assessment.refresh_from_db()
    return assessment


@world_layer("supplier_world", requires=("checks_world",))
def _supplier_world(below):
    checks_world = SimpleNamespace(**vars(below["checks_world"]))  # that world stays as it is
    return make_supplier_world(checks_world, below["people"]["people"])


@pytest.fixture
def supplier_world(checks_world, people, _worlds):
    """Muster Metall as supplier with a valid seal and hidden contact; a purchaser; Fremdbau
    as supplier with hidden products."""
    shared = _worlds.shared("supplier_world")
    if shared is None:
        return make_supplier_world(checks_world, people)
    vars(checks_world).update(vars(shared))  # one namespace, as when built in the test
    return checks_world


def make_supplier_world(checks_world, people):
    """Add the suppliers to `checks_world` (the same namespace, extended)."""
    from conftest import make_person
    from transferhub.suppliers import services as suppliers
    from transferhub.suppliers.models import Purchaser

    world = checks_world
    declared = declared_assessment(world)
    world.supplier = suppliers.supplier_register(
        actor=world.staff,
        company=world.company,
        town="Aachen",
        street="Industriestraße 5",
        products="Blechteile und Schweißbaugruppen",
        contact_name="Kira Betrieb",
        contact_email="einkauf@muster-metall.example",
        address_public=False,
        contact_public=False,
    )
    application = suppliers.seal_apply(
        supplier=world.supplier, kind="safety", assessment=declared, actor=world.staff
    )
    application = suppliers.application_review(
        application=application, action="approve", actor=people["secretariat"].user
    )
    world.seal = application.seal
    world.other_supplier = suppliers.supplier_register(
        actor=world.other_staff,
        company=world.other,
        town="Berlin",
        products="Geheimer Rohbau",
        products_public=False,
    )
    world.buyer = make_person("Paul", "Einkauf", username="einkauf").user
    Purchaser.objects.create(user=world.buyer, organisation_name="Großkunde AG")
    return world

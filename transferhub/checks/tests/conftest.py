"""Fixtures for the checks: instruments loaded, companies with staff and a consultant."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from conftest import make_person, world_layer
from transferhub.checks import services
from transferhub.checks.loader import INSTRUMENTS_DIR
from transferhub.checks.models import SAFETY_CHECK_CODE, Answer, Company, Instrument

GOOD_YAML = """\
code: T-1
title: Testcheck
version: "1.0"
kind: check
status: published
glossary:
  - term: BWA
    expansion: Betriebswirtschaftliche Auswertung
    explanation: Monatliche Übersicht über Erlöse und Kosten.
themes:
  - key: eins
    title: Erstes Thema
    points:
      - key: a
        title: Die BWA wird gelesen
      - key: b
        title: Zweiter Punkt
  - key: zwei
    title: Zweites Thema
    points:
      - key: c
        title: Dritter Punkt
"""


@pytest.fixture
def instruments(db):
    """All shipped instrument files, loaded."""
    services.instruments_load()
    return {i.code: i for i in Instrument.objects.all()}


def load_safety_check(below=None) -> Instrument:
    services.instruments_load(paths=[INSTRUMENTS_DIR / "sicherheit-gesundheit-v1.yaml"])
    return Instrument.objects.get(code=SAFETY_CHECK_CODE)


# Built once and shared through rollback (root conftest, "Worlds"); named apart from the
# suppliers' safety check, which loads every instrument.
world_layer("safety_check", name="checks:safety_check", under=__file__)(load_safety_check)


@pytest.fixture
def safety_check(db, _worlds) -> Instrument:
    """Only the safety check (loading one file is faster than all of them)."""
    shared = _worlds.shared("checks:safety_check")
    return shared if shared is not None else load_safety_check()


def make_company(name="Muster Metall GmbH", *, wz="25.11", size="small", staff=(), state="NW"):
    return services.company_create(
        name=name,
        wz_code=wz,
        size_class=size,
        postcode="52062",
        federal_state=state,
        staff=staff,
    )


@pytest.fixture
def company_user(db) -> User:
    person = make_person("Kira", "Betrieb", username="company")
    return person.user


@pytest.fixture
def company(company_user) -> Company:
    return make_company(staff=[company_user])


@pytest.fixture
def other_company(db) -> Company:
    other = make_person("Otto", "Anders", username="othercompany")
    return make_company("Andere Bau AG", wz="41.20", staff=[other.user])


@pytest.fixture
def consultant(company):
    person = make_person("Bea", "Beraterin", username="consultant")
    services.consultant_assign(company=company, consultant=person, authorised=True)
    return person


@pytest.fixture
def assessment(safety_check, company, company_user):
    return services.assessment_start(instrument=safety_check, company=company, actor=company_user)


def rate_all(assessment, value="green", *, actor=None, overrides=None):
    """Rate every check point; overrides maps check point keys to values."""
    overrides = overrides or {}
    answers = {
        point.pk: (overrides.get(point.key, value), "")
        for point in assessment.version.check_points.all()
    }
    services.answers_save(assessment=assessment, answers=answers, actor=actor)


def add_measures(assessment, n, *, actor=None):
    for i in range(n):
        services.measure_save(assessment=assessment, actor=actor, text=f"Maßnahme {i + 1}")


def complete(assessment, *, actor=None):
    rate_all(assessment, actor=actor, overrides={"gef-psyche": Answer.Rating.RED})
    add_measures(assessment, 10, actor=actor)
    return assessment


# --- Self-registration -------------------------------------------------------------------

STRONG_PASSWORD = "Blech-Biege-2031!"


def registration_data(**overrides) -> dict:
    """What a company types into /registrieren/, all valid; overrides change or drop (None)."""
    data = {
        "company_name": "Neue Stanzwerk GmbH",
        "wz_code": "25.50",
        "size_class": "small",
        "postcode": "44135",
        "town": "Dortmund",
        "federal_state": "NW",
        "given_name": "Jana",
        "family_name": "Stanz",
        "email": "jana.stanz@stanzwerk.example",
        "username": "stanzwerk",
        "password1": STRONG_PASSWORD,
        "password2": STRONG_PASSWORD,
        "privacy": "on",
        "homepage": "",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


@pytest.fixture
def register(db, client, django_capture_on_commit_callbacks):
    """Post the registration form (mails go out after commit, as in production)."""

    def post(data=None, *, language="de", **overrides):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(
                reverse("registration:register"),
                data if data is not None else registration_data(**overrides),
                HTTP_ACCEPT_LANGUAGE=language,
            )

    return post

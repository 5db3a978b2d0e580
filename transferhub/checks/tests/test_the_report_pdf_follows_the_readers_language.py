"""The report's headings, table heads and labels are in the reader's language."""

import io

import pytest
from django.urls import reverse
from pypdf import PdfReader

from transferhub.checks import services

from .conftest import complete

pytestmark = pytest.mark.django_db


def _report_text(client, assessment, language) -> str:
    response = client.get(
        reverse("checks:report", args=[assessment.pk]), HTTP_ACCEPT_LANGUAGE=language
    )
    assert response.status_code == 200
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)


@pytest.fixture
def declared(client, assessment, company_user):
    complete(assessment, actor=company_user)
    services.declaration_sign(assessment=assessment, actor=company_user)
    client.force_login(company_user)
    return assessment


def test_an_english_reader_gets_english_headings(client, declared):
    text = _report_text(client, declared, "en")
    for english in (
        "Self-assessment report",
        "Results by theme",
        "Theme red yellow green n/a",
        "Urgent action first",
        "Action plan",
        "No. Measure responsible due",
        "All check points",
        "Self-declaration made on",
        "valid until",
        "Page 1",
    ):
        assert english in text, english
    for german in ("Ergebnis nach Themen", "Maßnahmenplan", "Alle Check-Punkte", "Seite 1"):
        assert german not in text


def test_a_german_reader_gets_the_german_report_as_before(client, declared):
    text = _report_text(client, declared, "de")
    for german in (
        "Bericht zur Selbstbewertung",
        "Ergebnis nach Themen",
        "Thema rot gelb grün n. r.",
        "Dringender Handlungsbedarf zuerst",
        "Maßnahmenplan",
        "Nr. Maßnahme verantwortlich bis",
        "Alle Check-Punkte",
        "Seite 1",
    ):
        assert german in text, german
    assert "Selbsterklärung abgegeben am" in text and "; gültig bis" in text
    assert "Results by theme" not in text

"""The LkSG summary is in the reader's language; the certificate stays German, the
binding text, with the reader's language beneath it."""

import io

import pytest
from pypdf import PdfReader

from transferhub.suppliers import services
from transferhub.suppliers.models import LksgRisk


def _text(response) -> str:
    assert response.status_code == 200, response
    assert response["Content-Type"] == "application/pdf"
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)


@pytest.fixture
def answered(supplier, purchaser, company_user):
    request = services.due_diligence_request(
        purchaser=purchaser, supplier=supplier, actor=purchaser.user
    )
    for risk in LksgRisk.values:
        services.risk_declare(
            supplier=supplier, risk=risk, status="no_risk", measures="Geprüft", actor=company_user
        )
    return services.due_diligence_answer(request=request, actor=company_user)


def _summary(client_for, answered, language) -> str:
    return _text(
        client_for(answered.purchaser.user).get(
            f"/lieferanten/anfragen/{answered.pk}/zusammenfassung.pdf",
            HTTP_ACCEPT_LANGUAGE=language,
        )
    )


def test_an_english_purchaser_gets_an_english_lksg_summary(client_for, answered):
    text = _summary(client_for, answered, "en")
    for english in (
        "LkSG self-declaration",
        "Declaration as of:",
        "Requested by: Großkunde AG",
        "Risk Status Measures",
        "Child labour",
        "Page 1",
    ):
        assert english in text, english
    for german in ("Stand der Erklärung", "Angefragt von", "Kinderarbeit", "Seite 1"):
        assert german not in text


def test_a_german_purchaser_gets_the_german_lksg_summary(client_for, answered):
    text = _summary(client_for, answered, "de")
    for german in (
        "LkSG-Selbsterklärung",
        "Stand der Erklärung:",
        "Angefragt von: Großkunde AG",
        "Risiko Stand Maßnahmen",
        "Kinderarbeit geprüft, kein Risiko festgestellt",
        "Seite 1",
    ):
        assert german in text, german


def test_the_csv_summary_names_the_risks_in_the_readers_language(client_for, answered):
    response = client_for(answered.purchaser.user).get(
        f"/lieferanten/anfragen/{answered.pk}/zusammenfassung.csv", HTTP_ACCEPT_LANGUAGE="en"
    )
    text = response.content.decode("utf-8-sig")
    assert "Child labour;checked, no risk identified;" in text
    assert "Kinderarbeit" not in text


def _certificate(client_for, seal, user, language) -> str:
    return _text(
        client_for(user).get(
            f"/lieferanten/siegel/{seal.number}/urkunde.pdf", HTTP_ACCEPT_LANGUAGE=language
        )
    )


def test_the_certificate_for_an_english_reader_is_german_with_english_beneath(
    client_for, seal, company_user
):
    text = _certificate(client_for, seal, company_user, "en")
    # German stays the binding text of the official document ...
    for german in ("Urkunde", "wird verliehen an", "Siegelnummer", "gültig bis", "Ausgestellt am"):
        assert german in text, german
    # ... and the reader finds each text in English.
    for english in (
        "Certificate",
        "is awarded to",
        "Seal number",
        "valid until",
        "Check its validity at",
        "Issued on",
        "based on the self-assessment",
    ):
        assert english in text, english
    assert seal.number in text


def test_the_certificate_for_a_german_reader_is_german_only(client_for, seal, company_user):
    text = _certificate(client_for, seal, company_user, "de")
    assert "wird verliehen an" in text and "Siegelnummer" in text
    assert "Prüfen Sie die Gültigkeit unter" in text
    for english in ("Certificate", "is awarded to", "Seal number", "Issued on"):
        assert english not in text

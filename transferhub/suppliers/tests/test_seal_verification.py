import datetime as dt

from transferhub.suppliers import services


def test_the_verification_page_says_valid_and_for_whom(client_as, seal):
    response = client_as("anonymous").get(f"/lieferanten/siegel/{seal.number}/")
    page = response.content.decode()
    assert response.status_code == 200
    assert "gültig bis" in page
    assert "Muster Metall GmbH" in page
    assert "Industriestraße" not in page and "einkauf@" not in page


def test_an_expired_seal_shows_as_expired(client_as, seal):
    seal.valid_until = dt.date(2020, 1, 1)
    seal.save()
    page = client_as("anonymous").get(f"/lieferanten/siegel/{seal.number}/").content.decode()
    assert "abgelaufen am 01.01.2020" in page


def test_a_revoked_seal_is_shown_as_valid_nowhere(
    client_as, seal, people, supplier, purchaser, client_for
):
    services.seal_revoke(seal=seal, reason="Falsche Angaben", actor=people["secretariat"].user)
    verify = client_as("anonymous").get(f"/lieferanten/siegel/{seal.number}/").content.decode()
    assert "widerrufen am" in verify and "gültig bis" not in verify
    assert "Falsche Angaben" not in verify
    public = client_as("anonymous").get(f"/lieferanten/{supplier.pk}/").content.decode()
    assert "gültig" not in public
    listing = client_for(purchaser.user).get("/lieferanten/?q=muster").content.decode()
    assert "Arbeitsschutz: widerrufen" in listing
    assert "Arbeitsschutz: gültig" not in listing
    valid_only = client_for(purchaser.user).get("/lieferanten/?seal_status=valid").content.decode()
    assert "Muster Metall GmbH" not in valid_only


def test_an_unknown_number_gets_a_friendly_404(client_as, db):
    response = client_as("anonymous").get("/lieferanten/siegel/OM-AS-2026-99999/")
    assert response.status_code == 404
    assert "Dieses Siegel kennen wir nicht" in response.content.decode()


def test_a_forged_number_gets_the_same_404(client_as, db):
    response = client_as("anonymous").get("/lieferanten/siegel/OM-XX-<script>/")
    assert response.status_code == 404
    assert "<script>" not in response.content.decode()


def test_the_number_form_leads_to_the_page_or_explains_the_format(client_as, seal):
    client = client_as("anonymous")
    response = client.get("/lieferanten/siegel/", {"number": seal.number.lower()})
    assert response["Location"] == f"/lieferanten/siegel/{seal.number}/"
    response = client.get("/lieferanten/siegel/", {"number": "12345"})
    assert "Eine Siegelnummer sieht so aus" in response.content.decode()


def test_the_qr_code_is_an_svg(client_as, seal):
    response = client_as("anonymous").get(f"/lieferanten/siegel/{seal.number}/qr.svg")
    assert response["Content-Type"] == "image/svg+xml"
    assert b"<svg" in response.content


def test_the_certificate_is_a_pdf_for_the_supplier(client_for, seal, company_user, client_as):
    response = client_for(company_user).get(f"/lieferanten/siegel/{seal.number}/urkunde.pdf")
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    assert (
        client_as("outsider").get(f"/lieferanten/siegel/{seal.number}/urkunde.pdf").status_code
        == 403
    )


def test_the_certificate_names_the_number_and_the_verification_address(seal):
    import io

    from pypdf import PdfReader

    from transferhub.suppliers.exports import certificate_pdf

    _name, _mime, pdf = certificate_pdf(seal)
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert seal.number in text
    assert f"/lieferanten/siegel/{seal.number}/" in text.replace("\n", "")

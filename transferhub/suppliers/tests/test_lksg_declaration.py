from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from transferhub.suppliers.models import EvidenceDocument, LksgRisk, RiskDeclaration

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _post(client, supplier, risk, **extra):
    data = {
        "status": "managed",
        "measures": "Lieferantenkodex unterschrieben",
        "declared_on": "2026-03-01",
    }
    data.update(extra)
    return client.post(f"/lieferanten/{supplier.pk}/lksg/{risk}/", data)


def test_staff_declare_a_risk_with_evidence(client_for, supplier, company_user):
    upload = SimpleUploadedFile("kodex.pdf", PDF, content_type="application/pdf")
    response = _post(client_for(company_user), supplier, "child_labour", files=upload)
    assert response.status_code == 302
    declaration = RiskDeclaration.objects.get()
    assert (declaration.status, str(declaration.declared_on)) == ("managed", "2026-03-01")
    document = declaration.evidence.get()
    assert (document.original_name, document.mime_type) == ("kodex.pdf", "application/pdf")
    download = client_for(company_user).get(f"/lieferanten/nachweise/{document.pk}/")
    assert b"".join(download.streaming_content) == PDF


def test_a_wrong_type_upload_is_refused_and_nothing_changes(client_for, supplier, company_user):
    upload = SimpleUploadedFile(
        "kodex.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf"
    )
    response = _post(client_for(company_user), supplier, "child_labour", files=upload)
    assert response.status_code == 400
    assert "Dieser Dateityp ist nicht erlaubt" in response.content.decode()
    assert not RiskDeclaration.objects.exists()
    assert not EvidenceDocument.objects.exists()


def test_an_oversized_upload_is_refused_and_nothing_changes(
    client_for, supplier, company_user, settings
):
    settings.MAX_UPLOAD_BYTES = 1024
    upload = SimpleUploadedFile("gross.pdf", PDF + b"0" * 2048, content_type="application/pdf")
    response = _post(client_for(company_user), supplier, "wage", files=upload)
    assert response.status_code == 400
    assert "erlaubt sind höchstens" in response.content.decode()
    assert not RiskDeclaration.objects.exists()


def test_a_found_risk_needs_its_measures(client_for, supplier, company_user):
    response = _post(client_for(company_user), supplier, "wage", measures="")
    assert response.status_code == 400
    assert "Bitte beschreiben Sie die Maßnahmen" in response.content.decode()
    assert not RiskDeclaration.objects.exists()


def test_an_unknown_risk_is_not_found(client_for, supplier, company_user):
    assert (
        client_for(company_user).get(f"/lieferanten/{supplier.pk}/lksg/unfug/").status_code == 404
    )


def test_the_declaration_is_present_once_every_risk_is_answered(client_for, supplier, company_user):
    client = client_for(company_user)
    for risk in LksgRisk.values[:-1]:
        _post(client, supplier, risk, status="no_risk", measures="")
    supplier.refresh_from_db()
    assert supplier.lksg_declared_on is None
    _post(client, supplier, LksgRisk.values[-1], status="not_relevant", measures="")
    supplier.refresh_from_db()
    assert supplier.lksg_declared_on == timezone.localdate()


def test_others_may_not_see_evidence(client_as, client_for, supplier, company_user):
    upload = SimpleUploadedFile("kodex.pdf", PDF, content_type="application/pdf")
    _post(client_for(company_user), supplier, "child_labour", files=upload)
    document = EvidenceDocument.objects.get()
    assert client_as("outsider").get(f"/lieferanten/nachweise/{document.pk}/").status_code == 404
    assert client_as("outsider").get(f"/lieferanten/{supplier.pk}/lksg/").status_code == 403

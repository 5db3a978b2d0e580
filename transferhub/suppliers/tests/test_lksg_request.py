import csv
import io

from django.core import mail

from transferhub.suppliers import services
from transferhub.suppliers.models import DueDiligenceRequest, LksgRisk


def _declare_all(supplier, actor):
    for risk in LksgRisk.values:
        services.risk_declare(
            supplier=supplier, risk=risk, status="no_risk", measures="Geprüft", actor=actor
        )


def test_a_purchaser_requests_and_the_supplier_is_mailed(
    client_for, supplier, purchaser, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(purchaser.user).post(
            f"/lieferanten/{supplier.pk}/lksg-anfrage/",
            {"message": "Bitte bis Monatsende.", "risks": ["forced_labour"]},
        )
    request = DueDiligenceRequest.objects.get()
    assert response["Location"] == f"/lieferanten/anfragen/{request.pk}/"
    # One mail each, in each recipient's language.
    assert [m.to for m in mail.outbox] == [
        ["einkauf@muster-metall.example"],
        ["kira@muster-metall.example"],
    ]
    assert "Bitte bis Monatsende." in mail.outbox[0].body


def test_only_purchasers_request(client_as, supplier):
    assert (
        client_as("outsider").post(f"/lieferanten/{supplier.pk}/lksg-anfrage/").status_code == 403
    )
    assert not DueDiligenceRequest.objects.exists()


def test_an_incomplete_declaration_cannot_be_sent(client_for, supplier, purchaser, company_user):
    request = services.due_diligence_request(
        purchaser=purchaser, supplier=supplier, actor=purchaser.user
    )
    response = client_for(company_user).post(
        f"/lieferanten/anfragen/{request.pk}/beantworten/", follow=True
    )
    assert "noch nicht vollständig: 12 Risiken ohne Angabe" in response.content.decode()
    request.refresh_from_db()
    assert request.status == "open"


def test_the_purchaser_receives_a_dated_pdf_and_csv_summary(
    client_for, supplier, purchaser, company_user, django_capture_on_commit_callbacks
):
    request = services.due_diligence_request(
        purchaser=purchaser, supplier=supplier, actor=purchaser.user
    )
    _declare_all(supplier, company_user)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client_for(company_user).post(f"/lieferanten/anfragen/{request.pk}/beantworten/")
    request.refresh_from_db()
    assert request.status == "answered"
    assert mail.outbox[0].to == ["paul@grosskunde.example"]
    client = client_for(purchaser.user)
    pdf = client.get(f"/lieferanten/anfragen/{request.pk}/zusammenfassung.pdf")
    assert pdf.content.startswith(b"%PDF")
    response = client.get(f"/lieferanten/anfragen/{request.pk}/zusammenfassung.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Lieferant", "Muster Metall GmbH"]
    assert rows[1][0] == "Stand" and rows[1][1]
    assert [r[0] for r in rows[4:]][:2] == ["Kinderarbeit", "Zwangsarbeit und Sklaverei"]
    assert len(rows) == 4 + 12


def test_another_purchaser_does_not_see_the_request(client_for, supplier, purchaser, db):
    from conftest import make_person
    from transferhub.suppliers.models import Purchaser

    request = services.due_diligence_request(
        purchaser=purchaser, supplier=supplier, actor=purchaser.user
    )
    other = Purchaser.objects.create(user=make_person("Olga", "Anders", username="other").user)
    assert client_for(other.user).get(f"/lieferanten/anfragen/{request.pk}/").status_code == 404


def test_a_request_asks_only_the_risks_of_the_buyers_analysis_never_a_blanket_assurance(
    client_for, supplier, purchaser, company_user
):
    buyer = client_for(purchaser.user)
    refused = buyer.post(f"/lieferanten/{supplier.pk}/lksg-anfrage/", {"message": "Alles bitte"})
    assert not DueDiligenceRequest.objects.exists()
    assert "Risikoanalyse" in buyer.get(refused["Location"]).content.decode()
    buyer.post(
        f"/lieferanten/{supplier.pk}/lksg-anfrage/",
        {"risks": ["forced_labour", "wage"], "risk_reason": "Stahl aus Hochrisikoländern"},
    )
    request = DueDiligenceRequest.objects.get()
    page = buyer.get(f"/lieferanten/anfragen/{request.pk}/").content.decode()
    assert "Zwangsarbeit und Sklaverei, angemessener Lohn" in page
    assert "pauschale Zusicherung wird nicht verlangt" in page and "BAFA" in page
    # The supplier answers the two risks asked, not the whole declaration.
    for risk in ("forced_labour", "wage"):
        services.risk_declare(
            supplier=supplier, risk=risk, status="no_risk", measures="Geprüft", actor=company_user
        )
    services.due_diligence_answer(request=request, actor=company_user)
    request.refresh_from_db()
    assert [r["risk"] for r in request.snapshot["risks"]] == ["forced_labour", "wage"]

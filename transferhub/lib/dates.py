"""Small date helpers shared by the apps."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


def add_years(day: dt.date, years: int) -> dt.date:
    """The same calendar day `years` later; 29 February becomes 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


# Dates we accept from people, forms, the API and imports. Python's dates run from year 1
# to 9999, but a time zone shift or a day added at either end overflows (a task due on
# 31.12.9999 broke its owner's calendar feed); no meeting, task or filter of ours needs more.
MIN_YEAR = 1900
MAX_YEAR = 2200
MIN_DATE = dt.date(MIN_YEAR, 1, 1)
MAX_DATE = dt.date(MAX_YEAR, 12, 31)


def date_in_range(day: dt.date) -> bool:
    """Whether the day lies within the years we accept (1900–2200)."""
    if isinstance(day, dt.datetime):
        day = day.date()
    return MIN_DATE <= day <= MAX_DATE


def date_range_message() -> str:
    return _("Bitte geben Sie ein Datum zwischen %(min)s und %(max)s an.") % {
        "min": MIN_YEAR,
        "max": MAX_YEAR,
    }


def check_date_range(day: dt.date | None) -> dt.date | None:
    """Return the day, or raise ValueError if it lies outside 1900–2200 (for the API)."""
    if day is not None and not date_in_range(day):
        raise ValueError(date_range_message())
    return day


def validate_date_range(day: dt.date | None) -> None:
    """A form field validator: refuse days outside 1900–2200 with a message for the user."""
    if day is not None and not date_in_range(day):
        raise ValidationError(date_range_message(), code="date_out_of_range")

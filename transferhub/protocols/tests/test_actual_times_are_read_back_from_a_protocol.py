"""A protocol written with "tatsächliche Zeiten" is read back with those times, and stored."""

import datetime as dt

from django.utils import timezone

from transferhub.meetings.models import AgendaItem, Meeting
from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.parse import _actual_times
from transferhub.protocols.services import protocol_store
from transferhub.protocols.writing.markdown import protocol_markdown


def at(hour, minute):
    return timezone.make_aware(dt.datetime(2022, 9, 15, hour, minute))


def test_the_actual_times_of_a_written_protocol_come_back_through_the_reader(seed_meeting):
    first, second = list(seed_meeting.agenda_items.exclude(kind="break").order_by("order"))[:2]
    AgendaItem.objects.filter(pk=first.pk).update(actual_start=at(9, 3), actual_end=at(9, 26))
    AgendaItem.objects.filter(pk=second.pk).update(actual_start=at(9, 26))
    _name, _mime, data = protocol_markdown(seed_meeting, actual_times=True)

    result = read_protocol(data, filename="protokoll.md")
    rows = {row["number"]: row for row in result["agenda"]}
    assert (rows[first.number]["actual_start"], rows[first.number]["actual_end"]) == (
        "09:03",
        "09:26",
    )
    assert (rows[second.number]["actual_start"], rows[second.number]["actual_end"]) == (
        "09:26",
        None,
    )
    # The planned "wann" stays what the agenda planned.
    assert rows[first.number]["start"] == "09:00"

    Meeting.objects.all().delete()
    stored = protocol_store(result)
    item = stored.agenda_items.get(number=first.number)
    assert (item.actual_start, item.actual_end) == (at(9, 3), at(9, 26))


def test_a_protocol_without_actual_times_has_none():
    result = read_protocol(
        "# Protokoll AG Test\n\nDatum: 15.09.2022, 09:00–11:00 Uhr\n\n"
        "| TOP | Was | wann |\n|---|---|---|\n| 1 | Begrüßung | 09:00 |\n\n## 1. Begrüßung\n\nHallo.\n".encode(),
        filename="p.md",
    )
    assert all(row["actual_start"] is None for row in result["agenda"])


def test_actual_time_cells_are_read_in_their_forms():
    assert _actual_times("09:22 (28 Min.)") == ("09:22", "09:50")
    assert _actual_times("9.05 (5 min)") == ("09:05", "09:10")
    assert _actual_times("10:00") == ("10:00", None)
    assert _actual_times("") == (None, None)
    assert _actual_times("23:50 (20 Min.)") == ("23:50", None)

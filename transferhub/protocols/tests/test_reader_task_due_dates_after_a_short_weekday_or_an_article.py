"""Due dates written after a short weekday or an article, read against the meeting's date."""

import datetime as dt

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.tasks import find_due

WEDNESDAY = dt.date(2025, 3, 12)


def test_a_short_weekday_before_the_date():
    assert find_due("Entwurf schicken bis Fr. 14.03.", WEDNESDAY)[0] == "2025-03-14"
    assert find_due("send the draft by Fri 14 March", WEDNESDAY)[0] == "2025-03-14"


def test_an_article_before_a_relative_date():
    assert find_due("book the room by the end of next week", WEDNESDAY)[0] == "2025-03-21"
    # Words after "by" that name no time give no date.
    assert find_due("book the room by the way", WEDNESDAY)[0] is None


def test_due_dates_against_the_meeting_date_german_and_english():
    en = read_protocol(
        b"""# Board meeting, 2025-03-12

Present: Orla Finch, Piet Hagen

## Hall

Orla to book the hall by the end of next week.
""",
        filename="m.md",
    )
    de = read_protocol(
        b"""# Vorstandssitzung am 12.03.2025

Anwesend: Orla Finch, Piet Hagen

## Saal

- Orla reserviert den Saal bis Fr. 14.03.
""",
        filename="v.md",
    )
    dues = [t["due"] for r in (en, de) for item in r["agenda"] for t in item["tasks"]]
    assert dues == ["2025-03-21", "2025-03-14"]

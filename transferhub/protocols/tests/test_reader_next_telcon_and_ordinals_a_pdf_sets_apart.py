"""The next meeting as standards groups call it, and dates whose ordinal a PDF set apart.

"The next telcon will be November 8th, 2016" (IACT DL3), "the next telecon will be held on
2022-01-26" (WG21 SG16), "next telcon Wed may 6th" (W3C TAG) name the next meeting as "next
call" does. A PDF sets an ordinal's superscript apart: "15 th March 2016", "January 16 th",
"the 29 th of August" (Halesworth Library Friends, Heatherstone HOA, Milton Keynes Chess
Club) are dates as "15th March 2016" is. "Der nächste Wahltermin" is an election's date, no
meeting; "Nächster Sitzungstermin" is one, and so is "Nächstes Meeting" in a German team's notes
(Meldezettel team, HTW Dresden).
"""

from __future__ import annotations

import pytest

from transferhub.protocols.reader import parse_text


def _english(closing: str) -> str:
    return (
        "# Monthly telcon\n\nDate: 4 October 2016\n\n## 1. Data formats\n\nText.\n\n"
        f"## 2. Any other business\n\n{closing}\n"
    )


@pytest.mark.parametrize(
    ("closing", "date"),
    [
        ("The next telcon will be November 8th, 2016 at 11 am.", "2016-11-08"),
        ("Tom stated that the next telecon will be held on 2016-10-26.", "2016-10-26"),
        ("Next teleconference: 18 October 2016.", "2016-10-18"),
    ],
)
def test_the_next_telcon_is_the_next_meeting(closing, date):
    assert parse_text(_english(closing))["next_meeting"]["date"] == date


@pytest.mark.parametrize(
    ("closing", "date"),
    [
        ("Date of Next Meeting 15 th March 2017, 17:45.", "2017-03-15"),
        ("The next meeting will be on 2 nd November 2016.", "2016-11-02"),
    ],
)
def test_an_ordinal_set_apart_still_makes_a_date(closing, date):
    assert parse_text(_english(closing))["next_meeting"]["date"] == date


def test_a_heading_with_a_detached_ordinal_gives_the_meetings_date():
    text = (
        "# Minutes of the Trustees Meeting of 26 th January 2016\n\n"
        "1. Apologies\n\nNone.\n\n2. Finance\n\nText.\n"
    )
    assert parse_text(text)["date"] == "2016-01-26"


def _german(sentence: str) -> str:
    return (
        "# Protokoll der Sitzung\n\nDatum: 12.01.2024\n\n## TOP 1 Wahlen\n\n"
        f"{sentence}\n\n## TOP 2 Verschiedenes\n\nText.\n"
    )


def test_the_next_election_is_no_next_meeting():
    minutes = _german("Der nächste Wahltermin wurde auf den 25.11.2024 gesetzt.")
    assert parse_text(minutes)["next_meeting"] is None


def test_the_next_meeting_date_is_the_next_meeting():
    minutes = _german("Nächster Sitzungstermin: 26.01.2024.")
    assert parse_text(minutes)["next_meeting"]["date"] == "2024-01-26"


@pytest.mark.parametrize(
    "closing",
    [
        "### Nächstes Meeting\n**Datum & Uhrzeit:** 2024-01-26, 15:30-18:30",
        "### **Nächstes Meeting**\n* voraussichtliches Datum: 26.01.2024\n* Ort: Raum 801",
        "Das nächste Team-Meeting findet am 26.01.2024 statt.",
    ],
)
def test_a_german_team_naming_its_next_meeting_in_english(closing):
    minutes = (
        "# Protokoll 12.01.2024\n\n### 1. Sprint\n\n* Text.\n\n### 2. Tests\n\n* Text.\n\n"
        f"{closing}\n"
    )
    assert parse_text(minutes, fmt="md")["next_meeting"]["date"] == "2024-01-26"


def test_the_next_meeting_without_a_date_gives_none():
    minutes = _german("Beim nächsten Meeting soll jemand anderes das Protokoll führen.")
    assert parse_text(minutes)["next_meeting"] is None

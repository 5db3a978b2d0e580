"""Minutes posted on web pages: the meeting's date, not the page's; numbered paragraphs as items."""

from transferhub.protocols.reader import read_protocol


def _read(text: str, name: str = "minutes.md") -> dict:
    return read_protocol(text.encode(), filename=name)


def test_the_meeting_date_below_a_posts_front_matter_date_is_the_date():
    r = _read("""---
title: "Village Hall AGM - minutes"
date: "2019-03-06"
---

Minutes of the Annual General Meeting held at the Village Hall on Wednesday 14th November 2018 at 7.00pm

1. Apologies
None.

2. Accounts
The accounts were approved.
""")
    assert r["date"] == "2018-11-14"
    assert r["start"] == "19:00"


def test_a_german_page_posted_later_gives_the_meetings_date():
    r = _read("""Veröffentlicht am 02.02.2024 von admin

Protokoll der Mitgliederversammlung vom 12.01.2024

TOP 1 Begrüßung
TOP 2 Kassenbericht
""")
    assert r["date"] == "2024-01-12"


def test_posted_on_before_the_minutes_of_an_english_council():
    r = _read("""Posted on March 6, 2019 by admin

MINUTES OF THE PARISH COUNCIL MEETING HELD AT THE CHURCH TUESDAY 11TH NOVEMBER 2008

1. Apologies
2. Minutes
""")
    assert r["date"] == "2008-11-11"


def test_a_front_matter_date_that_is_the_meetings_date_stays():
    r = _read("""---
title: Board meeting
date: 2020-06-20
---

# Board meeting

Attendees: Anna, Ben

## Budget
Discussed.

## Website
Discussed.
""")
    assert r["date"] == "2020-06-20"


def test_a_later_date_in_the_text_does_not_replace_the_pages_date():
    # A date after the page's own cannot be the date of minutes already posted.
    r = _read("""---
date: 2020-06-20
---

Meeting notes, planning the summer fair on 14 August 2020

## Stalls
## Music
""")
    assert r["date"] == "2020-06-20"


def test_a_weekday_run_into_its_day_still_gives_the_date():
    r = _read(
        "Minutes of the meeting held on Wednesday14th November 2018\n\n1. Apologies\n2. AOB\n"
    )
    assert r["date"] == "2018-11-14"


def test_escaped_markdown_numbers_are_items():
    r = _read("""Minutes of the Residents' Association AGM held on 13 December 2006

1\\. The Chairman welcomed all present.

2\\. Chairman's report.

She thanked the committee.

3\\. Election of officers.

All re-elected.
""")
    assert [a["title"] for a in r["agenda"]] == [
        "The Chairman welcomed all present.",
        "Chairman's report.",
        "Election of officers.",
    ]


NUMBERED_PARAGRAPHS = """Minutes of the Annual General Meeting held on 14 November 2018 at 7.00pm

Present: M Reeve (Chair), G Phillips (Treasurer), P Sewell.

1. Minutes of the 2017 Annual General Meeting Upon the proposition of P Sewell, seconded by G Phillips, it was resolved unanimously "That the Minutes of the 2017 Annual General Meeting be, and they are hereby, approved."

2. Accounts for the year The audited Income and Expenditure Account for the year ended 31st March 2018 were tabled and, upon the proposition of G Phillips, seconded by P Sewell, it was resolved unanimously ' 'That the Accounts be approved."

3. Chair's Report The Chair was pleased to confirm that the new flooring has been laid in the kitchen and thanked everybody who helped with it.

4. Closure There being no further business for discussion, the Meeting was declared closed at 8.05pm.
"""


def test_numbered_paragraphs_are_items_with_their_minutes():
    r = _read(NUMBERED_PARAGRAPHS)
    assert len(r["agenda"]) == 4
    assert r["agenda"][0]["title"].startswith("Minutes of the 2017 Annual General Meeting")
    assert len(r["agenda"][0]["title"].split()) <= 10
    assert "seconded by G Phillips" in r["agenda"][0]["minutes"]
    assert [len(a["decisions"]) for a in r["agenda"]] == [1, 1, 0, 0]
    assert r["agenda"][0]["decisions"][0]["kind"] == "resolution"


def test_declared_closed_is_the_end():
    assert _read(NUMBERED_PARAGRAPHS)["end"] == "20:05"
    r = _read("""Meeting of the committee on 3 May 2021

1. Apologies
2. Finance

The Chairman declared the meeting closed at 9.15pm.
""")
    assert r["end"] == "21:15"


def test_numbered_paragraphs_of_german_minutes():
    r = _read("""Protokoll der Vorstandssitzung am 09.07.2024

1. Begrüßung Die Vorsitzende begrüßt alle Anwesenden und stellt fest, dass der Vorstand mit fünf von sieben Mitgliedern beschlussfähig ist und die Einladung fristgerecht verschickt wurde.

2. Kassenbericht Der Kassenwart berichtet über den Kassenstand von 300 Euro, der sich seit der letzten Sitzung kaum verändert hat, und über die offenen Beiträge.

3. Sommerfest Das Fest findet im August statt; die Planung übernimmt wie im letzten Jahr das Orga-Team, das sich im Juni zum ersten Mal trifft.
""")
    assert [a["title"].split()[0] for a in r["agenda"]] == [
        "Begrüßung",
        "Kassenbericht",
        "Sommerfest",
    ]
    assert "Kassenstand von 300 Euro" in r["agenda"][1]["minutes"]

"""An agenda list whose entries the minutes name again below gives the items, each once.

The list names the topics; a heading (or a line alone) that names an entry again starts its
minutes, and its words are the item's title: when minutes hold both an agenda list and their
own topic headings, the headings are the items (the label rule). A heading naming no entry,
between two that do, is part of the item above it or opens the one entry left unnamed there;
headings after the last named entry, at the same level, are topics added at the meeting. A
heading that holds every topic ("## Minutes") names no entry.
"""

from transferhub.protocols.reader import read_protocol


def _items(text: str, name: str = "x.md") -> list[tuple[str, str]]:
    result = read_protocol(text.encode(), filename=name)
    return [(a["title"], a["minutes"]) for a in result["agenda"]]


def test_report_headings_below_one_entry_are_part_of_it():
    items = _items("""# Committee meeting 11 May 2013

## Agenda

- Correspondence
- Reports
- Events

### Correspondence

A letter from the council.

### Treasurer Report

Balance is 1,200 dollars.

### Membership

Two new members joined.

### Events

Open day on 1 June.
""")
    # "Treasurer Report" opens the one entry left unnamed between two named ones.
    assert [t for t, _ in items] == ["Correspondence", "Treasurer Report", "Events"]
    assert "Balance is 1,200 dollars." in items[1][1]
    assert "Two new members joined." in items[1][1]


def test_german_headings_with_other_words_name_the_entries():
    items = _items("""# Protokoll der Generalversammlung vom 3. März 2023

## Traktanden

- Begrüssung
- Protokoll
- Wahlen
- Diverses

## Begrüssung

Der Präsident begrüsst 17 Mitglieder.

## Protokoll GV 2022

Das Protokoll wird einstimmig genehmigt.

## Diverses

Keine Wortmeldungen.
""")
    assert [t for t, _ in items] == ["Begrüssung", "Protokoll GV 2022", "Wahlen", "Diverses"]
    assert "einstimmig genehmigt" in items[1][1]
    assert items[2][1] == ""


def test_topics_added_at_the_meeting_follow_the_listed_ones():
    items = _items("""# Board meeting 2024-02-03

## Agenda

1. Adopt bylaws
2. Elect officers

## Adopt Bylaws

The bylaws were adopted.

## Officers

Cart for President.

## Signing of meeting minutes

Minutes are signed by the secretary.

## Next meeting

2024-03-02
""")
    # The next meeting's heading at the topics' level is an item like any other (the label
    # rule since 7c14338).
    assert [t for t, _ in items] == [
        "Adopt Bylaws",
        "Officers",
        "Signing of meeting minutes",
        "Next meeting",
    ]


def test_lines_alone_naming_the_entries_start_their_minutes():
    items = _items("""Team meeting minutes

January 29th 2019

Agenda

- Logo
- Business Plan
- Next Steps

Logo

- The current logo is fine

Business Plan

The plan has three steps:

1. Build the app
2. Beta test
3. Full deployment

Next Steps

- Email verification
""")
    assert [t for t, _ in items] == ["Logo", "Business Plan", "Next Steps"]
    assert "Beta test" in items[1][1]


def test_numbered_headings_keep_their_own_items():
    items = _items("""# Mitgliederversammlung am 29.12.2017

## Tagesordnung

1. Begrüssung
2. Statuten
3. Abschluss

## 1. Begrüssung

Alle werden begrüsst.

## 2. Statuten

Angenommen.

## 3. Abschluss

Ende um 21 Uhr.
""")
    assert [t for t, _ in items] == ["Begrüssung", "Statuten", "Abschluss"]


def test_headings_that_name_no_entry_stay_the_items():
    items = _items("""# Treffen am 12.03.2024

## Tagesordnung

- Finanzen
- Feier

## Kasse

Alles in Ordnung.

## Sommerfest

Am 1. Juli.
""")
    assert [t for t, _ in items] == ["Kasse", "Sommerfest"]


def test_a_meeting_agenda_heading_over_entries_the_headings_name_in_other_words():
    items = _items("""# Organizational Meeting January 12, 2019

## Meeting Goals

Plan the year.

## Meeting Agenda

* Project inventory/updates
* Roles workshopping
* Annual planning/goals
* How we work

## Current Projects

Two projects are active.

## Roles

Who does what.

## Annual Planning

Four events.

## Future Discussion

Later.
""")
    assert [t for t, _ in items] == [
        "Current Projects",
        "Roles",
        "Annual Planning",
        "Future Discussion",
    ]
    assert "Two projects are active." in items[0][1]


def test_a_german_heading_tagesordnungspunkte_over_the_list():
    items = _items("""# Vorstandssitzung am 11.07.2022

## Tagesordnungspunkte

- Kasse
- Sommerfest
- Verschiedenes

## Kassenbericht

Kassenstand 200 €.

## Sommerfest 2022

Am 1. Juli.

## Verschiedenes

Nichts.
""")
    assert [t for t, _ in items] == ["Kassenbericht", "Sommerfest 2022", "Verschiedenes"]


def test_a_part_heading_over_the_topics_names_no_entry():
    items = _items("""# AGM minutes 2019-09-14

## Agenda

1. To confirm the minutes of the previous AGM
2. To receive the annual report
3. To elect the committee
4. Other business of which notice has been given

## Minutes

### Previous AGM minutes

Confirmed.

### Annual report

Read by the chair.

### Election of the committee

Five members elected.

### Special resolutions

One resolution passed.
""")
    assert [t for t, _ in items] == [
        "Previous AGM minutes",
        "Annual report",
        "Election of the committee",
        "Special resolutions",
    ]


def test_german_minutes_part_heading_names_no_entry():
    items = _items("""# Jahresversammlung am 4. Mai 2024

## Tagesordnung

1. Genehmigung des Protokolls der letzten Versammlung
2. Bericht des Vorstands
3. Wahlen

## Protokoll

### Protokoll der Versammlung 2023

Genehmigt.

### Bericht des Vorstands 2023

Der Vorstand berichtet über das Jahr.

### Wahlen 2024

Alle wiedergewählt.
""")
    assert [t for t, _ in items] == [
        "Protokoll der Versammlung 2023",
        "Bericht des Vorstands 2023",
        "Wahlen 2024",
    ]


def test_lines_alone_keep_the_listed_titles():
    # A line alone names an entry only as listed: nothing to choose between.
    items = _items("""Team meeting minutes, 3 March 2024

Agenda

- Budget
- Website

Budget

- Within plan

Website

- New pages online
""")
    assert [t for t, _ in items] == ["Budget", "Website"]

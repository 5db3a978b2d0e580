"""An agenda written as a table whose rows the minutes name again as headings.

Co-ops and project boards put the agenda in a table under "## Agenda" ("| Item | Time |"),
then the notes under "## Notes", each topic under a heading that names a row again, one of
them perhaps a level too high. The table's rows are the items, counted once; the bullets
under a topic's heading are its minutes, not topics of their own.
"""

from transferhub.protocols.reader import parse_text


def _titles(result: dict) -> list[str]:
    return [it["title"] for it in result["agenda"]]


ENGLISH = """# 2024-05-02 Tern Co-op Board Meeting

Time: 5:00-6:00pm ET
Attending: ro, mk, jt

## Agenda

| Item                              | Time (min) |
|:----------------------------------|-----------:|
| Resolution on the new bylaws      | 20         |
| Discussion of the hiring plan     | 40         |

## Notes

- 3 of 5 directors present, quorum

### Resolution on the new bylaws

- VOTED unanimously to adopt the new bylaws.
- Next steps:
    - file the amendment

## Discussion of the hiring plan

- ro: do we post the role publicly?
    - mk: yes, next week
- jt: what is the budget?
    - ro: see the finance sheet
- mk: should the role be part time?
"""


def test_english_table_rows_named_again_are_the_items():
    assert _titles(parse_text(ENGLISH, fmt="md")) == [
        "Resolution on the new bylaws",
        "Discussion of the hiring plan",
    ]


GERMAN = """# Vorstandssitzung Genossenschaft Lerche, 02.05.2024

Anwesend: Ro, Mika, Jule

## Tagesordnung

| Thema                          | Dauer |
|--------------------------------|-------|
| Satzungsänderung               | 20    |
| Stellenausschreibung           | 40    |

## Protokoll

### Satzungsänderung

- Einstimmig beschlossen.

## Stellenausschreibung

- Ro: Soll die Stelle öffentlich ausgeschrieben werden?
    - Mika: ja, nächste Woche
- Jule: Wie hoch ist das Budget?
    - Ro: siehe Finanzplan
"""


def test_german_table_rows_named_again_are_the_items():
    assert _titles(parse_text(GERMAN, fmt="md")) == ["Satzungsänderung", "Stellenausschreibung"]


NOT_NAMED = """# 2024-05-16 Tern Co-op Board Meeting

## Agenda

| Item           | Time (min) |
|----------------|-----------:|
| Budget         | 20         |
| Office move    | 40         |

## Treasurer report

The balance is fine.

## Outreach

A newsletter goes out in June.

## Website

The new theme is live.
"""


def test_headings_that_name_no_row_keep_their_own_topics():
    assert _titles(parse_text(NOT_NAMED, fmt="md")) == ["Treasurer report", "Outreach", "Website"]

"""A clock time before a heading's title is the time the item was taken up, no part of it.

"### 20:30 Finances" in a plenum's notes, "### 19.30 Uhr Begrüßung" in an association's
minutes: the item is "Finances", taken up at 20:30, as a bulleted "- 5:30 News" already was.
"""

from transferhub.protocols.reader import read_protocol


def _items(text: str) -> list[tuple[str, str | None]]:
    result = read_protocol(text.encode(), filename="x.md")
    return [(a["title"], a["start"]) for a in result["agenda"]]


def test_english_headings_after_their_times():
    assert _items("""## Plenum 2014-06-12 Agenda/Minutes

### 20:30 Finances

Rent is paid.

### 20:40 Website

New pages are up.
""") == [("Finances", "20:30"), ("Website", "20:40")]


def test_german_headings_after_their_times_with_uhr():
    assert _items("""# Protokoll der Hauptversammlung vom 29. März 2019

### 19.30 Uhr Begrüßung

Der Obmann begrüßt die Mitglieder.

### 20:45 Uhr Eröffnung Versammlung

Die Versammlung wird eröffnet.
""") == [("Begrüßung", "19:30"), ("Eröffnung Versammlung", "20:45")]

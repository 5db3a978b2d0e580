"""Items numbered without a dot ("1 Apologies"), as Word's numbered headings come out of a PDF."""

from transferhub.protocols.reader import read_protocol


def _titles(text: str) -> list[str]:
    r = read_protocol(text.encode(), filename="2024-07-09.txt")
    return [a["title"] for a in r["agenda"]]


def test_three_items_numbered_without_dots_are_the_items():
    assert _titles("""Committee Meeting - Minutes
Date: Tuesday 9th July 2024

1 Apologies

- Ella Gardner

2 Adoption of Previous Minutes

- Unanimous adoption of previous minutes

3 Matters Arising

- ACTION HP: Change passwords
""") == ["Apologies", "Adoption of Previous Minutes", "Matters Arising"]


def test_german_items_numbered_without_dots():
    assert _titles("""Protokoll der Vorstandssitzung am 09.07.2024

1 Begrüßung
Die Vorsitzende begrüßt alle.

2 Kassenbericht
Der Kassenstand beträgt 300 Euro.

3 Sommerfest
Das Fest findet im August statt.

4 Verschiedenes
Nichts.
""") == ["Begrüßung", "Kassenbericht", "Sommerfest", "Verschiedenes"]


def test_two_lines_opening_with_a_number_are_no_agenda():
    titles = _titles("""Protokoll der Vorstandssitzung am 09.07.2024

TOP 1 Begrüßung
Es fehlen:
1 Person aus dem Vorstand
2 Gäste haben abgesagt.

TOP 2 Kasse
Der Kassenstand beträgt 300 Euro.
""")
    assert titles == ["Begrüßung", "Kasse"]


def test_indented_numbers_without_dots_are_no_items():
    assert _titles("""Protokoll der Sitzung am 09.07.2024

1. Einkauf
   1 Beamer
   2 Kabel
   3 Leinwände

2. Kasse
Alles in Ordnung.
""") == ["Einkauf", "Kasse"]


def test_a_nested_numbered_list_does_not_take_over_the_items():
    r = read_protocol(
        b"""Protokoll der Sitzung am 12.09.2018

1. Versicherungsstatus
   Konkreter Status ist nicht bekannt.
2. Spendenanfrage
   1. Anfrage an die Stadt
   2. Anfrage an die Bank
3. Vereinskasse
   Alles in Ordnung.
4. Termine
   Keine.
""",
        filename="x.txt",
    )
    assert [a["title"] for a in r["agenda"]] == [
        "Versicherungsstatus",
        "Spendenanfrage",
        "Vereinskasse",
        "Termine",
    ]


def test_an_agenda_written_in_long_sentences_keeps_them_as_items():
    r = read_protocol(
        b"""# AGM Minutes 2019-09-14

## Agenda

1. To confirm the minutes of the previous AGM and of any special general meeting held since then.
2. To receive and consider the annual report
3. Elect the committee members
""",
        filename="2019-09-14.md",
    )
    titles = [a["title"] for a in r["agenda"]]
    assert titles[0].startswith("To confirm the minutes of the previous AGM")
    assert titles[1:] == [
        "To receive and consider the annual report",
        "Elect the committee members",
    ]


def test_a_long_numbered_sentence_alone_is_no_item():
    r = read_protocol(
        b"""Protokoll der Sitzung am 14.09.2019

TOP 1 Kasse
1. Der Vorstand hat nach langer Diskussion beschlossen, dass die Kasse jetzt monatlich gepr\xc3\xbcft wird.

TOP 2 Sommerfest
Das Fest findet statt.
""",
        filename="x.txt",
    )
    assert [a["title"] for a in r["agenda"]] == ["Kasse", "Sommerfest"]

"""Titles as a person reads them: no pictographs before them, no page numbers or names after them."""

from transferhub.protocols.reader import read_protocol


def _agenda(text: str, name: str = "x.md") -> list[dict]:
    return read_protocol(text.encode(), filename=name)["agenda"]


def test_pictographs_before_a_title_are_left_out():
    agenda = _agenda("""# Plenum am 02.02.2023

## 📦👾 Kallaxe? Memberboxen?

Besprochen.

## 🎁🥳 Geburtstagsparty: 10 Jahre

Im März.
""")
    assert [a["title"] for a in agenda] == ["Kallaxe? Memberboxen?", "Geburtstagsparty: 10 Jahre"]


def test_a_table_of_contents_gives_titles_and_presenters_but_no_page_numbers():
    agenda = _agenda(
        """Protokoll der 2. Projektbesprechung am 14.05.2013

Tagesordnung

1\tProbleme allgemein\t1

2\tDokumentation (Sabine Kressierer)\t2

3\tGehäuse (Anna Berg, Ben Kurz)\t2

1. Probleme allgemein
Keine.

2. Dokumentation (Sabine Kressierer)
Sabine verwaltet die Dokumentation.

3. Gehäuse (Anna Berg, Ben Kurz)
Der Entwurf ist fertig.
""",
        "x.txt",
    )
    assert [(a["title"], [p["name"] for p in a["presenters"]]) for a in agenda] == [
        ("Probleme allgemein", []),
        ("Dokumentation", ["Sabine Kressierer"]),
        ("Gehäuse", ["Anna Berg", "Ben Kurz"]),
    ]

"""A numbered paragraph led by its topic takes the topic as its title, the rest as minutes.

"2. Intermediate actions: Sebastian filed the forms for" / "payments made. Alistair …": the
paragraph runs on, so the words before the colon (or the first full stop) are the topic.
"4. Unanimous consent votes: none requested." ends its sentence after the colon. A title
whose colon joins two parts of a name ("Electron 9 release: tweets", "Goals for TAC:
Year 2") or a line of one sentence ("OWD was launched. Congratulations all!") stays whole.
"""

from transferhub.protocols.reader import read_protocol


def _items(text: str) -> list[tuple[str, str]]:
    result = read_protocol(text.encode(), filename="x.txt")
    return [(a["title"], a["minutes"]) for a in result["agenda"]]


def test_english_numbered_paragraphs_led_by_their_topics():
    items = _items("""Minutes of a Regular Meeting of the Board of Directors, February 3, 2022

1. Approval of minutes from previous meetings.

2. Intermediate actions: Sebastian filed the tax forms for payments made to
contractors. Alistair will file the state report.

3. Unanimous consent votes: none requested.

4. Board elections 2022. This year's election will be based on cohort A, which
now includes three directors.

5. Electron 9 release: tweets and a blog post

6. Goals for TAC: Year 2
""")
    assert [t for t, _ in items] == [
        "Approval of minutes from previous meetings.",
        "Intermediate actions",
        "Unanimous consent votes",
        "Board elections 2022",
        "Electron 9 release: tweets and a blog post",
        "Goals for TAC: Year 2",
    ]
    assert items[1][1].startswith("Sebastian filed the tax forms")


def test_german_numbered_paragraphs_led_by_their_topics():
    items = _items("""Protokoll der Vorstandssitzung vom 03.02.2022

1. Genehmigung des Protokolls der letzten Sitzung.

2. Finanzbericht: Der Kassenwart stellt den Jahresabschluss vor und erläutert
die einzelnen Posten.

3. Umlaufbeschlüsse: keine.

4. Nach der MV: Eintragung beim Notar

5. Sommerfest. Das Fest findet am 5. Juli statt, die Einladungen gehen
nächste Woche hinaus.
""")
    assert [t for t, _ in items] == [
        "Genehmigung des Protokolls der letzten Sitzung.",
        "Finanzbericht",
        "Umlaufbeschlüsse",
        "Nach der MV: Eintragung beim Notar",
        "Sommerfest",
    ]
    assert items[1][1].startswith("Der Kassenwart stellt")

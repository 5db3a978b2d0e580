"""An agenda written without list marks gives the items when the minutes name its lines again.

A PDF or Word export often loses the agenda's bullets: "Traktandenliste" / "Agenda" stands
over one short line per entry, and the minutes below name each entry again as a line of its
own over its notes. Those lines are the items, in the agenda's order. A block of sentences
under the label, or lines the minutes never name again, stay what they are.
"""

from transferhub.protocols.reader import parse_text


def _titles(text: str) -> list[str]:
    return [it["title"] for it in parse_text(text, fmt="txt")["agenda"]]


GERMAN = """Protokoll Mitgliederversammlung vom 7.3.2023

Vorsitz Lea Graf
Ort Gemeindesaal Wabern

Traktandenliste

Begrüssung
Genehmigung letztes Protokoll
Jahresrechnung 2022
Varia

Begrüssung

Lea Graf begrüsst die 31 Anwesenden.

Genehmigung letztes Protokoll

Das Protokoll vom 2. März 2022 wird einstimmig genehmigt.

Jahresrechnung 2022

Der Kassier erläutert die Rechnung. Sie schliesst mit einem kleinen Gewinn.

Varia

Keine Wortmeldungen.
"""


def test_german_unmarked_agenda_named_again_gives_the_items():
    assert _titles(GERMAN) == [
        "Begrüssung",
        "Genehmigung letztes Protokoll",
        "Jahresrechnung 2022",
        "Varia",
    ]


ENGLISH = """Minutes of the Residents' Association, 14 June 2022

Agenda

Welcome
Parking on Elm Road
Summer fair

Welcome

The chair welcomed 18 residents.

Parking on Elm Road

The council will be asked for two more bays. Ana will write the letter.

Summer fair

The fair takes place on 9 July.
"""


def test_english_unmarked_agenda_named_again_gives_the_items():
    assert _titles(ENGLISH) == ["Welcome", "Parking on Elm Road", "Summer fair"]


def test_sentences_under_the_label_are_no_agenda():
    text = (
        "Minutes of 14 June 2022\n\nAgenda\n\nWe looked at the parking.\nThe fair was planned.\n\n"
        "We looked at the parking.\n\nTwo bays are asked for.\n"
    )
    assert len(_titles(text)) <= 1


def test_unmarked_lines_never_named_again_are_no_items():
    text = (
        "Minutes of 14 June 2022\n\nAgenda\n\nWelcome\nParking\n\n"
        "The chair opened the meeting and the parking was discussed at length.\n"
    )
    assert _titles(text) != ["Welcome", "Parking"]

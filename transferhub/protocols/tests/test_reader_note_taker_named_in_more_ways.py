"""The note-taker named in a shared sentence, beside the list of those present, or elected."""

from transferhub.protocols.reader import read_protocol


def _note_taker(text: str, name: str = "x.md") -> str | None:
    return read_protocol(text.encode(), filename=name)["note_taker"]


def test_one_verb_for_chair_and_note_taker():
    assert (
        _note_taker(
            "# Protokoll der Gründungsversammlung am 26.11.2018\n\nMit Einverständnis aller "
            "übernahm Daniel Nüst die Versammlungsleitung und Felix Lange die Protokollführung.\n\n"
            "1. Satzung\nBeraten.\n\n2. Wahlen\nGewählt.\n"
        )
        == "Felix Lange"
    )
    assert (
        _note_taker(
            "Protokoll der Sitzung am 01.02.2024\n\nAnna Berg übernimmt die Protokollführung.\n\n"
            "TOP 1 Kasse\nOk.\n\nTOP 2 Fest\nOk.\n"
        )
        == "Anna Berg"
    )


def test_taking_minutes_beside_a_name_and_its_initials():
    assert (
        _note_taker(
            "# Meeting minutes 22nd of July 2016\n\nPresent: Rowan Manning RM, Andrew Walker AW, "
            "Andrew Mee AM (taking minutes)\n\n## Roadmap\n\nDiscussed.\n\n## Website\n\nDone.\n"
        )
        == "Andrew Mee"
    )


def test_the_person_elected_under_an_item_electing_the_note_taker():
    text = """Protokoll der 4. Vorstandssitzung vom 05. Dezember 2019

## TOP 1. Begrüßung
Der Vorsitzende begrüßt alle.

## TOP 2. Wahl des Protokollanten
Da der Schriftführer fehlt, meldet sich der Kassenwart (Philipp Menke). Der 1. Vorsitzende stellt
Philipp Menke zur Wahl. Er wird einstimmig gewählt.

## TOP 3. Kasse
Ok.
"""
    assert _note_taker(text) == "Philipp Menke"


def test_an_english_election_of_the_minute_taker():
    text = """# Committee meeting 5 May 2021

## 1. Election of a minute taker
Jane Doe volunteered; Jane Doe was elected.

## 2. Budget
Approved.
"""
    assert _note_taker(text) == "Jane Doe"


def test_an_office_filled_by_election_names_the_one_elected_not_a_noun():
    text = """Protokoll der Mitgliederversammlung am 13.12.2024

TOP 1 Formalia
Der Versammlungsvorsitz bestimmt Jan Dietrich als Schriftführer.

TOP 2 Wahlen
Anna Berg wird mit 21 Ja, 0 Nein, 1 Enthaltung für die nächste Amtsperiode als Schriftführerin
in den Vorstand gewählt. Sie nimmt die Wahl an.
Ben Kurz wird als stellvertretender Schriftführer gewählt.
"""
    assert _note_taker(text, "x.txt") in ("Jan Dietrich", "Anna Berg")


def test_the_note_taker_elected_for_the_meeting():
    text = """# Protokoll Generalversammlung 2018

### Wahl Protokollführer und Stimmenzähler
*Als Protokollführer wurde einstimmig Mike Marti gewählt.*

### Budget
Angenommen.
"""
    assert _note_taker(text) == "Mike Marti"


def test_a_protokoll_heading_over_the_minutes_sections_names_nobody():
    text = "# Treffen am 16.04.2019\n\n## Protokoll\n\n### Festlegungen\n- Kein Treffen\n\n### Aufgaben\n- Logo\n"
    assert _note_taker(text) is None


def test_a_name_set_as_a_heading_below_respectfully_submitted():
    text = (
        "# Minutes of the Commission, July 13, 2022\n\n1. Roll call\nAll present.\n\n2. Business\nNone.\n\n"
        "# Respectfully Submitted,\n\n# Jasmine Bellow\n"
    )
    assert _note_taker(text) == "Jasmine Bellow"

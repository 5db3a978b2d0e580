"""An election counts one decision per office filled, as the label rules say: "A wurde zum
Vorsitzenden, B zur Kassiererin und C zum Schriftführer gewählt" is three; "Alle wurden
wiedergewählt" after the sentences that put up four offices is four; a lead ("Als neuer
Vorstand wurden gewählt:", "the following were elected:") over the offices and their holders,
listed or one to a line, is one a line, each line's own count kept.

Still one: the two auditors of one office, people elected en bloc to one body with no
offices named ("X und Y wurden in den Vorstand gewählt"), an office named only as who
reported or who stood down, the discharge of the board, and a list of candidates put up
("Zur Wahl vorgeschlagen wurden:").
"""

import pytest

from transferhub.protocols.reader import parse_text
from transferhub.protocols.reader.offices import election_lead, offices_elected


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "Greta Lind wurde zur Vorsitzenden, Otto Frey zum Kassier und Ina Dorn zur "
            "Schriftführerin gewählt.",
            3,
        ),
        ("Jonas Wirt wurde zum 1. Vorsitzenden und Mara Keil zur 2. Vorsitzenden gewählt.", 2),
        (
            "Einstimmig wurden Lutz Abel als Kassenwart und Pia Sorg als Schriftwartin "
            "wiedergewählt.",
            2,
        ),
        (
            "Auch Kassierin Rita Haag und die Kassenprüfer Emil Zorn und Udo Falk stellten sich "
            "erneut zur Verfügung und wurden ebenfalls gewählt.",
            2,
        ),
        ("Nora Blum was elected chair, Sam Okafor treasurer and Lee Park secretary.", 3),
        ("Dev Rao was re-elected as president and Ada Cole as treasurer.", 2),
        # One office, or one body en bloc: one election.
        ("Emil Zorn und Udo Falk wurden als Kassenprüfer gewählt.", 1),
        ("Paula Reh und Timo Sand wurden in den Vorstand gewählt.", 1),
        ("Kim Vogt was elected treasurer.", 1),
        # An office named beside the election, not filled by it.
        ("Die Kassiererin Rita Haag berichtete, danach wurde Lutz Abel zum Kassenwart gewählt.", 1),
        (
            "Max Ebert wurde zum Beisitzer gewählt, nachdem er als Schriftführer zurückgetreten war.",
            1,
        ),
        ("Sue Dale was elected secretary, who had served as treasurer before.", 1),
    ],
)
def test_an_election_sentence_counts_the_offices_it_fills(sentence, count):
    assert offices_elected(sentence) == count


def test_all_re_elected_counts_the_offices_put_up_before():
    before = [
        "Linus Acker stellte sich erneut als Präsident zur Verfügung.",
        "Auch Eva Brand und Tim Kolb waren bereit, sich als Aktuarin und Materialwart zur "
        "Wiederwahl zu stellen.",
    ]
    assert offices_elected("Alle wurden einstimmig wiedergewählt.", before) == 3
    stood = ["Jo Hart stood again as chair and Ravi Nair as treasurer."]
    assert offices_elected("Both were re-elected unopposed.", stood) == 2
    # Nothing put up before: the sentence alone is one election.
    assert offices_elected("Alle wurden einstimmig wiedergewählt.", []) == 1


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        ("Als neuer Vorstand wurden gewählt:", True),
        ("Die Versammlung wählt den Vorstand einstimmig wie folgt:", True),
        ("The following were elected to the posts shown", True),
        ("Zur Wahl vorgeschlagen wurden:", False),
        ("Gewählt werden sollen folgende Personen:", False),
        ("Der Vorstand wurde gewählt.", False),
    ],
)
def test_a_lead_over_the_results_is_told_from_candidates_and_an_election_alone(sentence, lead):
    assert election_lead(sentence) is lead


def _decisions(text):
    r = parse_text(text, fmt="md")
    return [d for item in r["agenda"] for d in item["decisions"]]


VEREIN = """# Mitgliederversammlung des Kanuvereins am 14. März 2026

## TOP 1 Entlastung

Der Vorstand wird einstimmig entlastet.

## TOP 2 Wahlen

Nach dem Bericht der Kassenprüfer wurden als neuer Vorstand gewählt:

- **1. Vorsitzende:** Hanna Pohl
- **2. Vorsitzender:** Bruno Weil (vorher Kai Roth)
- **Kassier:** Sören Lutz (12 Ja, 0 Nein, 1 Enthaltung)
- **Beisitzer:** Uta Kern, Olaf Seidel

## TOP 3 Verschiedenes

Die Kassiererin Rita Haag berichtet über die Bootshalle.
"""


def test_a_list_under_an_election_lead_gives_one_election_an_office():
    found = _decisions(VEREIN)
    assert len(found) == 5  # the discharge, and four offices (the assessors one office)
    assert all(d["kind"] == "resolution" for d in found)
    assert [d["votes"] for d in found if d["votes"]] == [{"yes": 12, "no": 0, "abstain": 1}]


CLUB = """# Annual General Meeting of the Harbour Rowing Club, 3 May 2026

## 1. Minutes

The minutes of the last AGM were approved unanimously.

## 2. Election of Officers

There being no other nominations, the following were elected:

Chair: Ruth Ames
Treasurer: Femi Adeyemi
Secretary: Joan Pike

## 3. Reports

The treasurer reported a surplus. The secretary thanked the volunteers.
"""


def test_lines_of_office_and_holder_under_an_english_lead_are_one_election_each():
    found = _decisions(CLUB)
    assert len(found) == 4
    assert [d["text"] for d in found[1:]] == [
        "Chair: Ruth Ames",
        "Treasurer: Femi Adeyemi",
        "Secretary: Joan Pike",
    ]


KANDIDATEN = """# Mitgliederversammlung des Schachclubs am 2. Mai 2026

## TOP 4 Wahlen

Zur Wahl vorgeschlagen wurden:

- Vorsitz: Nils Berger
- Kasse: Ida Marx

Beide wurden einstimmig gewählt.
"""


def test_candidates_put_up_are_no_elections_of_their_own():
    found = _decisions(KANDIDATEN)
    assert len(found) == 1

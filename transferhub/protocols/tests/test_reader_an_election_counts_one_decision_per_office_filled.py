"""An election counts one decision per office filled, as the label rules say: "A wurde zum
Vorsitzenden, B zur Kassiererin und C zum Schriftführer gewählt" is three; "Alle wurden
wiedergewählt" after the sentences that put up four offices is four; a lead ("Als neuer
Vorstand wurden gewählt:", "the following were elected:") over the offices and their holders,
listed, one to a line or a table's rows, is one a line, each line's own count kept; so is a
list of offices and holders under an election heading ("## Committee Elections" over "*
Treasurer - Tom Hill").

Still one: the two auditors of one office, people elected en bloc to one body with no
offices named ("X und Y wurden in den Vorstand gewählt"), an office named only as who
reported or who stood down, the discharge of the board, and a list of candidates put up
("Zur Wahl vorgeschlagen wurden:"), helpers of an election being organised ("Plakate: Jana"
under "Wahlen zum Studierendenrat"), and a table's row of someone not elected.
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


COMMITTEE = """# Annual General Meeting of the Fenwick Kite Flyers, 9 June 2026

## 1. Minutes

The minutes of the last AGM were approved unanimously.

## 2. Committee Elections

* Chair - Orla Quinn
* Treasurer - Bram Kools
* Safety Officer - Lena Fisk
* Secretary - Tariq Aziz

## 3. Any other business

The treasurer thanked everyone for the raffle.
"""


def test_a_list_of_offices_and_holders_under_an_election_heading_is_one_election_a_line():
    found = _decisions(COMMITTEE)
    assert len(found) == 5
    assert found[1]["text"] == "Chair - Orla Quinn"


VORSTANDSWAHL = """# Jahreshauptversammlung des Gartenvereins am 21. März 2026

## TOP 3 Vorstandswahlen

Die Versammlung wählte offen per Handzeichen.

- Ingrid Stahl wiedergewählt als Vorsitzende
- Kassier: Udo Brenner
- Schriftführerin: Mia Löw
"""

WAHLHELFER = """# Sitzung des Fachschaftsrats am 4. Mai 2026

## TOP 2 Wahlen zum Studierendenrat

- Plakate: Jana
- Wahlhelfer: Ole
- Urnen: Emre
"""

VORSCHLAEGE = """# Mitgliederversammlung des Tennisclubs am 7. März 2026

## TOP 6 Wahlen

Folgende Kandidaten wurden vorgeschlagen:

- Vorsitz: Karl Imhof
- Kasse: Sina Vogel

Die Wahl wird auf die nächste Versammlung vertagt.
"""


def test_a_german_election_heading_over_offices_and_holders_gives_one_election_each():
    found = _decisions(VORSTANDSWAHL)
    assert len(found) == 3
    assert all(d["kind"] == "resolution" for d in found)


@pytest.mark.parametrize("text", [WAHLHELFER, VORSCHLAEGE])
def test_helpers_of_an_election_or_candidates_put_up_are_no_elections(text):
    found = _decisions(text)
    assert not [d for d in found if d["kind"] == "resolution"]


AUSSCHUESSE = """# Sitzung des Studierendenparlaments am 12. Mai 2026

## TOP 5 Ausschüsse

Es wurden die Mitglieder der Fraktionen in die Ausschüsse gewählt. Die Besetzung ist wie folgt:

| Ausschuss | Mitglied | Vertretung |
| --- | --- | --- |
| Finanzausschuss | Jule Brandt | Timo Esch |
| Kulturausschuss | Timo Esch | *keine* |
| Sportausschuss | Mira Hoff | Jule Brandt |
"""

BOARD_TABLE = """# Annual Meeting of the Elm Street Tenants' Association, 2 April 2026

## 4. Elections

The meeting elected the following officers:

| Office | Name |
|---|---|
| Chair | Grace Odum |
| Treasurer | Piet Mol |
| Auditor | Nell Brown |
| Secretary | Sam Roe (not elected, no quorum for him) |
"""


@pytest.mark.parametrize(("text", "count"), [(AUSSCHUESSE, 3), (BOARD_TABLE, 3)])
def test_a_table_under_an_election_gives_one_election_a_row(text, count):
    found = _decisions(text)
    assert len(found) == count
    assert all(d["kind"] == "resolution" for d in found)


def _item(label, lines):
    return (
        "# Mitgliederversammlung des Imkervereins am 3. März 2026\n\n## TOP 4 Verschiedenes\n\n"
        + label
        + "\n\n"
        + "".join(f"- {line}\n" for line in lines)
        + "\nDie Versammlung endet um 21 Uhr.\n"
    )


@pytest.mark.parametrize(
    ("label", "lines", "count"),
    [
        ("Wahlergebnisse:", ["Vorsitz: Olga Reuter", "Kasse: Finn Adler"], 2),
        ("Elected:", ["Chair: Rosa Diaz", "Treasurer: Ken Ito", "Secretary: Abe Lund"], 3),
        ("Reports from elected members:", ["Chair: Rosa Diaz", "Treasurer: Ken Ito"], 0),
        ("Kassenbericht:", ["Vorsitz: Olga Reuter", "Kasse: Finn Adler"], 0),
    ],
)
def test_a_label_of_election_results_over_offices_and_holders(label, lines, count):
    assert len(_decisions(_item(label, lines))) == count

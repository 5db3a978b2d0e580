"""Every recorded decision is counted, with its kind and votes, in German and English."""

import pytest

from transferhub.protocols.reader import decisions, parse_text


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Es wird beschlossen, den Beitrag auf 20 Euro zu erhöhen.", "resolution"),
        ("Der Haushalt 2023 wird einstimmig angenommen.", "resolution"),
        ("Die Versammlung stimmt dem Antrag des Vorstands zu.", "resolution"),
        ("Der Vorstand lehnt den Vorschlag ab.", "rejected"),
        # Approved without a vote told: agreed, as the corpus's label rules read it.
        ("Das Protokoll der letzten Sitzung wird genehmigt.", "agreement"),
        ("The motion carried.", "resolution"),
        ("The board approved the budget for 2023.", "resolution"),  # a named body approves
        ("The committee voted to buy a new printer.", "resolution"),
        ("It was agreed that the AGM moves to May.", "agreement"),
        ("RESOLVED that the annual report be adopted.", "resolution"),
        ("The minutes of the last meeting were approved.", "agreement"),
        ("The proposal was rejected by the members.", "rejected"),
        ("Es wurde vereinbart, dass wir uns monatlich treffen.", "agreement"),
        (
            "Nach Diskussion wurde per Abstimmung mit 5 zu 1 Stimmen eine Frist von 2 Tagen angenommen.",
            "resolution",
        ),  # fmt: skip
    ],
)
def test_a_decision_sentence_gives_its_kind(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Wir diskutieren über den Haushalt.",
        "Anna fragt, ob der Antrag angenommen werden kann?",
        "The board discussed the budget.",
        "We agreed on nothing in particular",
        "Die Stimmung ist gut.",
        "Es wird angenommen, dass die Kosten steigen.",
    ],
)
def test_other_sentences_record_no_decision(sentence):
    assert decisions.sentence_kind(sentence) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Carried.", "resolution"),
        ("Motion passed unanimously (5-0-0).", "resolution"),
        ("Einstimmig angenommen.", "resolution"),
        ("Abgelehnt (2/5/1).", "rejected"),
        ("Motion failed.", "rejected"),
    ],
)
def test_an_outcome_alone_is_recognised(text, kind):
    assert decisions.outcome_alone(text) == kind


def test_an_outcome_with_a_new_sentence_is_no_outcome_alone():
    assert decisions.outcome_alone("Angenommen wird, dass alle kommen.") is None


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("einstimmig angenommen (7/0/1)", (7, 0, 1)),
        ("mit 5:1:0 angenommen", (5, 1, 0)),
        ("Carried 5-0-1", (5, 0, 1)),
    ],
)
def test_bare_vote_counts_are_read(text, votes):
    got = decisions.bare_votes(text)
    assert (got["yes"], got["no"], got["abstain"]) == votes


GERMAN = """# Protokoll der Mitgliederversammlung vom 3. März 2022

## TOP 1 Protokoll

Das Protokoll der letzten Versammlung wird einstimmig genehmigt.

## TOP 2 Beitrag

Antrag des Vorstands: Der Beitrag steigt auf 20 Euro.

Angenommen (12/1/2).

**Beschluss:** Die Kasse wird von zwei Personen geprüft.

## TOP 3 Sonstiges

Es wird diskutiert, aber nichts beschlossen.
"""

ENGLISH = """# Minutes of the Board, March 3, 2022

## 1. Budget

Jane moved to adopt the 2022 budget, seconded by John.

Motion carried 5-0-1.

## 2. Printer

The board voted to buy a new printer. It was agreed that John orders it.

## 3. Other business

A motion to change the logo failed.
"""


def test_german_minutes_count_every_decision_with_its_votes():
    r = parse_text(GERMAN, fmt="md")
    got = [
        (it["number"], d["kind"], d["votes"] and tuple(d["votes"].values()))
        for it in r["agenda"]
        for d in it["decisions"]
    ]
    assert got == [
        ("1", "resolution", None),
        ("2", "resolution", (12, 1, 2)),
        ("2", "resolution", None),
    ]


def test_english_minutes_count_every_decision_with_its_votes():
    r = parse_text(ENGLISH, fmt="md")
    got = [
        (it["number"], d["kind"], d["votes"] and tuple(d["votes"].values()))
        for it in r["agenda"]
        for d in it["decisions"]
    ]
    assert got == [
        ("1", "resolution", (5, 0, 1)),
        ("2", "resolution", None),
        ("2", "agreement", None),
        ("3", "rejected", None),
    ]
    assert r["agenda"][0]["decisions"][0]["text"].startswith("Jane moved to adopt")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("We decided to postpone this to the next meeting.", "postponement"),
        ("We agreed to meet monthly.", "agreement"),
        ("Wir beschließen, den Raum zu mieten.", "resolution"),
        ("Beide Protokolle werden vom Vorstand einstimmig genehmigt.", "resolution"),
    ],
)
def test_decisions_by_the_group_itself_are_recognised(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


def test_a_negated_agreement_is_no_decision():
    assert decisions.sentence_kind("Wir einigen uns nicht auf einen Termin.") is None


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("wurde per Abstimmung mit 5 zu 1 Stimmen angenommen", (5, 1, 0)),
        ("carried by 7 votes to 2 with 1 abstention", (7, 2, 1)),
        ("Ergebnis: 5 Ja-Stimmen, 1 Nein-Stimme", (5, 1, 0)),
    ],
)
def test_votes_written_out_are_read(text, votes):
    from transferhub.protocols.reader import content

    got = content.parse_votes(text)
    assert (got["yes"], got["no"], got["abstain"]) == votes


BOARD = """# Protokoll der Vorstandssitzung vom 20. Juni 2020

## TOP 1. Geschäftsordnung

Der Vorsitzende schlägt vor, den Turnus zu ändern.
Beschlussfassung:

In §3 soll das Wort „vierteljährlich“ durch „halbjährlich“ ersetzt werden.

Der Vorstand stimmt über den Antrag wie folgt ab:

**Dafür 5**
**Dagegen 0**
**Enthaltung 0**
Der Antrag wurde einstimmig angenommen.

## zu 2.

Konsensvorschlag: Das Protokoll vom 12.12.2019 wird beschlossen.

Konsens: Einstimmig angenommen.
"""


def test_a_motion_its_vote_and_its_outcome_are_one_decision():
    r = parse_text(BOARD.replace("## zu 2.", "## TOP 2. Protokoll"), fmt="md")
    first, second = (it["decisions"] for it in r["agenda"])
    assert len(first) == 1
    assert first[0]["votes"] == {"yes": 5, "no": 0, "abstain": 0}
    assert first[0]["text"].startswith("In §3")
    assert len(second) == 1


def test_zu_headings_name_the_items_of_the_agenda_by_number():
    text = (
        "# Protokoll der Versammlung vom 11. Juni 2016\n\n1. Wahl der Leitung\n2. Tagesordnung\n\n"
        "## zu 1.\nAnna wird einstimmig gewählt.\n\n## zu 2.\nDie Tagesordnung wurde einstimmig "
        "angenommen.\n"
    )
    r = parse_text(text, fmt="md")
    assert [i["title"] for i in r["agenda"]] == ["Wahl der Leitung", "Tagesordnung"]
    assert r["agenda"][0]["minutes"].startswith("Anna wird")
    assert len(r["agenda"][1]["decisions"]) == 1

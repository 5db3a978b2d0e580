"""Decisions as clubs, councils and teams write them: a motion closed by its outcome in one
paragraph, the room's assent, a body and its verb, a list of decisions under a lead line,
"Abstimmung:" over the decision, and vote tallies of two counts; never a proposal still open.
"""

import pytest

from transferhub.protocols.reader import decisions, read_protocol
from transferhub.protocols.reader.content import parse_votes, split_sentences


def _read(text: str, name: str = "2024-03-12.md") -> list[dict]:
    r = read_protocol(text.encode(), filename=name)
    return [d for a in r["agenda"] for d in a["decisions"]]


def test_a_motion_and_its_outcome_in_one_paragraph_are_one_decision_named_by_the_motion():
    got = _read("""# Committee meeting 12 March 2024

## 1. Minutes

Treasurer moved to accept the minutes of the last meeting. Passed.

## 2. Hall hire

It was moved by Ann Lee, seconded by Raj Patel, to raise the hall fee. Unanimously carried by voice vote. Two members left early.

## 3. Website

MOTION: Proposed by Ann and seconded by Raj. Passed? Yes.
""")
    assert [d["kind"] for d in got] == ["resolution"] * 3
    assert got[0]["text"].startswith("Treasurer moved to accept the minutes")
    assert got[1]["text"].startswith("It was moved by Ann Lee")
    assert "Two members" not in got[1]["text"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Motioned by Ann, second Raj and adopted.", "resolution"),
        ("Raj nominated Ann Lee and Tom Berg as publications officers (passed)", "resolution"),
        ("Ann moved that the reports be accepted: passed.", "resolution"),
        ("Motion by Raj to buy a projector. Seconded by Ann. Motion lost.", "rejected"),
        ("Antrag von Anna, das Sommerfest zu verlegen. Angenommen.", "resolution"),
    ],
)
def test_a_motion_closed_by_its_outcome(sentence, kind):
    units = decisions.join_motions(split_sentences(sentence))
    assert [decisions.sentence_kind(u) for u in units] == [kind]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Passed without dissent.",
        "Carried by voice vote.",
        "Approved as provided.",
        "Motion lost.",
        "Angenommen ohne Gegenstimmen.",
    ],
)
def test_an_outcome_on_its_own_line_decides_the_motion_above(paragraph):
    got = _read(f"""# Sitzung 12.03.2024

## 1. Beamer

Ann moved to buy a new projector, seconded by Raj.

{paragraph}
""")
    assert len(got) == 1
    assert got[0]["text"].startswith("Ann moved to buy")
    assert got[0]["kind"] == ("rejected" if "lost" in paragraph else "resolution")


@pytest.mark.parametrize(
    ("paragraph", "kind"),
    [
        ("Deferred to the next meeting.", "postponement"),
        ("Vertagt auf die nächste Sitzung.", "postponement"),
        ("Agreed.", "agreement"),
        ("Approved to join.", "resolution"),
    ],
)
def test_short_outcomes_and_where_a_matter_is_put_off(paragraph, kind):
    assert decisions.outcome_alone(paragraph) == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Everyone agrees this makes sense.", "agreement"),
        ("Everyone is on board.", "agreement"),
        ("All present were in agreement.", "agreement"),
        ("Consensus was reached on the new logo.", "agreement"),
        ("General agreement to keep the meeting monthly.", "agreement"),
        ("Die Runde ist sich einig, dass wir den Raum behalten.", "agreement"),
        ("Wir sind uns einig, dass das Fest im Juni stattfindet.", "agreement"),
        ("Man einigt sich auf Dienstag als festen Termin.", "agreement"),
        ("Es wird sich darauf geeinigt, die Kasse monatlich zu prüfen.", "agreement"),
        ("Es besteht Einigkeit, dass der Beitrag bleibt.", "agreement"),
        ("Daher einigen wir uns auf Python als Sprache.", "agreement"),
        ("Als Gruppennamen legen wir „Die Vier“ fest.", "agreement"),
        ("Alle sind einverstanden.", "agreement"),
        ("Alle stimmen zu.", "resolution"),
        # Short, but the assent is told inside a sentence, not given alone under a motion.
        ("We all agreed the new rota.", "agreement"),
        ("Wir waren alle dafür.", "agreement"),
        ("All agreed.", "resolution"),
        ("Alle dafür.", "resolution"),
    ],
)
def test_the_rooms_assent_is_an_agreement(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The release team agreed to ship version 2 on Friday.", "agreement"),
        ("The working group decided to drop the old API.", "agreement"),
        ("Members voted to keep the fee at 20 euros.", "resolution"),
        ("Council then resolved to repair the bus shelter.", "resolution"),
        ("The trustees approved the annual accounts.", "resolution"),  # a named body approves
        ("Die MV stimmt einstimmig für die Einrichtung eines neuen Postens.", "resolution"),
        ("Der Vorstand stimmt gegen den Antrag.", "rejected"),
        ("Der Vorstand wird von der Versammlung einstimmig entlastet.", "resolution"),
        ("Der Antrag wird mangels Kandidaten verworfen.", "rejected"),
        ("Blau wird als Vereinsfarbe ausgewählt.", "agreement"),
        ("Jane Doe was declared elected by acclamation.", "resolution"),
        ("Tom Berg was elected treasurer by acclamation.", "resolution"),
        ("These were duly approved (proposed by Ann, seconded by Raj).", "resolution"),
        ("The accounts were presented, which were duly approved.", "agreement"),
        ("March 3, 2024 council meeting minutes approved by email.", "agreement"),
    ],
)
def test_a_body_and_its_verb_decide(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


def test_a_german_body_deciding_later_in_a_paragraph_is_found():
    got = _read("""# Vorstandssitzung 12.03.2024

## 1. Kasse

Die Kasse wurde geprüft. Der Vorstand beschließt, ein zweites Konto zu eröffnen.
""")
    assert [(d["kind"], d["text"]) for d in got] == [
        ("resolution", "Der Vorstand beschließt, ein zweites Konto zu eröffnen.")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Some members agreed that the room is too cold.",
        "Should we pass this motion?",
        "Ann moves to have the report adopted as presented.",
        "Not everyone agrees with the plan.",
        "Die Runde ist sich nicht einig.",
        "Es besteht keine Einigkeit über den Termin.",
        "Drei Chöre bewerben sich und werden dann ausgewählt.",
        "Der Termin wird noch festgelegt.",
        "Der Vorstand entscheidet über die Anträge.",
        "Ann proposed a new logo and agreed to draft it.",
    ],
)
def test_a_proposal_or_a_discussion_still_open_is_no_decision(sentence):
    units = decisions.join_motions([sentence])
    assert [decisions.sentence_kind(u) for u in units] == [None]


def test_a_lead_line_over_a_list_makes_each_entry_a_decision():
    got = _read("""# Treffen 12.03.2024

## 1. Projekt

Dabei wurden folgende Vereinbarungen getroffen:

- Abgabe bis Ende Juni
- Datenbank ist PostgreSQL
  - Version 16
- Treffen jeden Montag

## 2. Website

The following was agreed:

- Move the site to the new host
- Keep the old address for a year
""")
    assert [d["kind"] for d in got] == ["agreement"] * 5
    assert [d["text"] for d in got][:3] == [
        "Abgabe bis Ende Juni",
        "Datenbank ist PostgreSQL",
        "Treffen jeden Montag",
    ]


def test_a_section_label_without_a_colon_over_a_list_holds_decisions():
    got = _read("""Protokoll 03

Datum: 12.03.2024

Festlegungen

- Kein Treffen in den Ferien
- Intros überspringbar

Beschlüsse

- Der Beitrag bleibt bei 20 Euro
""")
    assert [d["kind"] for d in got] == ["agreement", "agreement", "resolution"]


@pytest.mark.parametrize(
    "lead",
    [
        "Folgendes wurde nicht entschieden:",
        "Wir besprechen, ob folgende Punkte beschlossen werden:",
    ],
)
def test_a_lead_line_that_decides_nothing_is_no_list_of_decisions(lead):
    assert decisions.list_lead(lead) is None


def test_a_decision_after_a_vote_label_without_counts_is_found():
    got = _read("""# Mitgliederversammlung 12.03.2024

## 1. Entlastung

Abstimmung: Der Vorstand wird von der Versammlung einstimmig entlastet.

## 2. Haushalt

Abstimmung: Der Haushaltsplan wird mit 12 Ja, 0 Nein, 1 Enthaltung angenommen.
""")
    assert [(d["kind"], d["votes"]) for d in got] == [
        ("resolution", None),
        ("resolution", {"yes": 12, "no": 0, "abstain": 1}),
    ]


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("Motion carried 5-0.", {"yes": 5, "no": 0, "abstain": 0}),
        ("Passed (6-1).", {"yes": 6, "no": 1, "abstain": 0}),
        ("The motion passed with a 11 - 4 vote.", {"yes": 11, "no": 4, "abstain": 0}),
        ("Vote: 4-1", {"yes": 4, "no": 1, "abstain": 0}),
        ("Der Antrag wird angenommen 7:0.", {"yes": 7, "no": 0, "abstain": 0}),
        ("Motion failed 3-2.", {"yes": 2, "no": 3, "abstain": 0}),
        ("Carried 5-0-1.", {"yes": 5, "no": 0, "abstain": 1}),
        ("Ja 7 / Nein 0 / Enthaltung 1", {"yes": 7, "no": 0, "abstain": 1}),
        ("For: 5, Against: 1, Abstain: 0", {"yes": 5, "no": 1, "abstain": 0}),
        ("Ergebnis: 7-0-1", {"yes": 7, "no": 0, "abstain": 1}),
        ("Abstimmung (Ja/Nein/Enthaltung): 7/0/1", {"yes": 7, "no": 0, "abstain": 1}),
        ("Abstimmung: 7 - 0 - 1", {"yes": 7, "no": 0, "abstain": 1}),
        ("7:0:1 angenommen", {"yes": 7, "no": 0, "abstain": 1}),
        ("5/0/1 (Ja/Nein/Enthaltung)", {"yes": 5, "no": 0, "abstain": 1}),
        ("angenommen mit 7 Stimmen bei einer Enthaltung", {"yes": 7, "no": 0, "abstain": 1}),
        ("(Ja: 5, Nein: 0, Enth.: 1)", {"yes": 5, "no": 0, "abstain": 1}),
        ("Yeas 5, Nays 0", {"yes": 5, "no": 0, "abstain": 0}),
        ("Motion carried 7 to 2.", {"yes": 7, "no": 2, "abstain": 0}),
        ("Passed 6 to 1 with 1 abstention.", {"yes": 6, "no": 1, "abstain": 1}),
        ("Approved unanimously (6-0).", {"yes": 6, "no": 0, "abstain": 0}),
    ],
)
def test_vote_tallies_in_every_common_form(text, votes):
    assert parse_votes(text) == votes


@pytest.mark.parametrize(
    "text",
    [
        "Approved at 10:30.",
        "Adopted: 3:00 pm",
        "Passed 2024-03-12.",
        "carried unanimously",
        "Sitzung am 12-03-2024 angenommen",
    ],
)
def test_a_time_a_date_or_a_word_is_no_tally(text):
    assert parse_votes(text) is None


def test_an_outcome_alone_under_an_items_heading_decides_the_item():
    got = _read("""# Sitzung 12.03.2024

## TOP 1 Genehmigung des Protokolls vom 20.02.2024

Beschlossen

## TOP 2 Approval of the agenda

Approved.

## TOP 3 Sommerfest

Vertagt.
""")
    assert [(d["kind"], d["text"]) for d in got] == [
        ("resolution", "Beschlossen"),
        ("agreement", "Approved."),  # a bare approval: no vote, motion or body told
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bastian und Thomas als Versammlungsleiter ohne Widerspruch bestimmt",
        "Anna Beispiel einstimmig zur Kassiererin gewählt.",
        "Haushaltsplan einstimmig verabschiedet.",
        "Ann Lee was unanimously elected as chair.",
    ],
)
def test_a_result_in_few_words_with_its_vote_is_a_resolution(sentence):
    assert decisions.sentence_kind(sentence) == "resolution"


@pytest.mark.parametrize(
    "sentence",
    ["Das ist bestimmt eine gute Idee.", "Anna wird im Juni verabschiedet."],
)
def test_few_words_without_a_vote_decide_nothing(sentence):
    assert decisions.sentence_kind(sentence) is None


def test_a_count_in_the_label_a_vote_without_counts_and_a_straw_poll():
    got = _read("""# Sitzung des Fachschaftsrats 12.03.2024

## TOP 1 Sommerfest

Beschluss (5/0/1): Der FSR finanziert das Sommerfest mit 200 Euro.

## TOP 2 Beamer

Antrag von Anna: Wir kaufen einen Beamer für den Sitzungsraum.

Abstimmung: einstimmig

## TOP 3 Raum

Meinungsbild: 6 dafür, 1 dagegen.

Die Diskussion wird in der nächsten Sitzung fortgesetzt.
""")
    assert [(d["kind"], d["votes"], d["text"][:22]) for d in got] == [
        ("resolution", {"yes": 5, "no": 0, "abstain": 1}, "Der FSR finanziert das"),
        ("resolution", None, "Antrag von Anna: Wir k"),
    ]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Es wird mit 5/0/1 beschlossen, einen Beamer zu kaufen.", "resolution"),
        ("Einigung auf den 5. Mai als Termin.", "agreement"),
        ("Entscheidung für Variante B.", "agreement"),
        ("Wir haben uns für Variante B entschieden.", "agreement"),
    ],
)
def test_german_decisions_with_a_count_inside_or_in_nouns(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


def test_decided_as_a_label_is_an_agreement():
    got = _read("""# Team meeting 12 March 2024

## 1. Schedule

Decided: meetings move to Tuesdays.
""")
    assert [(d["kind"], d["text"]) for d in got] == [("agreement", "meetings move to Tuesdays.")]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Die Mitgliederversammlung erteilt dem Vorstand einstimmig Entlastung.", "resolution"),
        ("Dem Vorstand wird Entlastung erteilt.", "resolution"),
        ("Dem Vorstand wird keine Entlastung erteilt.", "rejected"),
        (
            "Proposed by Cllr Smith, seconded by Cllr Jones and agreed that the hedge be cut.",
            "resolution",
        ),
        ("Moved by Ann, seconded by Raj, and carried unanimously.", "resolution"),
    ],
)
def test_the_boards_discharge_and_a_motion_agreed_in_one_clause(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


def test_a_recommendation_to_discharge_the_board_is_no_decision():
    assert (
        decisions.sentence_kind("Die Kassenprüfer empfehlen die Entlastung des Vorstands.") is None
    )


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        (
            "ROLL CALL VOTE: Smith - Yes, Jones - Yes, Lee - No, Kim - Abstain",
            {"yes": 2, "no": 1, "abstain": 1},
        ),
        (
            "Roll call: Cllr Smith, aye; Cllr Jones, aye; Cllr Lee, nay.",
            {"yes": 2, "no": 1, "abstain": 0},
        ),
        ("Abstimmung: Anna: ja, Ben: ja, Carla: nein", {"yes": 2, "no": 1, "abstain": 0}),
    ],
)
def test_a_roll_call_name_by_name_is_counted(text, votes):
    assert parse_votes(text) == votes


def test_names_with_yes_and_no_outside_a_vote_are_no_count():
    assert parse_votes("Question to the room. Anna - yes, Ben - no.") is None


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The third Thursday of each month has been chosen.", "agreement"),
        ("It has been decided to move the call to Fridays.", "agreement"),
        ("A decision was made to drop support for Python 2.", "agreement"),
        ("+1 decision made on the travel question.", "agreement"),
        ("The new logo has been formally approved.", "agreement"),
        ("Es wurde die Entscheidung getroffen, den Raum zu kündigen.", "agreement"),
        ("**New SIG: Law and Technology** Voted in by all present.", "resolution"),
    ],
)
def test_decisions_told_in_the_perfect_or_as_made(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "No decision was made.",
        "It has not yet been decided whether we meet in May.",
        "Eine Entscheidung wurde noch nicht getroffen.",
        "The decision on the logo is due next week.",
        "Has the budget been approved?",
    ],
)
def test_a_decision_not_made_is_none(sentence):
    assert decisions.sentence_kind(sentence) is None


def test_a_long_heading_inside_an_item_stays_apart_from_the_paragraph_below():
    title = (
        "Proposal to nominate a communications officer to handle social media and the "
        "responses to other sites; if this officer is on the board, they might also handle "
        "the board's e-mail"
    )
    got = _read(f"""# Board meeting 14 November 2018

## General items

### {title}

Everyone is OK with someone handling e-mail, but we won't create an officer position.
""")
    assert [(d["kind"], d["text"][:20]) for d in got] == [("agreement", "Everyone is OK with ")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The motion to buy a projector was tabled.",
        "Decision postponed until the budget is known.",
        "Die Entscheidung wird auf die nächste Sitzung vertagt.",
        "Die Abstimmung wird auf die nächste Sitzung verschoben.",
        "Der Antrag wird zurückgestellt.",
    ],
)
def test_a_matter_put_off_in_running_text_is_a_postponement(sentence):
    assert decisions.sentence_kind(sentence) == "postponement"


@pytest.mark.parametrize(
    "sentence",
    [
        "Punkt wurde verschoben, siehe unten.",
        "Der Tagesordnungspunkt wurde vertagt.",
        "Der Termin wird auf Dienstag verschoben.",
        "The decision was not postponed.",
        "Should this be deferred?",
    ],
)
def test_an_item_put_off_a_matter_moved_on_the_page_or_not_put_off_is_no_decision(sentence):
    assert decisions.sentence_kind(sentence) is None


@pytest.mark.parametrize(
    "text", ["Ergebnis: 12:30:00 Uhr Ende der Sitzung", "Result 12/30/2020 was noted."]
)
def test_a_clock_time_or_a_date_after_a_result_label_is_no_tally(text):
    assert parse_votes(text) is None


@pytest.mark.parametrize(
    ("text", "votes"),
    [("Ergebnis: 12:3:0", (12, 3, 0)), ("Result: 5/2/1", (5, 2, 1))],
)
def test_a_tally_after_a_result_label_is_still_read(text, votes):
    got = parse_votes(text)
    assert (got["yes"], got["no"], got["abstain"]) == votes


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Approval of March minutes - Unanimously approved as written", "resolution"),
        ("Haushalt 2025: einstimmig angenommen", "resolution"),
        ("Treasurer's report – motion carried 5-0", "resolution"),
    ],
)
def test_an_outcome_after_a_dash_or_colon_in_a_heading_decides_the_item(heading, kind):
    text = f"Minutes of the board, 3 March 2025\n\n## 1. {heading}\n\nSome notes.\n"
    item = read_protocol(text.encode(), filename="board.md")["agenda"][0]
    assert [d["kind"] for d in item["decisions"]] == [kind]


@pytest.mark.parametrize(
    "heading", ["Approval of the minutes", "Finanzen - Bericht", "TOP 3: Satzungsänderung"]
)
def test_a_heading_without_an_outcome_decides_nothing(heading):
    text = f"Minutes of the board, 3 March 2025\n\n## 1. {heading}\n\nSome notes.\n"
    item = read_protocol(text.encode(), filename="board.md")["agenda"][0]
    assert item["decisions"] == []

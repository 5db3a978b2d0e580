"""Adjourning, recessing or closing the meeting is no decision of it, however it was carried
("Motion to adjourn: Lee/Park; carried unanimously", "A motion was made to adjourn. There were
no objections.", "the Board adjourned to an executive session", an item "Motion to adjourn"
over "Proposed by: …"; "Antrag auf Schließung der Versammlung … angenommen"); the decisions
beside it stay, and so does a debate adjourned or a decision told before the adjournment."""

from transferhub.protocols.reader import read_protocol


def _decisions(text: str) -> list[tuple[str, str]]:
    agenda = read_protocol(text.encode(), filename="x.md")["agenda"]
    return [(d["kind"], d["text"]) for it in agenda for d in it["decisions"]]


def test_a_carried_motion_to_adjourn_is_no_decision():
    text = (
        "# Rowing Club Board, 12 May 2023\n\nPresent: Lee, Park, Moss\n\n"
        "## 1. Minutes\n\nMotion to approve the April minutes: Lee/Park; carried unanimously\n\n"
        "## 2. Boathouse\n\nThe roof repairs were discussed.\n\n"
        "Motion to adjourn: Moss/Lee; carried unanimously\n"
    )
    assert [t for _, t in _decisions(text)] == [
        "Motion to approve the April minutes: Lee/Park; carried unanimously"
    ]


def test_a_motion_made_to_adjourn_without_objection_is_no_decision():
    text = (
        "# Members' meeting, 3 June 2023\n\n## 1. Budget\n\n"
        "A motion was made to buy a new lathe. There were no objections.\n\n"
        "## 2. Close\n\nA motion was made to adjourn. There were no objections.\n"
    )
    assert len(_decisions(text)) == 1


def test_going_into_and_out_of_executive_session_is_no_decision():
    text = (
        "# Board of Directors, 16 April 2023\n\n## 1. Minutes\n\n"
        "By motion duly made, seconded and unanimously approved, the minutes were approved.\n\n"
        "## 2. Executive session\n\n"
        "By motion duly made, seconded and unanimously approved, the Board adjourned to an "
        "executive session at 6:00 to discuss a covenant matter.\n\n"
        "At 7:30 the Board, by motion duly made, seconded and unanimously approved, adjourned "
        "its executive session.\n"
    )
    assert len(_decisions(text)) == 1


def test_an_adjournment_item_recording_only_its_motion():
    text = (
        "# Foundation board, 3 February 2024\n\n## Adopt the budget\n\n"
        "Proposed by: Dana\n\nUnanimously approved\n\n"
        "## Motion to adjourn\n\nProposed by: Dana\n\nUnanimously approved\n"
    )
    assert len(_decisions(text)) == 1


def test_german_motion_to_close_the_meeting_is_no_decision():
    text = (
        "# Protokoll der Mitgliederversammlung vom 4. März 2023\n\n## TOP 1 Haushalt\n\n"
        "Der Haushalt wird einstimmig angenommen.\n\n## TOP 2 Verschiedenes\n\n"
        "Der Antrag auf Schließung der Versammlung wird einstimmig angenommen.\n"
    )
    assert _decisions(text) == [("resolution", "Der Haushalt wird einstimmig angenommen.")]


def test_a_decision_told_before_the_adjournment_in_one_sentence_stays():
    text = (
        "# Parish council, 8 March 2023\n\n## 1. Footpaths\n\n"
        "It was agreed to defer the footpath survey; the meeting was adjourned at 9 pm.\n\n"
        "## 2. Playground\n\nIt was agreed to repaint the fence.\n"
    )
    assert [k for k, _ in _decisions(text)] == ["postponement", "agreement"]


def test_a_motion_to_adjourn_a_debate_is_not_the_meeting_adjourned():
    text = (
        "# Parish council, 8 March 2023\n\n## 1. Footpaths\n\n"
        "The motion to adjourn the debate on the footpath survey to the next meeting was "
        "carried.\n\n## 2. Playground\n\nIt was agreed to repaint the fence.\n"
    )
    assert len(_decisions(text)) == 2

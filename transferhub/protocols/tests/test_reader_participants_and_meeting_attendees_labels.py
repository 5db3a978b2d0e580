"""Those present under "Participants:", "Meeting attendees:" or "Meeting participants:"."""

import pytest

from transferhub.protocols.reader import parse_text


@pytest.mark.parametrize(
    ("label", "line"),
    [
        ("Participants:", "Participants: Anna Smith, Ben Jones, Carl Lee"),
        ("a list item", "* Meeting attendees: Anna, Ben, Carl"),
        ("Meeting participants:", "Meeting participants: Anna, Ben, Carl"),
    ],
)
def test_those_present_are_read_under_the_label(label, line):
    text = f"Minutes of 3 May 2021\n\n{line}\n\n## 1. Budget\nText.\n\n## 2. Other\nText.\n"
    result = parse_text(text, fmt="md")
    assert result["participant_count"] == 3, label


def test_participants_in_running_text_are_no_list():
    text = (
        "Minutes of 3 May 2021\n\n## 1. Vote\n"
        "Participants are reminded that the vote is anonymous.\n\n## 2. Other\nText.\n"
    )
    assert parse_text(text, fmt="md")["participant_count"] is None


def test_a_misspelt_heading_over_the_list_still_names_those_present():
    text = (
        "# 2015-11-22 - Inaugural Meeting\n\n## Atendees\n\n- Sarah Allen - @sarah\n"
        "- Gary Johnson - @gary\n- Ben Woosley - @ben\n\n## Decisions\n\n- To meet monthly\n"
    )
    assert parse_text(text, fmt="md")["participant_count"] == 3


def test_a_stand_ups_reports_name_those_present():
    text = (
        "Feb 09/2016\n\nLee I:\n    Done: Use cases\n    Will Do: Test cases\n\n"
        "Jon O:\n    Done: Wrote use cases\n    Will Do: Test cases too\n\n"
        "Aaron:\n    Done: Unit tests\n    Blockers: Midterm\n"
    )
    result = parse_text(text, fmt="txt")
    assert result["participant_count"] == 3
    assert [p["name"] for p in result["participants"]] == ["Lee I", "Jon O", "Aaron"]


def test_one_name_over_a_report_is_no_stand_up():
    text = "Minutes of 3 May 2021\n\nAnna:\n    Done: the budget\n\n## 1. Budget\nText.\n\n## 2. Other\nText.\n"
    assert parse_text(text, fmt="md")["participant_count"] is None


@pytest.mark.parametrize(
    "roll",
    ["1. PRESENT: Gordon Farrell, Billy Leung, Audrey Montero", "1. Roll Call – Members Present"],
)
def test_a_numbered_roll_call_is_no_topic_of_the_meeting(roll):
    text = (
        "Strata Council Meeting\nWednesday, February 25, 2019\nMinutes\n\n"
        f"{roll}\n\n2. CALL TO ORDER: 6:30 pm\n\n3. ADOPTION OF MINUTES\n\nApproved by email.\n\n"
        "4. NEW BUSINESS\n\nNone.\n"
    )
    titles = [item["title"] for item in parse_text(text, fmt="txt")["agenda"]]
    assert titles == ["CALL TO ORDER", "ADOPTION OF MINUTES", "NEW BUSINESS"]


def test_a_roll_call_with_a_decision_stays_an_item():
    text = (
        "Minutes of 3 May 2021\n\n1. Anwesenheit\n\nBeschluss: Die Sitzung ist beschlussfähig.\n\n"
        "2. Haushalt\n\nText.\n\n3. Sonstiges\n\nText.\n"
    )
    assert len(parse_text(text, fmt="txt")["agenda"]) == 3


def test_a_roll_call_item_over_a_grid_of_names_names_those_present():
    text = (
        "Minutes April 7, 2021\n\n1. Call to order\n\nOpened 10:07.\n\n"
        "2. Roll Call – Members Present\n\n"
        "| Jonathan Tustin | Barbara Hollins | Lillian Morris |\n|---|---|---|\n"
        "| Bob Kuhnle | Kathy Swarthout | |\n\n"
        "Members Not Present\n\nAnn Smith\n\n3. Approval of minutes\n\nApproved.\n\n"
        "4. Old Business\n\nBob to coordinate the review.\n"
    )
    result = parse_text(text, fmt="txt")
    assert result["participant_count"] == 5
    tasks = [(t["text"], t["owner"]) for item in result["agenda"] for t in item["tasks"]]
    assert tasks == [("Bob to coordinate the review.", "Bob")]


def test_a_table_of_names_and_organisations_stays_one_person_a_row():
    text = (
        "Protokoll vom 03.05.2021\n\nTeilnehmende:\n\n| Name | Organisation |\n|---|---|\n"
        "| Anna Berg | BAuA |\n| Ben Stein | IHK Köln |\n\n## 1. Haushalt\nText.\n\n## 2. Sonstiges\nText.\n"
    )
    result = parse_text(text, fmt="md")
    assert [p["name"] for p in result["participants"]] == ["Anna Berg", "Ben Stein"]

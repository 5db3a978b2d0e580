"""Actions written with the owner after the task ("… Action: Danny by 03 Nov"), and owners set off."""

import datetime as dt

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.tasks import action_tails, parse_task
from transferhub.protocols.reader.times import parse_range

REF = dt.date(2020, 10, 27)


def test_the_owner_and_due_date_after_the_task():
    found = action_tails(
        "Create space on the website. Action: Danny by 03 Nov Notification to be put on "
        "facebook. Action: Secretary by 03 Nov",
        REF,
    )
    assert found == [
        {"text": "Create space on the website", "owner": "Danny", "due": "2020-11-03"},
        {"text": "Notification to be put on facebook", "owner": "Secretary", "due": "2020-11-03"},
    ]


def test_an_owner_with_a_comma_and_initials():
    assert action_tails("Include a remembrance. Action: Mel Leitch, by 03 Nov", REF) == [
        {"text": "Include a remembrance", "owner": "Mel Leitch", "due": "2020-11-03"}
    ]
    assert action_tails("Book the hall. ACTION: JS", REF) == [
        {"text": "Book the hall", "owner": "JS", "due": None}
    ]


def test_the_task_after_the_label_and_the_owner_after_it():
    assert action_tails(
        "Secretary prepares the AGM. Action: Issue draft agenda for both meetings. "
        "John Atkinson by 30 Nov",
        REF,
    ) == [
        {
            "text": "Issue draft agenda for both meetings",
            "owner": "John Atkinson",
            "due": "2020-11-30",
        }
    ]


def test_a_german_action_with_its_owner_after_it():
    assert action_tails("Raum für das Sommerfest buchen. Aktion: Anna bis 15.11.2020", REF) == [
        {"text": "Raum für das Sommerfest buchen", "owner": "Anna", "due": "2020-11-15"}
    ]


def test_an_action_label_followed_by_no_owner_is_left_to_the_label():
    assert action_tails("Action: Issue the agenda", REF) is None
    assert action_tails("We discussed the action: nothing more to do", REF) is None


def test_actions_in_minutes_keep_the_decision_in_the_same_paragraph():
    r = read_protocol(
        b"Committee meeting 27 October 2020\n\nPresent - Mel Leitch, Danny Holmes\n\n"
        b"1 Opening\nThe chair opened the meeting.\n\n2 Minutes of Previous Meeting\n"
        b"The minutes of the meeting on 22 September were accepted as a true record.\n"
        b"Create space on website. Action: Danny by 03 Nov\n\n"
        b"3 Agenda\n- Contact Ron about the AGM. Action:\n    Mel Leitch by 03 Nov\n",
        filename="x.txt",
    )
    item2, item3 = r["agenda"][1], r["agenda"][2]
    assert len(item2["decisions"]) == 1
    assert [(t["owner"], t["due"]) for t in item2["tasks"]] == [("Danny", "2020-11-03")]
    assert [(t["owner"], t["text"]) for t in item3["tasks"]] == [
        ("Mel Leitch", "Contact Ron about the AGM")
    ]


def test_a_name_set_off_before_the_task_is_its_owner_not_the_bracket_after_it():
    assert parse_task("*Andrew*: Webpage (GitHub)", None)["owner"] == "Andrew"
    assert (
        parse_task("Andrew: Webpage (GitHub)", None, first_names=frozenset({"Andrew"}))["owner"]
        == "Andrew"
    )
    # A topic before the colon is no owner: the name in brackets still is.
    assert parse_task("Website: update the page (Anna)", None)["owner"] == "Anna"


def test_a_range_with_both_meridiems():
    assert parse_range("3:00 PM - 4:00 PM MDT") == ("15:00", "16:00")
    assert parse_range("11:30 am - 1:00 pm") == ("11:30", "13:00")
    assert parse_range("7-9 pm") == ("19:00", "21:00")


def test_a_work_plans_lines_with_an_effort_estimate_are_tasks():
    r = read_protocol(
        b"Minutes 12 March 2024\n\nAttendees: Heidi, George\n\nPlan\n\n"
        b"- Design\n  - Design background  - George 2 Hours\n"
        b"  - Create the joystick controller - Heidi \xe2\x80\x93 2 hours\n"
        b"  - Hazards entwerfen \xe2\x80\x93 Anna \xe2\x80\x93 3 Std.\n",
        filename="x.md",
    )
    tasks = [(t["owner"], t["text"]) for a in r["agenda"] for t in a["tasks"]]
    assert tasks == [
        ("George", "Design background"),
        ("Heidi", "Create the joystick controller"),
        ("Anna", "Hazards entwerfen"),
    ]


def test_a_duration_without_a_person_is_no_task():
    r = read_protocol(
        b"Minutes 12 March 2024\n\n## Budget\n\n- Budget 2024 - 3 hours\n- Talk with Anna - 2 hours\n\n"
        b"## Website\n\nDone.\n",
        filename="x.md",
    )
    assert [t for a in r["agenda"] for t in a["tasks"]] == []


def test_previous_action_items_are_reviewed_not_given_again():
    r = read_protocol(
        b"# Committee meeting 2013-05-11\n\n## Reports\n\nNone.\n\n## General\n\n"
        b"- Sound gear rental discussed.\n\n### PREVIOUS ACTION ITEMS\n\n"
        b"- ACTION: Jenna: agenda mailout a week in advance\n- ACTION: Chris: audio vault pile\n\n"
        b"### ACTION SUMMARY\n\n- ACTION: Brendan: Start a wiki page\n",
        filename="x.md",
    )
    assert [t["owner"] for a in r["agenda"] for t in a["tasks"]] == ["Brendan"]


def test_a_german_item_reviewing_the_last_meetings_tasks_gives_none():
    r = read_protocol(
        "Protokoll der Sitzung am 12.03.2024\n\nTOP 1 Offene Punkte aus der letzten Sitzung\n"
        "- TODO Anna: Getränke bestellen (erledigt)\n\nTOP 2 Sommerfest\n- TODO Ben: Zelt leihen\n".encode(),
        filename="x.txt",
    )
    assert [t["owner"] for a in r["agenda"] for t in a["tasks"]] == ["Ben"]

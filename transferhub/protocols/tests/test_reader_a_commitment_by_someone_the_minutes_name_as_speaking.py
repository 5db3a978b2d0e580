"""A commitment ("Seth will reach out …") by someone the minutes name as speaking or
reporting, when they list nobody as present; and one told after what a list item was about."""

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.names import speakers


def _tasks(text: str, name: str) -> list[tuple[str, str | None]]:
    result = read_protocol(text.encode(), filename=name)
    return [(t["text"], t["owner"]) for item in result["agenda"] for t in item["tasks"]]


def test_those_who_report_are_named_by_first_name_or_surname():
    text = (
        "Road Report - Byard Peake presented his report.\n"
        "Seth KC0ODE reported on the class. Elise recommends a loaner laptop.\n"
        "* Anna berichtet über die Kasse.\n"
    )
    assert speakers(text) == {"Byard", "Peake", "Seth", "Elise", "Anna"}


def test_what_stands_where_a_speaker_would_names_nobody():
    text = "The Treasurer reported a surplus. Motion seconded by Kent. Or Gaurav suggests a date."
    assert speakers(text) == frozenset()


def test_a_speaker_commits_in_english_minutes_without_attendance():
    tasks = _tasks(
        """# August business meeting, 2022-08-16

## ARES

Seth KC0ODE reported an Auxcom class is being put together. Seth will reach out to the
Grand Forks club as well.

## Equipment

Byard Peake presented his report. Peake will get an estimate for the shed.

## Website

The website will move to a new host. Hosting will cost less.
""",
        "rrra.md",
    )
    assert tasks == [
        ("Seth will reach out to the Grand Forks club as well.", "Seth"),
        ("Peake will get an estimate for the shed.", "Peake"),
    ]


def test_a_speaker_commits_in_german_minutes_without_attendance():
    tasks = _tasks(
        """# Mitgliederversammlung am 22.06.2019

## TOP 3 Kassenbericht

Tobias berichtet über die Kasse. Tobias wird die Belege einscannen.
""",
        "mv.md",
    )
    assert tasks == [("Tobias wird die Belege einscannen.", "Tobias")]


def test_a_commitment_after_what_a_list_item_was_about():
    tasks = _tasks(
        """# Monthly telcon 2016-10-04

* Participants: Catherine Boisson, Tarek Hassan, Christoph Deil

## Minutes

* Rephrasing the proceeding's title was discussed. Christoph will implement the suggestion.
* Change safe energy keywords. Catherine and Tarek will have a closer look at it.
* Updates to the format. Please review and comment. We will merge soon.
""",
        "telcon.md",
    )
    assert tasks == [
        ("Christoph will implement the suggestion.", "Christoph"),
        ("Catherine and Tarek will have a closer look at it.", "Catherine, Tarek"),
    ]

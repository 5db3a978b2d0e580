"""A stand-up's report per person ("Lee:", "Done: …", "Will do: …", "Blockers: …"): what
each person will do is their task; a lone "Next: …" without such a report is no one's."""

from transferhub.protocols.reader import parse_text
from transferhub.protocols.reader.tasks import standup_tasks

STAND_UP = """Stand-up 09.02.2016

Lee I:
    Done: Use cases, UML started.
    Will Do: Test cases for all use cases
    Blockers: Midterm

Aaron:
\tDone: Five of the use cases
\tWill Do: Unit tests
\tBlockers: Two midterms.
"""


def test_each_persons_plan_is_their_task():
    tasks = [t for item in parse_text(STAND_UP)["agenda"] for t in item["tasks"]]
    assert [(t["owner"], t["text"]) for t in tasks] == [
        ("Lee I", "Test cases for all use cases"),
        ("Aaron", "Unit tests"),
    ]


def test_scrums_yesterday_and_today_and_the_german_words():
    assert standup_tasks(["Mia:", "Yesterday: fixed the login", "Today: write the docs"]) == [
        {"text": "write the docs", "owner": "Mia", "due": None}
    ]
    assert standup_tasks(["Jonas Berg:", "Erledigt: Entwurf", "Geplant: Flyer drucken"]) == [
        {"text": "Flyer drucken", "owner": "Jonas Berg", "due": None}
    ]


def test_a_plan_without_a_report_of_what_was_done_is_no_task():
    assert standup_tasks(["Finanzen:", "Next: the budget in March"]) == []
    assert standup_tasks(["Today: we discussed the budget", "Done: nothing"]) == []

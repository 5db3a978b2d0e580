"""Tasks are found in all the forms people write them, with owner and due date."""

import datetime as dt

import pytest

from transferhub.protocols.reader import parse_text, tasks

REF = dt.date(2022, 9, 15)  # a Thursday


def one(text: str, **kw) -> dict | None:
    return tasks.marked_task(text, REF, [], frozenset(kw.get("first", ())))


@pytest.mark.parametrize(
    ("text", "owner", "due"),
    [
        ("TODO Anna: Raum buchen", "Anna", None),
        ("ToDo: Einladung verschicken (Ben Keller, bis 30.09.)", "Ben Keller", "2022-09-30"),
        ("AP: Flyer drucken – Vorstand", "Vorstand", None),
        ("Aufgabe: Kasse prüfen (verantwortlich: Clara Probe)", "Clara Probe", None),
        ("- [ ] Website aktualisieren @max", "max", None),
        ("[ ] send the minutes to the list", None, None),
        ("→ Anna kümmert sich um die Getränke", "Anna", None),
        ("-> MK: Angebot einholen bis 15.10.", "MK", "2022-10-15"),
        ("Action: [Jane Doe] draft the budget by Friday", "Jane Doe", "2022-09-16"),
        ("Ben Keller kümmert sich um den Raum.", "Ben Keller", None),
        (
            "Der Vorstand übernimmt die Abstimmung mit der Stadt bis Ende Oktober.",
            "Vorstand",
            "2022-10-31",
        ),  # fmt: skip
        ("Die AG Transfer übernimmt die Planung.", "AG Transfer", None),
        (
            "Greta Ollertz schickt die Folien bis nächste Woche Donnerstag.",
            "Greta Ollertz",
            "2022-09-22",
        ),  # fmt: skip
        ("Jane Doe will follow up with the venue by next Tuesday.", "Jane Doe", "2022-09-20"),
    ],
)
def test_a_marked_task_gets_its_owner_and_due_date(text, owner, due):
    task = one(text)
    assert task is not None, text
    assert (task["owner"], task["due"]) == (owner, due)


@pytest.mark.parametrize(
    "text",
    [
        "Anna Beispiel berichtet, dass die Anmeldung bis 15.10. läuft.",
        "The board discussed the budget.",
        "Die Sitzung dauert von 10 bis 12 Uhr.",
        "Thanks to @bob, the release went out on time and everyone is happy about it",
        "@jasnell: we should land this before the release",
        "→ angenommen",
        "Jane Doe will look into it.",  # "will" outside a list of tasks: no task to count
        "Die Anmeldung ist bis 15.10. möglich.",
    ],
)
def test_running_text_without_a_task_mark_gives_no_task(text):
    assert one(text) is None


def test_a_task_table_with_was_wer_bis_columns_gives_a_task_per_row():
    rows = [
        ["Was", "Wer", "Bis"],
        ["Protokoll versenden", "Anna", "20.09."],
        ["Raum buchen", "AG Transfer", "Ende Oktober"],
        ["Getränke", "alle", ""],
    ]
    assert tasks.table_tasks(rows, REF) == [
        {"text": "Protokoll versenden", "owner": "Anna", "due": "2022-09-20"},
        {"text": "Raum buchen", "owner": "AG Transfer", "due": "2022-10-31"},
        {"text": "Getränke", "owner": None, "due": None},
    ]


def test_an_english_action_table_gives_tasks():
    rows = [["Action", "Owner", "Due"], ["Renew the domain", "JD", "September 30"]]
    assert tasks.table_tasks(rows, REF) == [
        {"text": "Renew the domain", "owner": "JD", "due": "2022-09-30"}
    ]


def test_a_table_of_people_is_no_task_table():
    assert tasks.table_tasks([["Name", "Organisation"], ["Anna", "OM"]], REF) is None


GERMAN = """# Protokoll der Vorstandssitzung vom 15.09.2022

Anwesend: Anna Beispiel, Ben Keller, Clara Probe

## 1. Sommerfest

Wir sprechen über das Fest.

Anna übernimmt die Einladungen.

## 2. Aufgaben

- Ben: Getränke bestellen bis 1.10.
- [ ] Clara Probe fragt beim Bezirksamt an
- Kasse prüfen (Vorstand)
- Termin klären – alle
"""

ENGLISH = """# Board meeting, September 15, 2022

Present: Jane Doe, John Roe

## 1. Budget

The treasurer presented the figures.

### Action items

* Jane to send the draft budget to members by end of next week
* John will book the room for the AGM
* @jroe renew the domain

## 2. Any other business

Nothing.
"""


def test_german_minutes_with_an_aufgaben_item_give_every_task():
    r = parse_text(GERMAN, fmt="md")
    got = [(t["owner"], t["due"]) for it in r["agenda"] for t in it["tasks"]]
    assert got == [
        ("Anna", None),
        ("Ben", "2022-10-01"),
        ("Clara Probe", None),
        ("Vorstand", None),
        (None, None),
    ]


def test_an_action_items_heading_in_an_item_makes_each_bullet_a_task():
    r = parse_text(ENGLISH, fmt="md")
    assert len(r["agenda"]) == 2
    got = [(t["owner"], t["due"]) for t in r["agenda"][0]["tasks"]]
    assert got == [("Jane", "2022-09-23"), ("John", None), ("jroe", None)]
    assert r["agenda"][0]["tasks"][0]["text"].startswith("Jane to send the draft budget")


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Çağıl Uluşahin: send the reminder", "Çağıl Uluşahin"),
        ("Łukasz Żuk – Kasse prüfen", "Łukasz Żuk"),
        ("[Zoë Brontë] renew the certificate", "Zoë Brontë"),
    ],
)
def test_owners_with_letters_from_across_europe_are_named(text, owner):
    assert tasks.parse_task(text, REF)["owner"] == owner


def test_a_sentence_with_to_do_inside_is_no_task_label():
    assert one("to do there is plenty, says the board") is None
    assert one("To do: Raum buchen (Anna)")["owner"] == "Anna"


def test_commitments_of_people_named_in_the_minutes_are_tasks():
    assert one("Brian to prepare slides.", first=["Brian"])["owner"] == "Brian"
    assert one("@anna will review the pull request")["owner"] == "anna"
    assert one("Welcome to the meeting.") is None
    assert one("Brian to prepare slides.") is None  # nobody called Brian in the minutes


NESTED = """# Meeting, November 14, 2024

## 1. Release

**Action Items:**

- @mdjermanovic will release:
  - `eslint`
  - `@eslint/js`
- Still todo:
  - packaging for Debian
  - fix the logging
"""


def test_items_nested_under_a_task_are_its_details_and_still_todo_opens_a_list():
    r = parse_text(NESTED, fmt="md")
    got = [(t["owner"], t["text"]) for t in r["agenda"][0]["tasks"]]
    assert got[0] == ("mdjermanovic", "will release")
    assert [t for _, t in got[1:]] == ["packaging for Debian", "fix the logging"]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("ehuss will follow up offline with Josh.", "ehuss"),
        ("Need to work on packaging.", None),
        ("Try to release before the summit.", None),
        ("Eric Holk will find a group for this.", "Eric Holk"),
    ],
)
def test_in_a_list_of_tasks_handles_are_owners_and_opening_verbs_are_not(text, owner):
    assert tasks.parse_task(text, REF)["owner"] == owner


def test_a_task_due_at_the_next_meeting_takes_its_date():
    text = (
        "# Protokoll vom 15.09.2022\n\n## 1. Kasse\n\nToDo: Anna Beispiel prüft die Belege bis zur "
        "nächsten Sitzung.\n\n## 2. Termine\n\nNächste Sitzung: 13.10.2022, 19 Uhr\n"
    )
    r = parse_text(text, fmt="md")
    task = r["agenda"][0]["tasks"][0]
    assert task == {"text": "Anna Beispiel prüft die Belege bis zur nächsten Sitzung.", "owner": "Anna Beispiel",
                    "due": "2022-10-13"}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Knoten in Bad Schwartau zählen **TODO [mkm]**", "mkm"),
        ("**TODO [magu, neoraider]** Router flashen", "magu, neoraider"),
        ("Ronnie to e-mail the list about the AGM.", "Ronnie"),
    ],
)
def test_inline_todos_with_owners_in_brackets_and_hyphenated_verbs(text, owner):
    task = one(text, first=["Ronnie"])
    assert task is not None and task["owner"] == owner


def test_a_link_called_todo_is_no_task():
    assert one("Aufgaben kommen in das Projekt [ToDo](https://example.org/todo/boards).") is None


def test_a_bold_label_without_colon_opens_a_task():
    text = (
        "# Minutes, January 17, 2019\n\n## 1. Onboarding\n\n"
        "**Action point** Need to implement confidentiality agreements\n"
    )
    assert len(parse_text(text, fmt="md")["agenda"][0]["tasks"]) == 1


def test_a_table_with_a_responsible_column_lists_tasks():
    rows = [["Zu", "Beschreibung", "Verantwortlich"], ["1", "Flyer drucken", "Leon"]]
    assert tasks.table_tasks(rows, REF) == [{"text": "Flyer drucken", "owner": "Leon", "due": None}]

"""Misreadings found on unseen minutes: other bodies' ends, arrows to results, pasted letters."""

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.tasks import arrow_owner, marked_task, parse_task
from transferhub.protocols.reader.times import other_meeting


def _read(text: str, name: str = "minutes.txt") -> dict:
    return read_protocol(text.encode(), filename=name)


def _tasks(r: dict) -> list[dict]:
    return [t for item in r["agenda"] for t in item["tasks"]]


GERMAN_HEAD = """Protokoll der Vorstandssitzung am 09.07.2024

Beginn: 19:00 Uhr

TOP 1 Begrüßung
Die Vorsitzende begrüßt alle.

TOP 2 Termine
Anna berichtet über die Termine im Herbst.

"""


def test_an_end_of_another_bodys_meeting_in_the_last_lines_is_no_end():
    r = _read(GERMAN_HEAD + "Die Sitzung des Senats endet um 17 Uhr.\n")
    assert r["end"] is None
    r = _read(GERMAN_HEAD + "Der Workshop am Samstag endet um 17 Uhr.\n")
    assert r["end"] is None


def test_the_own_meetings_end_in_the_last_lines_is_the_end():
    assert _read(GERMAN_HEAD + "Die Sitzung endet um 21:15 Uhr.\n")["end"] == "21:15"
    assert _read(GERMAN_HEAD + "Die Sitzung des Vorstands endet um 21 Uhr.\n")["end"] == "21:00"


def test_other_meetings_in_english():
    assert other_meeting("The Finance Committee's meeting ends at 5 pm.", "Board minutes")
    assert other_meeting("The conference ends at 6 pm.", "Board minutes")
    assert not other_meeting("The meeting was adjourned at 9:04 pm.", "Board minutes")
    assert not other_meeting("The Board's meeting ended at 9 pm.", "Board minutes")


def test_an_arrow_to_a_result_names_no_owner():
    task = parse_task("Ausarbeitungen der anderen durchlesen -->Plausicheck", None)
    assert task["owner"] is None
    assert arrow_owner("Vertagung") is None
    assert arrow_owner("Wiki-Seite") is None


def test_an_arrow_to_a_person_still_names_the_owner():
    assert parse_task("Alle Ausarbeitungen gegenlesen --> Flo", None)["owner"] == "Flo"
    assert parse_task("Send the slides -> Anna Berg", None)["owner"] == "Anna Berg"
    assert arrow_owner("Konstantin", frozenset({"Konstantin"})) == "Konstantin"
    assert marked_task("Raum buchen → Plausicheck", None) is None


def test_a_note_taker_telling_what_happened_is_given_no_task():
    r = _read("""Protokoll der Jahreshauptversammlung am 13.11.2019

Anwesend: Michael Bauschke, Mirko Tomaschek
Protokoll: Michael Bauschke

1. Wahl der Versammlungsleitung
- Michael stellt sich zur Wahl.
- Michael wurde einstimmig gewählt.

2. Tagesordnung
- Michael stellt die Tagesordnung vor.
- Mirko stellt fest, dass die Versammlung beschlussfähig ist.

3. Website
- Michael stellt den Text bis 20.11.2019 online.
""")
    assert [(t["owner"], t["due"]) for t in _tasks(r)] == [("Michael", "2019-11-20")]


def test_an_empty_actions_label_gives_no_task():
    r = _read(
        """# ADT CG Meeting 16 June 2025

## Subgroups

### Age Assurance

**Actions**:

**Discussion**:

### Events

**Actions**:

No Actions - this stays open while the event is planned.

**Discussion**

### Trust Framework

**Actions**:

- Dave to set up a meeting with Nick
""",
        "x.md",
    )
    assert [t["text"] for t in _tasks(r)] == ["Dave to set up a meeting with Nick"]


def test_no_tasks_under_a_german_label_saying_there_are_none():
    r = _read("# Sitzung am 12.03.2024\n\n## Kasse\n\nAufgaben:\n\nKeine.\n\n## Fest\n\nOk.\n")
    assert _tasks(r) == []


def test_a_note_taker_label_in_italics():
    r = _read(
        "# Meeting 16 June 2025\n\n*Chair*: OG\n\n*Minutes*: DH\n\n## Attendees\n\n- Olaf Grewe\n"
        "- Dave Hyland\n\n## Budget\n\nDiscussed.\n\n## Events\n\nDiscussed.\n",
        "x.md",
    )
    assert r["note_taker"] == "DH"
    r = _read(
        "# Sitzung am 12.03.2024\n\n_Protokoll_: Anna Berg\n\n## Kasse\n\nOk.\n\n## Fest\n\nOk.\n"
    )
    assert r["note_taker"] == "Anna Berg"


PASTED_LETTERS = """MINUTES OF THE PARKS COMMISSION, JULY 13, 2022

1. MODIFICATION OF THE AGENDA: None.

2. DISPOSITION OF MINUTES: Motion to approve the minutes. Motion passed.

3. OPEN FORUM: There were 3 speakers. Letters received:
  1. For the following reasons, we object to the race.
    1. DEGRADATION: The forest floor is damaged.
2. FLORA AND FAUNA: Mountain biking harms the habitat.
3. PLANNING: There was no public involvement.
4. I'm writing in support of the race, which would be good for the park.
5. Dear Members of the Commission, please waive the speed limit for the race.
6. To whom it may concern, I support the waiver.
7. Hello, please support outdoor recreation in our parks.

4. CONSENT CALENDAR ITEMS: Motion to approve. Motion passed.

5. NEW BUSINESS: The race permit was discussed.

6. ADJOURNMENT: 6:45 p.m.
"""


def test_letters_pasted_into_minutes_are_no_items():
    r = _read(PASTED_LETTERS)
    assert [a["title"] for a in r["agenda"]] == [
        "MODIFICATION OF THE AGENDA",
        "DISPOSITION OF MINUTES",
        "OPEN FORUM",
        "CONSENT CALENDAR ITEMS",
        "NEW BUSINESS",
        "ADJOURNMENT",
    ]
    assert "3 speakers" in r["agenda"][2]["minutes"]


def test_a_list_restarting_at_one_inside_an_item_is_no_run_of_items():
    r = _read("""Protokoll der Mitgliederversammlung am 05.05.2023

1. Begrüßung
Die Vorsitzende begrüßt alle.

2. Bericht des Vorstands
Der Vorstand berichtet über das Jahr:
1. Sommerfest
2. Herbstmarkt
3. Weihnachtsfeier
4. Neujahrsempfang
5. Frühjahrsputz

3. Wahlen
Anna Berg wird einstimmig gewählt.

4. Sonstiges
Nichts.
""")
    assert [a["title"] for a in r["agenda"]] == [
        "Begrüßung",
        "Bericht des Vorstands",
        "Wahlen",
        "Sonstiges",
    ]


def test_a_german_letter_in_the_minutes_is_no_item():
    r = _read("""Protokoll der Sitzung am 05.05.2023

1. Begrüßung
2. Schreiben der Stadt
Das Schreiben wird verlesen:
3. Sehr geehrte Damen und Herren, wir teilen Ihnen mit, dass der Raum frei ist.
4. Mit freundlichen Grüßen, Ihre Stadtverwaltung
3. Sonstiges
""")
    assert [a["title"] for a in r["agenda"]] == ["Begrüßung", "Schreiben der Stadt", "Sonstiges"]

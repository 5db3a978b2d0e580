"""A task told in running text ("Ingrid will order the chairs", "Tomasz to call the
landlord", "Der Vorstand wird die Einladung verschicken") is a task of whoever the sentence
names as committing: each clause that commits gives one, after a report or in brackets too,
with its due date read against the meeting's date. What someone presents in the meeting
itself, a question, what someone said they would do and what "we" will do give none."""

from transferhub.protocols.reader import read_protocol


def _tasks(text: str, name: str = "minutes.md") -> list[tuple[str | None, str | None, str]]:
    result = read_protocol(text.encode(), filename=name)
    return [(t["owner"], t["due"], t["text"]) for item in result["agenda"] for t in item["tasks"]]


def _owners(text: str, name: str = "minutes.md") -> list[str | None]:
    return [owner for owner, _, _ in _tasks(text, name)]


def test_two_people_committing_in_one_sentence_give_two_tasks_english():
    owners = _owners(
        """# Garden club committee, 12 March 2024

Present: Ingrid Sole, Tomasz Weller, Odile Marchetti

## Greenhouse

The heater failed twice in February. Ingrid will ask the supplier for a quote and Tomasz
will check the wiring before the frost.

## Fair

Reviewed the draft poster and Odile will make the corrections.
"""
    )
    assert owners == ["Ingrid", "Tomasz", "Odile"]


def test_two_people_committing_in_one_sentence_give_two_tasks_german():
    owners = _owners(
        """# Vorstandssitzung 12.03.2024

Anwesend: Ingrid Sole, Tomasz Weller

## Sommerfest

Tomasz schickt die Einladung an alle Mitglieder und Ingrid übernimmt die Kasse.
""",
        "protokoll.md",
    )
    assert owners == ["Tomasz", "Ingrid"]


def test_one_clause_of_two_people_stays_one_task_for_both():
    owners = _owners(
        """# Committee meeting 12 March 2024

Present: Ingrid Sole, Tomasz Weller

## Hall

Ingrid and Tomasz will repaint the stage before the concert.
"""
    )
    assert owners == ["Ingrid, Tomasz"]


def test_a_commitment_in_brackets_and_the_subject_before_a_bracket():
    tasks = _tasks(
        """# Outreach group call, 14 January 2022

Attendees: Lorcan Pyle, Benedikta Rau

## Website

- Group website (Benedikta will set it up)
- Lorcan will write to the newsletter team (Outreach WG).
"""
    )
    assert [(owner, text) for owner, _, text in tasks] == [
        ("Benedikta", "Benedikta will set it up"),
        ("Lorcan", "Lorcan will write to the newsletter team"),
    ]


def test_a_decision_whose_text_commits_someone_also_gives_the_task():
    tasks = _tasks(
        """# Working group interim, 4 June 2024

## Issue 312

Ingrid: the closing procedure needs a timer.
Tomasz: I agree, and both sides need it.
Ingrid: then the text should say so.

RESOLUTION: Ingrid will write a PR.
"""
    )
    assert [(owner, text) for owner, _, text in tasks] == [("Ingrid", "Ingrid will write a PR.")]
    result = read_protocol(
        b"""# Vorstandssitzung 12.03.2024

Anwesend: Ingrid Sole, Tomasz Weller

## Sommerfest

Beschluss: Tomasz schickt die Einladung bis zum 15.03. an alle Mitglieder.
""",
        filename="protokoll.md",
    )
    item = result["agenda"][0]
    assert len(item["decisions"]) == 1
    assert [(t["owner"], t["due"]) for t in item["tasks"]] == [("Tomasz", "2024-03-15")]


def test_an_action_without_its_colon_and_an_action_on_someone():
    owners = _owners(
        """# Design meeting 17 August 2012

Present: Wilbur Ostrander, Gesine Marr

## Masks

The file format stays as it is for now.
ACTION Wilbur to take it to the steering committee.

## Rooms

The projector in room 2 is broken. Action on Gesine.
"""
    )
    assert owners == ["Wilbur", "Gesine"]


def test_a_name_after_a_title_or_written_small_is_the_owner():
    owners = _owners(
        """# Board of Directors, 16 April 2009

## Reports

Treasurer McAllister presented the accounts. V.P. McAllister will check our insurance cover
and report back to the board.
"""
    )
    assert owners == ["McAllister"]
    owners = _owners(
        """# Excomm 26 September 2012

Present: Mary Quist, Loren Abbot

## Lounge

mary will book the lounge for the social.
"""
    )
    assert owners == ["mary"]


def test_a_body_written_small_after_its_article_owns_its_task():
    owners = _owners(
        """# Residents association, 1 February 2006

## Street lamps

Several lamps are out. The board will write to the council about them.
"""
    )
    assert owners == ["board"]


def test_due_dates_of_running_text_tasks_against_the_meeting_date():
    tasks = _tasks(
        """# Committee meeting 2 October 2024

Present: Ingrid Sole, Tomasz Weller

## Newsletter

Ingrid will send the draft by Friday.
Tomasz will update the member list until the next meeting.

## Next meeting

6 November 2024
"""
    )
    assert [(owner, due) for owner, due, _ in tasks] == [
        ("Ingrid", "2024-10-04"),
        ("Tomasz", "2024-11-06"),
    ]


def test_what_is_presented_in_the_meeting_itself_is_no_task_english_and_german():
    assert (
        _owners(
            """# Steering committee, 14 January 2016

Present: Ingrid Sole, Tomasz Weller

## Agenda

Tomasz will lead this part. Ingrid will present the budget.
"""
        )
        == []
    )
    assert _owners(
        """# Steering committee, 14 January 2016

Present: Ingrid Sole, Tomasz Weller

## Budget

Ingrid will present the budget at the next meeting.
"""
    ) == ["Ingrid"]
    assert (
        _owners(
            """# Vorstandssitzung 12.03.2024

Anwesend: Ingrid Sole, Tomasz Weller

## Satzung

Tomasz wird den Entwurf vorstellen.
""",
            "protokoll.md",
        )
        == []
    )


def test_questions_reported_promises_and_we_give_no_task():
    assert (
        _owners(
            """# Committee meeting 12 March 2024

Present: Ingrid Sole, Tomasz Weller, Odile Marchetti

## Hall

Will Ingrid book the hall again? Tomasz said he would like a new roof.

- Odile will bring the key?
- Tomasz kümmert sich um den Schlüssel?

We will host the fair in June. The notes might be interesting for Ingrid and Odile to
read.
"""
        )
        == []
    )


def test_an_action_item_label_too_short_for_a_topic():
    owners = _owners(
        """# Community group call, 3 May 2023

Present: Ingrid Sole, Tomasz Weller

## Charter

The draft was read through.
AI: Ingrid to send the draft to the chairs.
AI: TW to update the wiki page.
"""
    )
    assert owners == ["Ingrid", "TW"]


def test_an_errand_written_as_an_infinitive_is_a_task_without_an_owner():
    tasks = _tasks(
        """# Parish council meeting 8 November 2001

## Any other business

The telephone kiosk has been vandalised. To contact B.T. about the kiosk.
The drain in Mill Lane is blocked. To report.
"""
    )
    assert [(owner, text) for owner, _, text in tasks] == [
        (None, "To contact B.T. about the kiosk."),
        (None, "To report."),
    ]
    # An aim is written the same way; its verbs are not those of an errand.
    assert (
        _owners(
            """# Founding meeting 22 November 2015

## Goals

- To get all open papers onto one archive.
- To produce a guide for new members.
"""
        )
        == []
    )


def test_german_errands_given_owed_or_promised_in_running_text():
    tasks = _tasks(
        """# Vorstandssitzung 2. Oktober 2024

Anwesend: Ingrid Sole, Tomasz Weller, Odile Marchetti

## Sommerfest

Ingrid und Tomasz werden die Helferliste erstellen.
Odile soll die Einladung bis zum 15.10. verschicken.
Der Vorstand wird sich um die Versicherung kümmern.
Tomasz muss noch die Rechnung bezahlen.
Odile nimmt sich der Getränke an.
Ingrid hat zugesagt, den Raum zu buchen.
""",
        "protokoll.md",
    )
    assert [(owner, due) for owner, due, _ in tasks] == [
        ("Ingrid, Tomasz", None),
        ("Odile", "2024-10-15"),
        ("Vorstand", None),
        ("Tomasz", None),
        ("Odile", None),
        ("Ingrid", None),
    ]
    assert (
        _owners(
            """# Vorstandssitzung 2. Oktober 2024

Anwesend: Ingrid Sole, Tomasz Weller

## Wahlen

Ingrid soll Kassenwartin werden. Die Satzung soll geändert werden.
Der Vorstand soll das prüfen.
""",
            "protokoll.md",
        )
        == []
    )


def test_an_errand_given_to_someone_in_the_passive_or_as_is_to():
    owners = _owners(
        """# Committee meeting 12 March 2024

Present: Ingrid Sole, Tomasz Weller

## Hall

Ingrid is asked to contact the landlord about the heating. Tomasz is to organise the
repair of the gate. Tomasz is to be thanked for the new shelves.

## Rubric

The Board will vote on the final rubric by email.
"""
    )
    assert owners == ["Ingrid", "Tomasz", "Board"]


def test_someone_committing_above_the_first_item_is_given_the_task():
    tasks = _tasks(
        """# Protokoll Projekttreffen 28.03.2018

- Sami bringt Brötchen mit
- [ ] Tagesordnung ausdrucken

## Gliederung

1. Einleitung
2. Theorie
""",
        "protokoll.md",
    )
    assert [(owner, text) for owner, _, text in tasks] == [("Sami", "Sami bringt Brötchen mit")]


def test_joint_subjects_after_a_label_and_an_agenda_line_in_brackets_stay_whole():
    owners = _owners(
        """# Core devs call, 15 January 2021

Attendees: Pooja Ranjan, James Hancock

## Fuzzing

- Action 103.2 - Pooja and James to connect with the client teams.
- Find volunteers for note taking (chair to volunteer).
"""
    )
    assert owners == ["Pooja, James"]


def test_work_reported_done_and_actions_reviewed_from_the_last_meeting_give_no_task():
    owners = _owners(
        """# Technical committee, 8 February 2022

Present: Ingrid Sole, Tomasz Weller

## Review outstanding actions

- Ingrid to close the vote on the style policy. done
- Tomasz to send out the new meeting link - DONE

## Release

- Tomasz was asked to leave the last meeting early, as it concerned his employer.
- Tomasz will get it done before the release.
- Ingrid to close the vote on the test policy.
"""
    )
    assert owners == ["Tomasz", "Ingrid"]
    assert (
        _owners(
            """# Vorstandssitzung 8. Februar 2022

Anwesend: Ingrid Sole, Tomasz Weller

## Kasse

Tomasz schickt die Belege an die Kassenprüfer (erledigt).
""",
            "protokoll.md",
        )
        == []
    )


def test_a_commitment_after_a_full_stop_the_sentences_kept_and_an_action_in_brackets():
    tasks = _tasks(
        """# Commission meeting 7 April 2021

Present: Jonathan Tustin, Jo Griffith, Ginger Dillard, Bob Kuhnle

## Old business

- Mission statement. Ginger to update the website was resolved last month.
- Annual report (Action for Jonathan and Jo) – to be finalised and submitted.

## New business

- Attendance at the county meeting, April 19. Jo to attend with Ginger.
- Loans: the council needs to authorise Bob and maybe Mr. Tustin to apply for them.
"""
    )
    assert [(owner, text) for owner, _, text in tasks] == [
        ("Jonathan, Jo", "Annual report – to be finalised and submitted."),
        ("Jo", "Jo to attend with Ginger."),
    ]

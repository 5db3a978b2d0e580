"""Those present as a numbered list, by their office, or listed elsewhere.

"## Attendees" at the end of the minutes over "1. Rey Arellano, Assistant City Manager
(chair)" / "2. …" (Austin Open and Smart Advisory Committee) is a list of people like a bulleted
one: one person a line, the role after the name no second person. A numbered list of topics
under the heading stays what it was. "## Teilnehmende" over "siehe Anhang A" (de-RSE) names
nobody and gives no count, as "Teilnehmende: siehe Anhang A" on one line already did not.
"""

from __future__ import annotations

import pytest

from transferhub.protocols.reader import parse_text

ENGLISH = (
    "# January 22, 2018\n\nMeeting date: January 22, 2018\n\n## Agenda\n\n"
    "### I. Context\n\nText.\n\n### II. Focus areas\n\nText.\n\n## Attendees\n\n"
    "1. Rey Example, Assistant City Manager \\(chair\\)\n"
    "2. Mark Muster, Assistant City Manager \\(co-chair\\)\n"
    "3. Paul Cook, CTM\n4. Kerry O'Example, Chief Innovation Officer\n5. Ainee Beispiel, Innovation\n"
)
GERMAN = (
    "# Sitzung des Vorstands\n\nDatum: 3. März 2024\n\n## Tagesordnung\n\n### TOP 1 Bericht\n\n"
    "Text.\n\n### TOP 2 Kasse\n\nText.\n\n## Anwesende\n\n"
    "1. Anna Beispiel (Vorsitz)\n2. Ben Muster - Kasse\n3. Clara Berg\n"
)


@pytest.mark.parametrize(("text", "count"), [(ENGLISH, 5), (GERMAN, 3)])
def test_a_numbered_list_of_people_under_the_attendance_heading(text, count):
    result = parse_text(text, fmt="md")
    assert result["participant_count"] == count
    assert result["participants"][0]["name"] in ("Rey Example", "Anna Beispiel")


def test_numbered_topics_under_the_heading_are_no_people():
    text = (
        "# Board meeting\n\n## Attendees\n\n1. Call to order\n2. Approval of minutes\n"
        "3. Budget review\n\nText.\n"
    )
    assert parse_text(text, fmt="md")["participant_count"] is None


@pytest.mark.parametrize(
    ("heading", "line"),
    [("## Teilnehmende", "siehe Anhang A"), ("## Attendees", "See attached sign-in sheet.")],
)
def test_those_present_listed_elsewhere(heading, line):
    text = (
        f"# Mitgliederversammlung 26.09.2023\n\n{heading}\n\n{line}\n\n"
        "### TOP 1: Eröffnung\n\nText.\n\n### TOP 2: Bericht\n\nText.\n"
    )
    result = parse_text(text, fmt="md")
    assert result["participant_count"] is None
    assert result["participants"] == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "# Protokoll der Vorstandssitzung vom 08.02.2023\n\n"
            "Anwesende Vorstände: Jörg, David, Pirmin, Falk\n\nGäste: Katja\n\nProtokoll: Falk\n\n"
            "## Tagesordnung\n\n- Bericht\n- Kasse\n",
            5,
        ),
        (
            "# Gründungsprotokoll\n\n**Datum**: 26.03.2020\n\n## Anwesende Gründungsmitglieder\n\n"
            "- Marc Beispiel\n- Jan Muster\n- Luca Berg\n\n## Traktanden\n\n- Formelles\n- Statuten\n",
            3,
        ),
        (
            "# Protokoll der Gründungsversammlung\n\nDatum und Zeit: 10. Juni 2017, 13:30\n"
            "Anwesende Gründungsmitglieder: Stefan Beispiel, Sebastian Muster\nGäste: keine\n"
            "Vorsitz: Stefan Beispiel\n\n1. Formelles\n\nText.\n\n2. Gründungsbeschluss\n\nText.\n",
            2,
        ),
    ],
)
def test_those_present_named_by_their_office(text, count):
    # "Anwesende Vorstände:" (FOSSGIS), "Anwesende Gründungsmitglieder" (BIERGIT, Rust
    # Zürichsee) label those present as "Anwesende Mitglieder" does.
    assert parse_text(text, fmt="md")["participant_count"] == count


def test_present_is_no_label_when_a_sentence_goes_on():
    text = (
        "# Sitzung\n\n## 1. Bericht\n\nAnwesende Mitglieder des Vorstands berichten kurz.\n\n"
        "## 2. Kasse\n\nText.\n"
    )
    assert parse_text(text, fmt="md")["participant_count"] is None


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "The Fayette Township Board of Supervisors held their regular monthly meeting with "
            "the following present: Christopher Example, Craig Example, Robert Muster Jr., "
            "Sharon Beispiel, J. Berg.",
            5,
        ),
        (
            "Die Mitglieder des Vorstands der Genossenschaft trafen sich zur ordentlichen "
            "Sitzung im Vereinsheim, es waren anwesend: Anna Beispiel, Ben Muster, Clara Berg.",
            3,
        ),
    ],
)
def test_a_long_sentence_naming_those_present_after_its_colon(sentence, count):
    text = f"# Minutes\n\n{sentence}\n\n1. Roads\n\nText.\n\n2. Budget\n\nText.\n"
    assert parse_text(text)["participant_count"] == count


@pytest.mark.parametrize(
    ("names_line", "count"),
    [
        (
            "Felix Beispiel (bis 11:55 Uhr; ab 14:55 Uhr), Katrin Muster (bis 14:57 Uhr), "
            "Klaus Berg, Kurt Gram (Remote; bis 13:25 Uhr), Martin Teuber",
            5,
        ),
        ("Mary Reeve (chair), Gill Phillips (remote), Peter Sewell, Jane Trollope", 4),
        ("David Example, Secretary (note taker)", 1),
    ],
)
def test_names_with_notes_in_brackets_on_a_line_below_the_heading(names_line, count):
    # As after "Anwesend:" on the label's own line (Stoke Ferry's 'Present: M Reeve (Chair),
    # G Phillips (Treasurer), …'), Makerspace Gütersloh's list under '### Anwesende Mitglieder'.
    text = (
        f"# Mitgliederversammlung\n\n### Anwesende Mitglieder\n\n{names_line}\n\n"
        "## 1. Begrüßung\n\nText.\n\n## 2. Bericht\n\nText.\n"
    )
    assert parse_text(text, fmt="md")["participant_count"] == count


def test_those_present_a_paragraph_each_with_gaps_as_word_writes_them():
    # ODPi's TSC minutes (Word): '### Attendees' over 'John Mertic – Linux Foundation', a
    # blank paragraph, 'Alan Gates - Hortonworks', …; the list ends at the next heading.
    text = (
        "ODPi TSC Meeting\n\nJanuary 14, 2016\n\n### Attendees\n\n"
        "John Example – Linux Foundation\n\nAlan Muster - Hortonworks\n\n"
        "Roman Shaposhnik - Pivotal\n\nKonstantin Beispiel – Pivotal\n\n### Welcome\n\n"
        "Mr. Example opened the meeting at 9:10pm Eastern Time.\n\n### Specs\n\nText.\n"
    )
    assert parse_text(text, fmt="docx")["participant_count"] == 4


def test_a_sentence_after_the_gap_ends_the_list():
    text = (
        "# Sitzung\n\n### Anwesende\n\nAnna Beispiel - Vorstand\n\n"
        "Die Sitzung beginnt um 19 Uhr mit dem Bericht.\n\n### Bericht\n\nText.\n"
    )
    assert parse_text(text, fmt="docx")["participant_count"] == 1

"""Those present below an attendance heading: grouped by lower headings, opened by a sentence,
or a list of names run over the lines.

"## Attendees" over "### Voting Members" and "### Observers" (OCM, CCC-CH, GI-HSG Hagen,
Meldezettel team's "##### Team"): every group counts, a person ticked in two groups once, a
group of those absent not at all. "Es sind 19 Teilnehmer anwesend:" (PeP Dortmund) or "The
following users and developers were present." (pyFormex) between the heading and its list
opens the list, it names nobody. "Anwesende" alone over "Anna Berg, Ben Keller, Carla" /
"Diaz, Dora Ek" (a PDF's hard wrap, Grünliberale Bern, PeP Dortmund, Makerspace GT) reads as
the same list would after "Anwesende:" on its own line, guests named on a line below too.
Groups as "Label: names" lines count whether the label stands alone or opens them
("Anwesende: ProjektpartnerInnen: …" / "Betreuer: …" / "Gruppenmitglieder: …", LMU; "Council:
…" / "Observers: …", Rust Leadership Council), a role naming one person too ("Chair: Elise",
UF Carpentries), blank paragraph gaps between them or not; "Ort: Berlin" names nobody.
"""

from __future__ import annotations

import pytest

from transferhub.protocols.reader import parse_text


def _md(attendance: str) -> dict:
    text = (
        "# Meeting 2025-07-07\n\n## Meeting Location\n\nOnline.\n\n## Attendees\n\n"
        f"{attendance}\n\n## Agenda Items\n\n## Votes\n\n- Budget approved (5/6 Votes)\n\n"
        "## Action Items\n\n- [ ] Anna to send the budget\n\n## Next Meeting Agenda\n\n- Roadmap\n"
    )
    return parse_text(text, fmt="md")


def test_groups_under_lower_headings_all_count():
    result = _md(
        "### Voting Members\n\n- [X] Anna Berg\n- [X] Ben Keller\n- [ ] Carla Diaz\n\n"
        "Quorum: ✅\n\n### Observers\n\n- [X] Dora Ek\n- [X] Anna Berg\n- [ ] Eva Lind"
    )
    assert result["participant_count"] == 3
    assert [p["name"] for p in result["participants"]] == ["Anna Berg", "Ben Keller", "Dora Ek"]


def test_a_group_of_those_absent_does_not_count():
    result = _md("### Members\n\n- Anna Berg\n- Ben Keller\n\n### Apologies\n\n- Carla Diaz")
    assert result["participant_count"] == 2


def test_a_german_team_under_its_own_heading():
    text = (
        "# Protokoll 28. November 2017\n\n### **Anwesenheit**\n##### Team\n"
        "* Lucas Beispiel\n* Franz Muster\n* Elena Probe\n\n"
        "### **Fragen aus dem letzten Meeting**\n\n* keine\n\n"
        "### 1. Abgabe\n\n* Text.\n\n### 2. Lastenheft\n\n* Text.\n"
    )
    assert parse_text(text, fmt="md")["participant_count"] == 3


@pytest.mark.parametrize(
    "intro",
    [
        "Es sind 3 Teilnehmer anwesend:",
        "The following invited users and developers were present.",
    ],
)
def test_a_sentence_opening_the_list_names_nobody(intro):
    text = (
        "# User Meeting 0 (2008-02-07)\n\n## Participants\n\n"
        f"{intro}\n\n- Anna Berg, chair of the meeting,\n- Ben Keller,\n- Carla Diaz.\n\n"
        "## Apologies\n\nNone.\n\n## Agenda and discussion\n\n"
        "- Forum:\n  - We need one.\n- Contest:\n  - A prize.\n"
    )
    result = parse_text(text, fmt="md")
    assert result["participant_count"] == 3
    assert [p["name"] for p in result["participants"]][:2] == ["Anna Berg", "Ben Keller"]


def test_names_run_over_the_lines_below_a_heading_alone():
    text = (
        "# Protokoll Mitgliederversammlung Dienstag 03.11.2009\n\nAnwesende\n"
        "Martin Muster, Jonas Probe, Florian Beispiel, Stefan\n"
        "Test, Christoph Muster, Jan Probe,\nPeter Beispiel, Julia Test\n\n"
        "Protokoll Denise Muster\n\nTraktandenliste\n\n1. Begrüssung\n2. Varia\n"
    )
    result = parse_text(text)
    assert result["participant_count"] == 8
    assert "Stefan Test" in [p["name"] for p in result["participants"]]


def test_guests_named_on_the_line_below_count():
    text = (
        "# Protokoll Mitgliederversammlung\n\n11.04.2018\n\nAnwesend:\n"
        "Philip Muster, Andre Probe, Leon Beispiel, Olaf Test, Alexander\nMuster\n"
        "Als Gast: Felix Probe\n\nTagesordnung:\n1. Bericht\n2. Termine\n"
    )
    assert parse_text(text)["participant_count"] == 6


def test_groups_on_lines_of_their_own_after_the_label_all_count():
    text = (
        "Protokoll Treffen 02.03.2023\n\n"
        "Anwesende:\tProjektpartnerInnen: Andrea Beispiel, Alexander Muster, Henri Probe\n\n"
        "Betreuer: Prof. Dr. Helmut Beispiel\n\n"
        "Gruppenmitglieder: Max Muster, Christian Probe, Jonas Test, Lisa Beispiel\n\n"
        "1. Rahmen des Projekts:\n\nText.\n\n2. Daten:\n\nText.\n"
    )
    assert parse_text(text, fmt="docx")["participant_count"] == 8


def test_a_role_naming_one_person_under_the_attendance_heading_counts():
    result = _md("Chair: Elise\nSecretary: Joe\nObservers: Hao Ye, Gaurav Example")
    assert result["participant_count"] == 4


def test_the_meetings_frame_under_the_attendance_heading_names_nobody():
    result = _md("Council: Carol Example, Mark Example\nOrt: Berlin")
    assert result["participant_count"] == 2

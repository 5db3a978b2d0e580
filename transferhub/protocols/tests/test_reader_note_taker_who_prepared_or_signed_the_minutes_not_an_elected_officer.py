"""The note-taker as the minutes' header or end names them, not an officer just elected.

"Prepared by: Rodrigo Solano" at the end (Experian team), "Compiled by Joseph Rickert (JBR)"
below the title (R Consortium) name who wrote the minutes; "Prepared by Vincent Giles" under
an item's "Treasurer's report" (ACMA) names who wrote the report. A single signature at the
end, the writer's role below the name ("Doralee Matthews" / "Secretary", "Bernadette
Fritzsch" / "(Schriftführerin)"; Falls Creek Ranch, de-RSE, LMU) names the note-taker as two
columns of signatures already did. "Ergebnisse der Wahlen:" over "2. Schützenmeister: Heinz
Berg" / "Schriftführerin: Sabine Rabl" / "Revisor: Peter Weiß" (HSG Nürnberg, as Hackspace
Jena and Förderverein Cochem list a new board) is an election, whoever the offices are.
"""

from __future__ import annotations

import pytest

from transferhub.protocols.reader import parse_text

ENGLISH = (
    "# Meeting Minutes: Migration Planning\n\nDate: October 2, 2025\n\n"
    "## 1. Scope\n\nText.\n\n## 2. Timeline\n\nText.\n\n"
)


@pytest.mark.parametrize(
    ("closing", "who"),
    [
        ("Prepared by: Rodrigo Example\n\nReviewed by: James / May\n", "Rodrigo Example"),
        ("Compiled by Joseph Example (JBE)\n", "Joseph Example"),
    ],
)
def test_who_prepared_the_minutes_at_their_end(closing, who):
    assert parse_text(ENGLISH + closing)["note_taker"] == who


def test_who_compiled_the_minutes_below_the_title():
    text = (
        "# R_Sub_11-04-22_Minutes\n\n## Minutes for the Submissions WG 2022-11-04\n\n"
        "Compiled by Joseph Example (JBE)\n\n### Attendees\n\n- Ann Berg\n- Ben Keller\n\n"
        "### Notes\n\nText.\n"
    )
    assert parse_text(text, fmt="md")["note_taker"] == "Joseph Example"


def test_who_prepared_a_report_under_an_item_wrote_no_minutes():
    text = (
        "# Minutes of the AGM\n\nDate: 11 October 2023\n\n## 1. Welcome\n\nText.\n\n"
        "## 2. Treasurer's report\n\nPrepared by Vincent Example\n\nThe accounts balance.\n\n"
        + "\n\n".join(f"## {n}. Topic {n}\n\nText." for n in range(3, 12))
        + "\n"
    )
    assert parse_text(text, fmt="md")["note_taker"] is None


@pytest.mark.parametrize(
    ("signature", "who"),
    [
        ("Doralee Example\nSecretary\nApril 16, 2009", "Doralee Example"),
        ("Bernadette Beispiel\n\n(Schriftführerin)", "Bernadette Beispiel"),
    ],
)
def test_a_single_signature_with_the_writers_role_below(signature, who):
    text = ENGLISH + "This document is a true copy of the minutes.\n\n" + signature + "\n"
    assert parse_text(text)["note_taker"] == who


def test_the_chair_signing_alone_is_no_note_taker():
    text = ENGLISH + "Jane Example\nChair\n"
    assert parse_text(text)["note_taker"] is None


def test_an_election_result_names_no_note_taker():
    text = (
        "# Generalversammlung 2019\n\n09.03.2019\n\nDie Versammlung begann um 17:00 Uhr.\n\n"
        "Ergebnisse der Wahlen:\n * 2. Schützenmeister: Heinz Beispiel\n"
        " * Schriftführerin: Sabine Muster\n * Revisor: Peter Probe\n\n"
        "Wir danken allen Helfern.\n"
    )
    assert parse_text(text, fmt="md")["note_taker"] is None


def test_the_meetings_roles_in_the_header_still_name_the_note_taker():
    text = (
        "# Protokoll der Sitzung\n\nDatum: 23.04.2025\nSitzungsleitung: Nils Beispiel\n"
        "Schriftführer: Deniz Muster\nZeitnehmer: Kai Probe\n\n"
        "## 1. Bericht\n\nText.\n\n## 2. Termine\n\nText.\n"
    )
    assert parse_text(text)["note_taker"] == "Deniz Muster"

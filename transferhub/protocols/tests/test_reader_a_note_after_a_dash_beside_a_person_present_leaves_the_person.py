"""A note after a dash beside a person in the list of those present leaves the person counted.

"Dirk-Willem van Gulik (ASF) -- arrived 30 mins late" (ORC WG), "Rodrigo — Automotive; primary
owner on the Automotive side" (Experian) and "Anna Berg – kam später" name one person each;
the note, a few words written small, was read as a sentence and the person dropped.
"""

from __future__ import annotations

from transferhub.protocols.reader import parse_text


def _names(text: str) -> list[str]:
    return [p["name"] for p in parse_text(text, fmt="md")["participants"]]


def test_english_notes_after_a_dash():
    text = (
        "# Task force meeting 2026-02-24\n\n## Participants\n\n- Anna Black\n"
        "- Timo Perälä (Nokia)\n- Dirk-Willem van Gulik (ASF) \\-- arrived 30 mins late.\n"
        "- Rodrigo — Automotive; primary owner on the Automotive side\n\n## Notes\n\n"
        "### Welcome\n\n- Text.\n\n### Paper\n\n- Text.\n"
    )
    assert _names(text) == ["Anna Black", "Timo Perälä", "Dirk-Willem van Gulik", "Rodrigo"]


def test_german_notes_after_a_dash():
    text = (
        "# Teamtreffen 2025-03-01\n\n## Teilnehmende\n\n- Anna Berg – kam später zur Sitzung\n"
        "- Ben Keller - ab TOP 3 dabei\n- Carla Diaz\n\n## TOP 1 Stand\n\nText.\n\n"
        "## TOP 2 Termine\n\nText.\n"
    )
    assert _names(text) == ["Anna Berg", "Ben Keller", "Carla Diaz"]

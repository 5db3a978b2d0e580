"""Markdown's underlined titles ("GUI" over "---", the title over "===") are headings, as a
browser shows them, in notes of student teams and associations (pandoc writes them so); a
"---" below a list entry, a front matter's fence, a blank line or a line more than twice its
length stays a rule. All text
invented.
"""

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.parse import rst_headings


def titles(text: str) -> list[str]:
    return [a["title"] for a in read_protocol(text.encode(), filename="notes.md")["agenda"]]


def test_german_notes_with_underlined_titles():
    text = (
        "Protokoll 12.11.2024\n====================\n\n- Qt 6 wird benutzt\n\n"
        "Oberfläche\n----------\n\nHauptfenster\n- Tabelle mit Vorschau\n\n"
        "Pflichtenheft\n-------------\n\n- Anna: Einleitung\n- Ben: Testfälle\n"
    )
    assert titles(text) == ["Oberfläche", "Pflichtenheft"]


def test_english_notes_with_underlined_titles():
    text = (
        "Team meeting 2024-11-12\n=======================\n\n"
        "Budget\n------\n\nWe stay within the plan.\n\n"
        "Website\n-------\n\nThe new design goes live in May.\n"
    )
    assert titles(text) == ["Budget", "Website"]


def test_rules_below_lists_front_matter_and_blank_lines_are_no_underlines():
    lines = [
        "---",
        "title: Notes",
        "---",
        "- an entry",
        "---",
        "",
        "---",
        "| a | b |",
        "---",
        "",
        "Der Antrag wurde einstimmig angenommen.",
        "---",
        "",
        "Budget",
        "---",
    ]
    # A sentence over "---" is text above a rule; a short title over it is a heading.
    assert rst_headings(lines, setext=True) == [*lines[:13], "## Budget", ""]

"""A numbered title that starts with the letters of a greeting is an item ("2. Hiring").

A letter pasted into the minutes numbers its paragraphs ("3. Dear Members", "4. Hi all"),
and those lines are no items. The greeting is a whole word: "Hiring", "Highways",
"Hinweise", "Hilfe", "Heyday" or "Yoursite" open topics.
"""

from transferhub.protocols.reader import parse_text


def _titles(text: str) -> list[str]:
    return [it["title"] for it in parse_text(text, fmt="txt")["agenda"]]


def test_english_titles_starting_with_hi_or_dear_letters_are_items():
    text = (
        "Minutes of the committee meeting, 4 February 2025\n\n"
        "1. Budget\nThe treasurer presented the figures.\n\n"
        "2. Hiring\nTwo candidates were interviewed.\n\n"
        "3. Highways\nThe potholes on Mill Lane were reported.\n\n"
        "4. Any other business\nNone.\n"
    )
    assert _titles(text) == ["Budget", "Hiring", "Highways", "Any other business"]


def test_german_titles_starting_with_hi_are_items():
    text = (
        "Protokoll der Sitzung vom 4.2.2025\n\n"
        "1. Begrüßung\nAlle sind da.\n\n"
        "2. Hinweise des Vorstands\nDie Halle ist im März geschlossen.\n\n"
        "3. Hilfe beim Umzug\nFünf Leute helfen.\n\n"
        "4. Sonstiges\nNichts.\n"
    )
    assert _titles(text) == ["Begrüßung", "Hinweise des Vorstands", "Hilfe beim Umzug", "Sonstiges"]


def test_a_letters_numbered_greeting_is_still_no_item():
    text = (
        "Minutes of the committee meeting, 4 February 2025\n\n"
        "1. Budget\nThe treasurer presented the figures.\n\n"
        "2. Correspondence\nA letter was read out:\n\n"
        "3. Hi all, thank you for the invitation.\nWe are glad to join.\n\n"
        "4. Dear committee, we support the plan.\nKind regards.\n"
    )
    titles = _titles(text)
    assert "Budget" in titles and "Correspondence" in titles
    assert not any(t.startswith(("Hi all", "Dear")) for t in titles)

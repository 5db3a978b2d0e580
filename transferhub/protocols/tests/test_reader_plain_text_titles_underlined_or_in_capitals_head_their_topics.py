"""In plain text, a title underlined ("Budget" over "------") or a line in capitals heads a topic.

A typewriter has no bold: minutes written as plain text (a mail, a .txt file) mark their
topics by underlining a line alone with "-" or "=", or by a line in capitals alone
("MATTERS ARISING"). The underline must be as long as the title and the title stand alone (a
paragraph's last line over a rule is text). Capitals count as the last resort, three lines
or more; the document's title, a date and the header's parts ("PRESENT") are no topics.
"""

from transferhub.protocols.reader import parse_text


def _titles(text: str) -> list[str]:
    return [it["title"] for it in parse_text(text, fmt="txt")["agenda"]]


def test_english_underlined_titles_in_a_plain_text_are_the_items():
    text = (
        "Minutes of the committee meeting, 4 February 2025\n"
        "==================================================\n\n"
        "Present: Ann Smith, Bob Jones\n\n"
        "Budget\n------\nTravel costs are over plan.\n\n"
        "Hiring\n------\nTwo candidates were interviewed.\n\n"
        "Office move\n-----------\nThe lease was signed.\n"
    )
    r = parse_text(text, fmt="txt")
    assert [it["title"] for it in r["agenda"]] == ["Budget", "Hiring", "Office move"]
    assert r["agenda"][1]["minutes"] == "Two candidates were interviewed."


def test_german_underlined_titles_and_a_rule_under_a_paragraph():
    text = (
        "Protokoll der Vorstandssitzung vom 4. Februar 2025\n\n"
        "Kassenbericht\n=============\nDer Kontostand ist gut.\n\n"
        "Sommerfest\n==========\nDer Termin ist der 5. Juli. Anna fragt beim\n"
        "Park an und meldet sich bis Freitag\n"
        "------------------------------------\n\n"
        "Sonstiges\n=========\nNichts.\n"
    )
    assert _titles(text) == ["Kassenbericht", "Sommerfest", "Sonstiges"]


def test_english_lines_in_capitals_alone_are_the_items():
    text = (
        "MINUTES OF THE PARISH COUNCIL MEETING HELD ON 4 FEBRUARY 2025\n\n"
        "PRESENT: Cllr Ann Smith, Cllr Bob Jones\n\n"
        "APOLOGIES\nCllr Cid Lee\n\n"
        "MATTERS ARISING\nThe bench on the green was repaired.\n\n"
        "PLANNING\nNo applications were received.\n\n"
        "HIGHWAYS\nPotholes on Mill Lane were reported.\n\n"
        "FINANCE\nThe accounts were approved.\n"
    )
    assert [t.casefold() for t in _titles(text)] == [
        "matters arising",
        "planning",
        "highways",
        "finance",
    ]


def test_german_lines_in_capitals_and_two_are_not_enough():
    text = (
        "Protokoll der Sitzung vom 4.2.2025\n\n"
        "KASSE\nDer Kontostand ist gut.\n\n"
        "WERKSTATT\nDie Säge ist repariert.\n\n"
        "SOMMERFEST\nTermin im Juli.\n"
    )
    assert [t.casefold() for t in _titles(text)] == ["kasse", "werkstatt", "sommerfest"]
    two = "Protokoll der Sitzung vom 4.2.2025\n\nKASSE\nGut.\n\nWERKSTATT\nRepariert.\n"
    assert _titles(two) == ["Protokoll"]

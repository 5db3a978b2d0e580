"""A heading's clock in brackets ("Call to order (10:07)", "Eröffnung (19:05 Uhr)") is when the
item was taken up, and the opening's clock is the meeting's start; an outcome after a dash or
colon ("Approval of March minutes - Unanimously approved as written") is the item's decision,
not part of its title; "called to order at 19:17" below a date line that names the time
called for (7:15PM) is when the meeting began. County commissions and club boards write so.
All text invented.
"""

from transferhub.protocols.reader import read_protocol


def read(text: str) -> dict:
    return read_protocol(text.encode(), filename="minutes.md")


def test_english_clock_and_outcome_in_headings():
    got = read(
        "# Commission on Aging, April 3, 2024\n\n## Call to order/Moment of Silence (10:07)\n"
        "The chair welcomed all.\n\n## Approval of March minutes - Unanimously approved as written\n"
        "No changes.\n\n## Old business\nNothing new.\n"
    )
    assert got["start"] == "10:07"
    assert [(a["title"], a["start"]) for a in got["agenda"]] == [
        ("Call to order/Moment of Silence", "10:07"),
        ("Approval of March minutes", None),
        ("Old business", None),
    ]
    assert [d["text"] for d in got["agenda"][1]["decisions"]] == [
        "Approval of March minutes - Unanimously approved as written"
    ]


def test_german_clock_and_outcome_in_headings():
    got = read(
        "# Vorstandssitzung 03.04.2024\n\n## Eröffnung (19:05 Uhr)\nAnna begrüßt alle.\n\n"
        "## Haushalt 2025: einstimmig angenommen\nDer Entwurf wird vorgestellt.\n\n"
        "## Sommerfest (19:40)\nIm Juli.\n"
    )
    assert got["start"] == "19:05"
    assert [(a["title"], a["start"]) for a in got["agenda"]] == [
        ("Eröffnung", "19:05"),
        ("Haushalt 2025", None),
        ("Sommerfest", "19:40"),
    ]
    assert [d["kind"] for d in got["agenda"][1]["decisions"]] == ["resolution"]


def test_a_later_items_clock_is_no_start_of_the_meeting():
    got = read(
        "# Vorstandssitzung 03.04.2024\n\n## Haushalt (19:40)\nBeraten.\n\n## Feste\nIm Juli.\n"
    )
    assert got["start"] is None


def test_called_to_order_below_the_time_called_for_is_the_start():
    got = read(
        "## EXAMPLE RADIO CLUB\n\n### ZOOM MEETING Tuesday, October 15, 2024 (7:15PM)\n\n"
        "# MINUTES\n\nAttendees: Ann, Bob, Cid, Dee\n\nGuests: None\n\n"
        "Meeting called to order at 19:17.\n\n1. ADOPTION OF AGENDA\n\nAdopted.\n\n"
        "2. TREASURER\n\nBalance noted.\n"
    )
    assert got["start"] == "19:17"

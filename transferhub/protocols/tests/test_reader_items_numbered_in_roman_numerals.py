"""Items numbered in Roman numerals ("I. Call to Order", "IV. Financial Report") are items.

Boards, commissions and student governments that follow Robert's Rules number the sections of
their minutes I, II, III …; the numeral is the item's number, not part of its title. A lone
initial ("I. Newton reported …") starts no numbering.
"""

from transferhub.protocols.reader import read_protocol


def _items(text: str, name: str = "minutes.txt") -> list[tuple[str, str]]:
    result = read_protocol(text.encode(), filename=name)
    return [(a["number"], a["title"]) for a in result["agenda"]]


def test_english_plain_text_minutes_in_roman_numerals():
    assert _items("""Minutes of the Board Meeting, March 3, 2024

Present: Anna Smith, Ben Jones, Carl White

I. Call to Order
The meeting was called to order at 7:02 pm.

II. Approval of Minutes
The minutes were approved.

III. Treasurer's Report
Balance is $1,200.

IV. New Business
The board discussed the picnic.

V. Adjournment
The meeting adjourned at 8:15 pm.
""") == [
        ("1", "Call to Order"),
        ("2", "Approval of Minutes"),
        ("3", "Treasurer's Report"),
        ("4", "New Business"),
        ("5", "Adjournment"),
    ]


def test_german_markdown_headings_in_roman_numerals():
    assert _items(
        """# Protokoll der Mitgliederversammlung vom 3. März 2024

## I. Eröffnung und Begrüßung
Der Vorsitzende eröffnet die Versammlung.

## II. Bericht des Vorstands
Der Vorstand berichtet.

## III. Wahlen
Anna wird gewählt.
""",
        name="protokoll.md",
    ) == [("1", "Eröffnung und Begrüßung"), ("2", "Bericht des Vorstands"), ("3", "Wahlen")]


def test_a_lone_initial_starts_no_numbering():
    items = _items("""Minutes of the meeting of 5 March 2024

Present: Anna, Ben

1. Release planning
I. Newton reported on the schedule.

2. Documentation
Anna updates the guide.
""")
    assert items == [("1", "Release planning"), ("2", "Documentation")]

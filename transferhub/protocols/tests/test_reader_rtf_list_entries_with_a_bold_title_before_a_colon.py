"""An RTF list entry whose title is set in bold before a colon ("**Apologies**: Apologies were
received from …", as Word and LibreOffice minutes of associations write them) is the item and
its minutes, not one long title; a bold lead without a colon or with a few words after it
stays the entry's text. RTF written in the test; all text invented.
"""

import pytest

from transferhub.protocols.reader import blocks as B
from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.extract import extract_blocks


def rtf(entries: list[tuple[str, str]], title: str) -> bytes:
    pars = "".join(
        r"{\listtext\pard\plain "
        + f"{n}."
        + r"\tab}\ls1\ilvl0 {\b "
        + bold
        + r"}{\b0 "
        + rest
        + r"}\par "
        for n, (bold, rest) in enumerate(entries, 1)
    )
    return (r"{\rtf1\ansi\deff0 {\pard " + title + r"\par}" + pars + "}").encode("latin-1")


EN = [
    ("Apologies", ": Apologies were received from Ann Example and Bob Sample."),
    ("Treasurer's report", ": The accounts were presented and accepted by the meeting."),
    ("Any other business", ""),
]
DE = [
    ("Entschuldigt", ": Es fehlen entschuldigt Anna Beispiel und Bernd Muster."),
    ("Kassenbericht", ": Der Kassenbericht wird vorgestellt und ohne Fragen angenommen."),
    ("Verschiedenes", ": keine"),
]


@pytest.mark.parametrize(
    ("entries", "title", "items"),
    [
        (
            EN,
            "Annual General Meeting, 12 March 2024",
            [
                ("1", "Apologies"),
                (B.PARAGRAPH, "Apologies were received from Ann Example and Bob Sample."),
                ("2", "Treasurer's report"),
                (B.PARAGRAPH, "The accounts were presented and accepted by the meeting."),
                ("3", "Any other business"),
            ],
        ),
        (
            DE,
            "Mitgliederversammlung am 12.03.2024",
            [
                ("1", "Entschuldigt"),
                (B.PARAGRAPH, "Es fehlen entschuldigt Anna Beispiel und Bernd Muster."),
                ("2", "Kassenbericht"),
                (B.PARAGRAPH, "Der Kassenbericht wird vorgestellt und ohne Fragen angenommen."),
                ("3", "Verschiedenes: keine"),  # a few words after the colon: one entry
            ],
        ),
    ],
)
def test_a_bold_title_before_a_colon_is_the_entry_and_the_rest_its_text(entries, title, items):
    _fmt, blocks = extract_blocks(rtf(entries, title), "minutes.rtf")
    got = [(b.number if b.kind == B.ITEM else b.kind, b.text) for b in blocks[1:]]
    assert got == items


def test_the_items_of_such_minutes_have_short_titles():
    got = read_protocol(rtf(EN, "Annual General Meeting, 12 March 2024"), filename="agm.rtf")
    treasurer = got["agenda"][1]
    assert treasurer["title"] == "Treasurer's report"
    assert treasurer["minutes"].startswith("The accounts were presented")

"""A PDF whose item headings are set at the body's size, in capitals or in bold, has them read
as headings: "CONSENT CALENDAR", "NON-AGENDA PUBLIC COMMENT" (a library board's and a city
commission's minutes), "APPROVAL OF PREVIOUS MINUTES" in bold between the tables of a club's
template; a line in capitals that ends a sentence, a number's line or a short word stay text.
PDFs built in the test with WeasyPrint; all text invented.
"""

import pytest

from transferhub.protocols.reader import blocks as B
from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.extract import extract_blocks

STYLE = "<style>body{font:11pt 'DejaVu Sans'} p{margin:0 0 10pt 0}</style>"


def pdf(body: str) -> bytes:
    import weasyprint

    return weasyprint.HTML(string=STYLE + body).write_pdf()


EN = (
    "<p><b>MINUTES OF THE EXAMPLE TOWN LIBRARY BOARD</b></p>"
    "<p><b>WEDNESDAY, MARCH 13, 2024</b></p>"
    "<p>The regular meeting was called to order at 6:01 p.m.</p>"
    "<p>PUBLIC COMMENT</p><p>None.</p>"
    "<p>CONSENT CALENDAR</p><p>The board approved the consent calendar with a 5-0 vote.</p>"
    "<p><b>Budget Review</b></p><p>The director presented the budget.</p>"
    "<p>ADJOURNMENT</p><p>The meeting was adjourned at 6:50 p.m.</p>"
)

DE = (
    "<p><b>PROTOKOLL DER VORSTANDSSITZUNG</b></p>"
    "<p>Datum: 13.03.2024, Beginn: 19:00 Uhr</p>"
    "<p>BERICHT DES VORSTANDS</p><p>Der Vorstand berichtet über das Jahr.</p>"
    "<p><b>Kassenbericht</b></p><p>Die Kasse ist geprüft.</p>"
    "<p>VERSCHIEDENES</p><p>Keine Wortmeldungen.</p>"
    "<p>Ende der Sitzung: 20:30 Uhr</p>"
)


def headings(data: bytes) -> list[str]:
    return [b.text for b in extract_blocks(data, "minutes.pdf")[1] if b.kind == B.HEADING]


def test_english_headings_in_capitals_or_bold_are_the_items():
    got = read_protocol(pdf(EN), filename="board.pdf")
    assert [a["title"] for a in got["agenda"]] == [
        "PUBLIC COMMENT",
        "CONSENT CALENDAR",
        "Budget Review",
        "ADJOURNMENT",
    ]
    assert (got["date"], got["start"], got["end"]) == ("2024-03-13", "18:01", "18:50")


def test_german_headings_in_capitals_or_bold_are_the_items():
    got = read_protocol(pdf(DE), filename="vorstand.pdf")
    assert [a["title"] for a in got["agenda"]] == [
        "BERICHT DES VORSTANDS",
        "Kassenbericht",
        "VERSCHIEDENES",
    ]
    assert (got["start"], got["end"]) == ("19:00", "20:30")


@pytest.mark.parametrize(
    "line",
    [
        "THE MOTION WAS CARRIED.",  # a sentence's end
        "1. CALL TO ORDER",  # a number's line is the list's
        "OK",  # too short to be a heading
        "Die Sitzung wird eröffnet und alle werden begrüßt",  # plain text
    ],
)
def test_other_lines_at_body_size_stay_text(line):
    assert line.split()[-1] not in " ".join(headings(pdf(f"<p>Vorbemerkung</p><p>{line}</p>")))


def test_a_slashed_date_read_either_way_follows_the_file_name():
    text = (
        "Board Meeting Minutes\n\n4/11/2016 7:30 PM\n\n1. Budget\nApproved.\n\n2. Events\nNoted.\n"
    )
    assert read_protocol(text.encode(), filename="board_2016-04-11.txt")["date"] == "2016-04-11"
    assert read_protocol(text.encode(), filename="board.txt")["date"] == "2016-11-04"
    text_de = (
        "Protokoll\n\n03/04/2016 19:30 Uhr\n\n1. Haushalt\nBeschlossen.\n\n2. Feste\nNotiert.\n"
    )
    assert read_protocol(text_de.encode(), filename="vorstand.txt")["date"] == "2016-04-03"

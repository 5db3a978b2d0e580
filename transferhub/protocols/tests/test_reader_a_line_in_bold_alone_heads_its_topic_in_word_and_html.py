"""A short line set in bold throughout heads its topic in Word and HTML minutes.

Minutes typed in Word without heading styles, or mailed as HTML, mark each topic as a line in
bold over its notes; that line is a heading. A bold line that ends in a colon ("Topics:") or
a full stop is a label or a sentence, and a line only partly in bold is text. When the
headings name the entries of a numbered list read out in the opening again, the headings are
the items and the list was the agenda.
"""

import io

from transferhub.protocols.reader import blocks as B
from transferhub.protocols.reader import extract_blocks, read_protocol


def _word(paragraphs: list[tuple[str, bool | None]]) -> bytes:
    import docx

    doc = docx.Document()
    for text, bold in paragraphs:
        par = doc.add_paragraph()
        if bold is None:  # half in bold, half not
            par.add_run(text[:5]).bold = True
            par.add_run(text[5:])
        else:
            par.add_run(text).bold = bold
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _headings(data: bytes) -> list[str]:
    return [b.text for b in extract_blocks(data, "upload")[1] if b.kind == B.HEADING]


def test_word_lines_in_bold_alone_are_headings_labels_and_sentences_are_not():
    data = _word(
        [
            ("Welcome", True),
            ("The chair opened the meeting.", False),
            ("Topics:", True),
            ("This whole sentence is in bold.", True),
            ("Finance report", None),
            ("Kassenbericht", True),
            ("Beschluss: einstimmig angenommen", True),
            ("Date: 5 March 2024", True),
            ("Motion carried", True),
            ("Einstimmig angenommen", True),
        ]
    )
    assert _headings(data) == ["Welcome", "Kassenbericht"]


def test_html_paragraphs_in_bold_alone_are_headings():
    page = b"""<html><body>
    <p><span><b><font size=2>Aim of Iteration 2</font></b></span></p>
    <p>To support the geometry.</p>
    <p><strong>Beschluss:</strong> angenommen</p>
    <p><b>Anwesend:</b></p>
    <p><strong>Resolution: the budget is approved</strong></p>
    <ul><li><b>Anna</b></li></ul>
    </body></html>"""
    assert _headings(page) == ["Aim of Iteration 2"]


def test_word_minutes_with_bold_topics_after_a_read_out_agenda():
    data = _word(
        [
            ("TSC Meeting", True),
            ("January 14, 2016", False),
            ("Welcome", True),
            ("The chair presented the agenda for the meeting.", False),
            ("1) Status report on the core spec.", False),
            ("2) Operations spec discussion.", False),
            ("3) Meeting cadence.", False),
            ("Status Report on the Core Spec", True),
            ("The spec is marked as a draft.", False),
            ("Operations spec discussion overview", True),
            ("Everyone was at the meeting.", False),
            ("Meeting Cadence", True),
            ("We meet every two weeks.", False),
        ]
    )
    result = read_protocol(data, filename="tsc.docx")
    assert [a["title"] for a in result["agenda"]] == [
        "Welcome",
        "Status Report on the Core Spec",
        "Operations spec discussion overview",
        "Meeting Cadence",
    ]


def test_german_word_minutes_with_bold_topics():
    data = _word(
        [
            ("Protokoll Teamtreffen 30.04.2019", True),
            ("Teilnehmer: Anna, Ben", False),
            ("Inhalte", True),
            ("Wir besprechen den Entwurf.", False),
            ("Festlegungen", True),
            ("Der Entwurf wird angenommen.", False),
        ]
    )
    result = read_protocol(data, filename="team.docx")
    assert [a["title"] for a in result["agenda"]] == ["Inhalte", "Festlegungen"]

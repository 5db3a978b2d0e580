"""Forms that recur across the organisations of the corpus: Swiss "Traktanden", votes without a
count against, US commission vote lines, elections, Word's own minutes template (labels in
content controls) and action tables with a "Person responsible" column."""

import io

import docx
import pytest
from docx.oxml import parse_xml

from transferhub.protocols.reader import content, decisions, extract_blocks, parse_text, tasks


def test_items_under_a_traktanden_heading_are_the_agenda():
    text = (
        "# Protokoll Generalversammlung 2019\n\n## Ort und Zeit\n\n"
        "**Tag:** 22.02.2019<br/>\n**Zeit:** 17:00 bis 18:00<br/>\n\n## Traktanden\n\n"
        "### Wahl Stimmenzähler\n\nEinstimmig.\n\n### Jahresabschluss\n\nErläutert.\n\n"
        "### Varia\n\nNichts.\n"
    )
    got = parse_text(text, fmt="md")
    assert [a["title"] for a in got["agenda"]] == ["Wahl Stimmenzähler", "Jahresabschluss", "Varia"]
    assert (got["date"], got["start"], got["end"]) == ("2019-02-22", "17:00", "18:00")


def test_items_under_a_proceedings_heading_are_the_agenda():
    text = (
        "# Minutes of the 4th meeting\n\n## Summary\n\nNothing new.\n\n## Attendees\n\n- Ann\n\n"
        "## Proceedings\n\n### Opening Remarks\n\nHello.\n\n### Reports\n\nFine.\n"
    )
    got = parse_text(text, fmt="md")
    assert [a["title"] for a in got["agenda"]] == ["Opening Remarks", "Reports"]


@pytest.mark.parametrize(
    ("text", "votes"),
    [
        ("Angenommen mit 14 Pro, 1 Enthaltung", {"yes": 14, "no": 0, "abstain": 1}),
        (
            "wird mit 10 ja stimmen und einer enthaltung abgenommen",
            {"yes": 10, "no": 0, "abstain": 1},
        ),
        ("17 Ja-Stimmen, 2 Enthaltungen", {"yes": 17, "no": 0, "abstain": 2}),
        (
            "Vote: Yes (4) D. Smith, K. Smith, Torres, Watkins. Abstain: (1) Duhe. No: (2) Moore, "
            "Tran. Motion: Passed.",
            {"yes": 4, "no": 2, "abstain": 1},
        ),
        ("mit 17 Ja-Stimmen, 0 Nein-Stimmen und 1 Enthaltung", {"yes": 17, "no": 0, "abstain": 1}),
    ],
)
def test_vote_counts_in_these_forms_are_read(text, votes):
    assert content.parse_votes(text) == votes
    # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "Raphael Das Gupta wird einstimmig zum Protokollschreiber gewählt.",
        "Die Vereinsversammlung wählt Matteo Kamm mit 17 Ja-Stimmen zum neuen Präsidenten.",
        "Die Vereinsversammlung nimmt mit 15 Ja-Stimmen, 0 Nein-Stimmen und 3 Enthaltungen an, "
        "dass der Vorstand entscheidet.",
        "GV-Protokoll vom 19.10.2020 wird mit 10 ja stimmen und einer enthaltung abgenommen",
    ],
)
def test_elections_and_motions_taken_are_decisions(sentence):
    assert decisions.sentence_kind(sentence) == "resolution"


def test_taking_on_a_topic_is_no_decision():
    assert decisions.sentence_kind("krobin nimmt sich dem Thema an.") is None


def test_a_motion_paragraph_keeps_the_vote_line_written_before_its_outcome():
    text = (
        "# Minutes\n\nDate: July 13, 2022\n\n1. DISPOSITION OF MINUTES:\n\n"
        "Motion: Vice Chair Tran entertained a motion to approve the minutes. Moved by: "
        "Commissioner Smith. Vote: Yes (7) Duhe, Moore. Abstain: (0). Motion: Passed.\n\n"
        "2. ADJOURNMENT: 6:45 p.m.\n"
    )
    got = parse_text(text, fmt="txt")
    [decision] = [d for a in got["agenda"] for d in a["decisions"]]
    assert decision["votes"] == {"yes": 7, "no": 0, "abstain": 0}


def test_an_action_table_with_a_person_responsible_column_names_owners():
    rows = [
        ["Action items", "Person responsible", "Deadline"],
        ["Make accounts for the apps", "Sean O’Connor", "April 15, 2022"],
    ]
    got = tasks.table_tasks(rows, None)
    assert got == [
        {"text": "Make accounts for the apps", "owner": "Sean O’Connor", "due": "2022-04-15"}
    ]


def _minutes_template_docx() -> bytes:
    """A header table as Word's "Minutes" template has it: labels in content controls."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    row = table.rows[0]._tr
    # A whole cell wrapped in a content control, and a label run inside one.
    cell = row.tc_lst[0]
    wrapped = parse_xml(
        f"<w:sdt {w}><w:sdtPr/><w:sdtContent>"
        f"<w:tc><w:p><w:r><w:t>Note taker:</w:t></w:r></w:p></w:tc>"
        f"</w:sdtContent></w:sdt>"
    )
    row.replace(cell, wrapped)
    table.rows[0].cells[-1].paragraphs[0].add_run("Cristina Hilario")
    label = parse_xml(
        f"<w:p {w}><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>Attendees:</w:t></w:r>"
        f"</w:sdtContent></w:sdt></w:p>"
    )
    first = table.rows[1].cells[0]._tc
    first.replace(first.p_lst[0], label)
    table.rows[1].cells[1].paragraphs[0].add_run("Cristina, Sean")
    document.add_paragraph("Date: April 8, 2022")
    document.add_paragraph("1. Review")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_labels_in_word_content_controls_are_read():
    data = _minutes_template_docx()
    _fmt, blocks = extract_blocks(data, "minutes.docx")
    rows = [b.cells for b in blocks if b.kind == "row"]
    assert rows == [["Note taker:", "Cristina Hilario"], ["Attendees:", "Cristina, Sean"]]


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("*Als Protkollführer wurde einstimmig Mike Marti gewählt.*", "Mike Marti"),
        ("Raphael Das Gupta wird einstimmig zum Protokollschreiber gewählt.", "Raphael Das Gupta"),
        ("- Protokollführer: Floris Staub einstimmig angenommen", "Floris Staub"),
    ],
)
def test_a_note_taker_elected_at_the_meeting_is_the_note_taker(line, who):
    text = f"# Protokoll Generalversammlung\n\nDatum: 04.03.2021\n\n## 1 Organisation\n\n{line}\n"
    assert parse_text(text, fmt="md")["note_taker"] == who


def test_the_name_under_respectfully_submitted_is_the_note_taker():
    text = (
        "MINUTES\n\nWednesday, July 13, 2022, 4:30 P.M.\n\n1. OPEN FORUM:\n\nNone.\n\n"
        "2. ADJOURNMENT: 6:45 p.m.\n\nRespectfully Submitted,\n\n"
        "Jasmine Bellow Assistant to the Director Recording Secretary\n"
    )
    assert parse_text(text, fmt="pdf")["note_taker"] == "Jasmine Bellow"


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("Daniel, Braden, Shanette, Cate and Sri were in attendance", 5),
        ("Es sind alle 3 Vorstände anwesend: Krobin, Phjl, Gregor.", 3),
        ("Total Stimmenzahl: 18", 18),
    ],
)
def test_those_present_are_counted_in_these_forms(line, count):
    text = (
        f"# Minutes\n\nDate: 15.03.2016\n\n{line}\n\n## 1 Reports\n\nNone.\n\n## 2 Other\n\nNo.\n"
    )
    assert parse_text(text, fmt="md")["participant_count"] == count


def test_a_report_attached_after_the_minutes_does_not_replace_their_items():
    minutes = "".join(
        f"## {n} Topic {n}\n\nWe talked.\n\nAnd more.\n\nStill more.\n\n" for n in (1, 2, 3)
    )
    report = "".join(f"## {n} Report part {n}\n\nText.\n\n" for n in (1, 2, 3))
    text = f"# Committee Meeting\n\n15th March, 2016\n\n{minutes}Attached report\n\n{report}"
    got = parse_text(text, fmt="pdf")
    assert [a["title"] for a in got["agenda"]] == ["Topic 1", "Topic 2", "Topic 3"]


@pytest.mark.parametrize(
    ("header", "start"),
    [
        ("# Plenum am 2023-02-02 um 20:00 Uhr\n\nEs wurde gestartet um 21:10 Uhr", "21:10"),
        (
            "MINUTES\n\nWednesday, July 13, 2022, 4:30 P.M.\n\nCALL TO ORDER / ROLL CALL: 4:35 P.M.",
            "16:35",
        ),
        ("# Committee Meeting\n\n14.00, Tuesday 15th March, 2016", "14:00"),
        (
            "# Minutes\n\nThe meeting took place virtually, via UberConference, at 6:00pm "
            "(Lausanne time) on Tuesday, February 28, 2017.",
            "18:00",
        ),
        ("# GV\n\n**Ort:** Online **Tag:** 04.03.2021 **Zeit:** 17:00 Uhr bis 18:30 Uhr", "17:00"),
    ],
)
def test_the_start_is_when_the_meeting_began(header, start):
    text = f"{header}\n\n## 1 Reports\n\nNone.\n\n## 2 Other\n\nNo.\n"
    assert parse_text(text, fmt="md")["start"] == start


def test_naechstes_mal_names_the_next_meeting():
    text = (
        "## Vorstandssitzung am 11.07.2022, 18:30 Uhr\n\n#### Notar\n\n- Text\n\n#### Vorlagen\n\n"
        "- Text\n\n#### Nächstes Mal: Montag, 17. Oktober um 17:30 Uhr\n"
    )
    assert parse_text(text, fmt="md")["next_meeting"]["date"] == "2022-10-17"


def test_an_action_list_after_the_last_item_gives_a_task_per_line_with_its_owner():
    text = (
        "# Committee Meeting\n\n14.00, Tuesday 15th March, 2016\n\n## 1 Attendance\n\nFine.\n\n"
        "## 2 Meeting close\n\n3:05pm\n\n## Action List\n\n"
        "1. Daniel - organise posters for Physical Systems advertising\n"
        "2. Braden - talk to PSS re: advertising\n"
    )
    got = [t for a in parse_text(text, fmt="pdf")["agenda"] for t in a["tasks"]]
    assert [(t["owner"], t["text"]) for t in got] == [
        ("Daniel", "organise posters for Physical Systems advertising"),
        ("Braden", "talk to PSS re: advertising"),
    ]


def test_names_after_anwesend_colon_in_a_sentence_are_those_present():
    text = (
        "## Vorstandssitzung am 11.07.2022, 18:30 Uhr\n\n"
        "Es sind alle 3 Vorstände anwesend: Krobin, Phjl, Gregor.\n\n#### Notar\n\n- Text\n\n"
        "#### Vorlagen\n\n- Text\n"
    )
    got = parse_text(text, fmt="md")
    assert [p["name"] for p in got["participants"]] == ["Krobin", "Phjl", "Gregor"]
    assert got["participant_count"] == 3

"""PDFs are read through PDFium; the slow table finder runs only on pages with ruling lines.

Text comes out as a person reads it (ligatures as letters, words apart), tables still become
rows, and two threads may read PDFs at once.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pypdfium2

from transferhub.protocols.reader import extract_blocks, read_protocol
from transferhub.protocols.reader.blocks import ROW
from transferhub.protocols.reader.formats import pdf

CORPUS = Path(__file__).resolve().parent / "corpus" / "files"
# A committee's minutes from Google Docs: a ruled header table on page 1, lists after.
RULED = CORPUS / "cssuob-committee_2024-07-23.pdf"
# A Word export of short minutes: lists and a task list, no table.
PLAIN = CORPUS / "makerspace-gt_2018-09-19.pdf"


def _pages_with_rules(path: Path) -> list[bool]:
    doc = pypdfium2.PdfDocument(path.read_bytes())
    try:
        return [pdf._may_hold_a_table(page) for page in doc]
    finally:
        doc.close()


def test_only_a_page_with_ruling_lines_is_searched_for_tables():
    assert _pages_with_rules(RULED) == [True, False, False, False, False]
    assert _pages_with_rules(PLAIN) == [False]


def test_the_ruled_header_table_still_becomes_rows_with_cells_apart():
    _fmt, blocks = extract_blocks(RULED.read_bytes(), RULED.name)
    rows = [b.cells for b in blocks if b.kind == ROW]
    assert rows[0] == ["Location:", "Discord"]
    assert rows[1] == ["Date:", "Tuesday 23rd July 2024"]


def test_ligatures_read_as_letters_and_spaced_letters_as_words():
    _fmt, blocks = extract_blocks(RULED.read_bytes(), RULED.name)
    text = "\n".join(b.text for b in blocks)
    assert "Needs a buffet" in text and "Send off catering form" in text
    assert "out of office" in text
    assert "Past Events (standing item)" in text
    assert "\x00" not in text


def test_words_a_pdf_sets_close_together_stay_apart():
    _fmt, blocks = extract_blocks(PLAIN.read_bytes(), PLAIN.name)
    text = "\n".join(b.text for b in blocks)
    assert "Einladungen zu Mitgliederversammlung" in text


def test_two_threads_reading_pdfs_at_once_get_what_one_gets_alone():
    alone = {p: extract_blocks(p.read_bytes(), p.name) for p in (RULED, PLAIN)}
    got: dict[tuple[Path, int], object] = {}

    def read(path: Path, n: int) -> None:
        got[(path, n)] = extract_blocks(path.read_bytes(), path.name)

    threads = [threading.Thread(target=read, args=(p, n)) for n in range(3) for p in alone]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert len(got) == 6
    for (path, _n), result in got.items():
        assert result == alone[path]


def test_an_indented_vote_count_is_no_list_number_and_stays_with_its_decision():
    # "Beschluss: …" and, indented under it, "17 Ja-Stimmen, 2 Enthaltungen".
    path = CORPUS / "charite-chor-mv_2017-10-11.pdf"
    got = read_protocol(path.read_bytes(), filename=path.name)
    votes = [d["votes"] for a in got["agenda"] for d in a["decisions"] if d["votes"]]
    assert votes == [{"yes": 17, "no": 0, "abstain": 2}]


def test_a_hyphen_that_ends_a_line_is_read_as_a_hyphen_not_a_control_character():
    # A LaTeX PDF hyphenates "Überweisungen"; PDFium marks such a hyphen as U+0002.
    path = CORPUS / "freifunk-dresden-jhv_2019-11-13.pdf"
    _fmt, blocks = extract_blocks(path.read_bytes(), path.name)
    text = "\n".join([b.text for b in blocks] + [c for b in blocks for c in b.cells])
    assert "Über-\nweisungen" in text
    assert "\x02" not in text and "\ufffe" not in text


def test_a_page_of_thousands_of_ruling_lines_costs_no_more_than_a_moment():
    import time

    from .costly_files import pdf as build_pdf
    from .costly_files import text_page

    def page(lines: int, *, crossing: bool) -> bytes:
        across = [f"20 {50 + i * 0.1:.1f} m 250 {50 + i * 0.1:.1f} l S" for i in range(lines)]
        down = [  # lines down that cross those across, or stand apart from them
            f"{x:.2f} 40 m {x:.2f} 800 l S" if crossing else f"{x:.2f} 40 m {x:.2f} 30 l S"
            for x in ((30 if crossing else 300) + j * 0.05 for j in range(lines))
        ]
        drawn = " ".join(across + down).encode()
        return drawn + b" " + text_page(["Protokoll der Sitzung", "TOP 1: Begrüßung"])

    for lines, crossing in ((3_900, False), (3_900, True), (4_100, False)):
        started = time.process_time()
        blocks = pdf.blocks(build_pdf([page(lines, crossing=crossing)]), allow_ocr=False)
        assert time.process_time() - started < 3
        assert "TOP 1: Begrüßung" in "\n".join(b.text for b in blocks)

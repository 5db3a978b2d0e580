"""ODT, RTF and HTML minutes are read to the contract, each told by its content."""

from __future__ import annotations

import pytest

from transferhub.protocols.reader import extract_blocks, read_protocol
from transferhub.protocols.reader.blocks import HEADING, ITEM, ROW

from .fixtures import formats

BUILDERS = {"odt": formats.odt, "rtf": formats.rtf, "html": formats.html}


@pytest.mark.parametrize("fmt", sorted(BUILDERS))
def test_it_reads_date_agenda_decision_and_task(fmt):
    # The name says .txt: the format is told by the content alone.
    got = read_protocol(BUILDERS[fmt](), filename="protokoll.txt")
    assert got["source"]["format"] == fmt
    assert (got["title"], got["date"], got["start"], got["end"]) == (
        "Protokoll AG Umwelt", "2024-03-12", "18:00", "19:30",
    )  # fmt: skip
    assert got["note_taker"] == "Jonas Kurz"
    assert got["participant_count"] == 3
    assert [a["title"] for a in got["agenda"]] == ["Begrüßung", "Haushalt 2024", "Verschiedenes"]
    budget = got["agenda"][1]
    assert budget["decisions"] == [
        {
            "text": "Der Haushalt 2024 wird angenommen.",
            "kind": "resolution",
            "votes": {"yes": 3, "no": 0, "abstain": 0},
        }
    ]
    assert [(t["owner"], t["due"]) for t in budget["tasks"]] == [("Petra Lang", "2024-03-30")]
    assert got["next_meeting"]["date"] == "2024-04-16"


@pytest.mark.parametrize("fmt", sorted(BUILDERS))
def test_its_headings_nested_lists_and_tables_become_blocks(fmt):
    got_fmt, blocks = extract_blocks(BUILDERS[fmt](formats.STRUCTURE), "upload")
    assert got_fmt == fmt
    assert [(b.kind, b.text, b.level) for b in blocks if b.kind in (HEADING, ITEM)] == [
        (HEADING, "Überblick", 1),
        (ITEM, "Erster Punkt", 0),
        (ITEM, "Unterpunkt a", 1),
        (ITEM, "Unterpunkt b", 1),
        (ITEM, "Zweiter Punkt", 0),
    ]
    rows = [b for b in blocks if b.kind == ROW]
    assert [(r.cells, r.header) for r in rows] == [
        (["Was", "Wer", "Bis"], True),
        (["Flyer drucken", "Anna Berg", "01.05.2024"], False),
    ]


@pytest.mark.parametrize("fmt", ["odt", "rtf"])
def test_numbered_lists_keep_their_numbers(fmt):
    _fmt, blocks = extract_blocks(BUILDERS[fmt](), "upload")
    agenda = [b for b in blocks if b.kind == ITEM][:3]
    assert [(b.number, b.text) for b in agenda] == [
        ("1", "Begrüßung"), ("2", "Haushalt 2024"), ("3", "Verschiedenes"),
    ]  # fmt: skip


def test_a_wiki_page_leaves_out_navigation_scripts_and_edit_links():
    _fmt, blocks = extract_blocks(formats.html(), "seite.html")
    text = " ".join(b.text for b in blocks)
    for noise in ("Hauptseite", "wgPageName", "Bearbeiten", "zuletzt bearbeitet", "font:"):
        assert noise not in text


def test_a_page_without_h1_takes_its_title_as_the_heading():
    page = (
        b"<html><head><title>Vorstandssitzung 03.02.2021</title></head><body>"
        b"<p>Beginn: 19:30 Uhr</p><ol start='4'><li>Kasse</li><li>Termine</li></ol></body></html>"
    )
    _fmt, blocks = extract_blocks(page, "x")
    assert (blocks[0].kind, blocks[0].text) == (HEADING, "Vorstandssitzung 03.02.2021")
    assert [(b.number, b.text) for b in blocks if b.kind == ITEM] == [
        ("4", "Kasse"),
        ("5", "Termine"),
    ]
    assert read_protocol(page)["date"] == "2021-02-03"


def test_rtf_in_windows_1252_with_unicode_escapes_reads_umlauts_and_quotes():
    rtf = (
        rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}\pard Gr\'fc\'dfe an \u8222?alle\u8220? "
        rb"\endash  Sch\'f6n\par}"
    )
    _fmt, blocks = extract_blocks(rtf, "x.rtf")
    assert [b.text for b in blocks] == ["Grüße an „alle“ – Schön"]

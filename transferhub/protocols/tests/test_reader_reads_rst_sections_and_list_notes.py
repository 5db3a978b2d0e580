"""reStructuredText sections, "1. 1. 1." Markdown lists and notes kept as a nested list are items."""

from transferhub.protocols.reader import parse_text

RST = """=================
Stupig 2016-06-29
=================

Lightningtalks
--------------

Kurze Vorträge.

organisatorisches
-----------------

==> next 27. Juli. 19Uhr
"""


def test_it_reads_rst_section_titles_as_items():
    r = parse_text(RST, fmt="txt", filename="2016-06-29.rst")
    assert r["date"] == "2016-06-29"
    assert [i["title"] for i in r["agenda"]] == ["Lightningtalks", "organisatorisches"]


def test_a_markdown_list_numbered_one_one_one_counts_up():
    text = (
        "# Planungstreffen\nMittwoch, 06. März 2019\n\n### Tagesordnungspunkte\n"
        "1. Vorstellungsrunde\n1. Vereinsheim\n\t1. Diskussion\n\t1. Anfrage\n1. Repair Café\n"
    )
    r = parse_text(text, fmt="md")
    assert [i["title"] for i in r["agenda"]] == ["Vorstellungsrunde", "Vereinsheim", "Repair Café"]


def test_notes_kept_as_a_nested_list_have_their_top_bullets_as_items():
    text = (
        "# Meeting Notes 22 Jan 2020\n\nAgenda/Notes:\n* ASWF plenary meeting\n"
        "   * Brian to prepare slides.\n* Windows alpha\n  * PRs out and approved.\n"
    )
    r = parse_text(text, fmt="md")
    assert [i["title"] for i in r["agenda"]] == ["ASWF plenary meeting", "Windows alpha"]

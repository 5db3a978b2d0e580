"""Agenda items are counted in layouts without "TOP": headings, numbered lists, bold lines."""

import pytest

from transferhub.protocols.reader import parse_text


def titles(text: str, **kw) -> list[str]:
    return [i["title"] for i in parse_text(text, fmt="md", **kw)["agenda"]]


def test_headings_after_a_front_matter_with_a_title_are_all_items():
    text = (
        "---\nlayout: post\ntitle: Protokoll des Treffens im Mai 2021\n---\n\n"
        "### Firmware\nNeue Version.\n\n### Routerspende\nViele Geräte.\n"
    )
    assert titles(text, filename="treffen_2021-05-06.md") == ["Firmware", "Routerspende"]


def test_numbered_items_whose_titles_start_with_a_number_are_items():
    text = (
        "Minutes of the TSC meeting, May 9, 2019\n\nAgenda:\n\n1) Quorum\n2) 6.1 release\n"
        "3) 2020 roadmap\n\n1) Quorum\n\nConfirmed.\n\n2) 6.1 release\n\nDone.\n\n"
        "3) 2020 roadmap\n\nLater.\n"
    )
    assert titles(text) == ["Quorum", "6.1 release", "2020 roadmap"]


def test_a_time_or_an_amount_after_a_number_is_no_title():
    text = "# Protokoll vom 3.3.2022\n\n1. Kasse\n\nText.\n\n2. 19:30 Uhr Pause\n\n3. Sonstiges\n"
    assert "19:30 Uhr Pause" not in titles(text)


def test_bold_lines_alone_are_items_when_nothing_else_marks_them():
    text = (
        "# Minutes of the Council, December 13, 2018\n\n**Results of the election**\n\n"
        "The results were announced.\n\n**Budget 2019**\n\nThe budget was adopted.\n\n"
        "**Datum:** nicht relevant\n"
    )
    assert titles(text) == ["Results of the election", "Budget 2019"]


def test_bold_labels_are_no_items():
    text = (
        "**Protokoll Vorstand**\n\n**Datum:** 3.3.2022\n\n**Anwesend:** Anna, Ben\n\n"
        "Wir reden über alles.\n"
    )
    r = parse_text(text, fmt="md")
    assert len(r["agenda"]) == 1


def test_headings_under_a_topics_section_are_the_items():
    text = (
        "# TSC Meeting, November 14, 2024\n\n## Attending\n\n- Anna\n- Ben\n\n## Topics\n\n"
        "### Statuses\n\nAll fine.\n\n### Release\n\nSoon.\n\n### Benchmarks\n\nSlow.\n"
    )
    assert titles(text) == ["Statuses", "Release", "Benchmarks"]


def test_notes_kept_as_a_list_under_minutes_start_below_that_heading():
    text = (
        "# 2023-09-07\n\n## Agenda\n\n- Check-in\n- Budget\n\n## Attendance\n\n"
        "Anna Beispiel, Ben Keller\n\n## Minutes\n\n- Check-in\n    - all well\n"
        "- Budget\n    - adopted\n"
    )
    r = parse_text(text, fmt="md")
    assert [i["title"] for i in r["agenda"]] == ["Check-in", "Budget"]
    assert r["participant_count"] == 2


def test_headings_inside_an_agenda_section_are_the_items():
    text = (
        "### Committee meeting 11th May 2013\n\n#### Members present\n\nAnna, Ben\n\n"
        "### AGENDA\n\n#### Correspondence\n\nLetters.\n\n#### Treasurer Report\n\nFine.\n\n"
        "### GENERAL\n\nNothing.\n"
    )
    assert titles(text) == ["Correspondence", "Treasurer Report"]


def test_a_lettered_item_is_a_part_of_its_numbered_item():
    text = (
        "# Protokoll der Vorstandssitzung vom 11. Juli 2017\n\n## TOP 1. Begrüßung\nHallo.\n\n"
        "## TOP 2. Finanzbericht\nGut.\n\n## TOP 2a. Mitgliedsbeiträge\nGleich.\n\n"
        "## TOP 3. Sonstiges\nNichts.\n"
    )
    assert titles(text) == ["Begrüßung", "Finanzbericht", "Mitgliedsbeiträge", "Sonstiges"]


def test_short_notes_with_a_date_and_those_present_are_read_not_refused():
    text = (
        "---\ndate: 2017-12-02 1pm\n---\n\nIt's Local Hack Day!\n\n**Present**\n\n"
        "Anna Beispiel, Ben Keller\n\n**New SIG: Law and Technology**\n\nVoted in by all present.\n"
    )
    r = parse_text(text, fmt="md")
    assert r["date"] == "2017-12-02"
    assert len(r["agenda"]) == 1


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("[New v9 Candidates](https://example.org/board)", "New v9 Candidates"),
        ("Sync meeting scheduling (*Eric Huss* **Time**: 10 minutes)", "Sync meeting scheduling"),
        ("Haushalt 2023 (15 Min.)", "Haushalt 2023"),
        ("102/18 Results of the election", "Results of the election"),
        ("Bericht (Anna Beispiel)", "Bericht (Anna Beispiel)"),
    ],
)
def test_a_heading_becomes_a_clean_title(heading, title):
    from transferhub.protocols.reader.parse import clean_title

    assert clean_title(heading) == title


def test_a_sub_list_under_an_agenda_line_is_not_part_of_its_title():
    text = (
        "Protokoll vom 17.10.2018\n\nTagesordnungspunkte\n\n1. Vorstellungsrunde\n"
        "2. Auftreten nach außen\n  1. Mitmachen ist kostenlos\n3. Flyer überarbeiten\n"
        "  1. Spendenaufforderung auf die Rückseite\n"
    )
    assert titles(text) == ["Vorstellungsrunde", "Auftreten nach außen", "Flyer überarbeiten"]

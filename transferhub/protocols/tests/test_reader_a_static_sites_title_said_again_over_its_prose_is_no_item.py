"""A club's website (Hugo, Jekyll) publishes a general meeting as a news item: front matter
with the post's title, the title said again as the page's one heading, then paragraphs of
prose. The heading is the page's title, not a topic of the meeting: the report marks no item
(the reader keeps it under one, "no_items", which the label rules count as 0 topics).

Hugo writes its front matter in TOML, fenced by "+++" ("title = '31. Generalversammlung'"),
as Jekyll writes YAML between "---": both are front matter. A heading other than the title,
or the title over headings of topics, keeps its items.
"""

from __future__ import annotations

from transferhub.protocols.reader import parse_text

HUGO = """+++
date = '2025-03-18T21:40:00+01:00'
draft = false
title = '31. Generalversammlung'
+++

# 31. Generalversammlung

Am Dienstag, 11. März 2025, trafen sich die Aktivmitglieder des Fanfarenzugs Birkental im
Probelokal zur Generalversammlung.

Die Präsidentin Mara Linde blickte auf das Jahr zurück. Kassier Tom Weber wurde einstimmig
wiedergewählt.
"""

JEKYLL = """---
title: A busy year for the allotments
date: 2025-03-20
---

# A busy year for the allotments

On 14 March 2025 the members of the Millbrook Allotment Society held their annual general
meeting in the village hall.

The chair, Ruth Hale, reviewed the year. The accounts were approved by the members.
"""


def _codes(result: dict) -> list[str]:
    return [w["code"] for w in result.get("warning_codes") or []]


def test_a_hugo_report_under_its_title_marks_no_item_and_keeps_the_meetings_date():
    result = parse_text(HUGO)
    assert "no_items" in _codes(result)
    assert result["date"] == "2025-03-11"
    assert result["start"] is None  # the post's time in the front matter is no start


def test_a_jekyll_report_under_its_title_marks_no_item():
    assert "no_items" in _codes(parse_text(JEKYLL))


def test_topics_under_the_title_stay_items():
    text = JEKYLL.replace(
        "The chair, Ruth Hale,",
        "## Accounts\n\nThe accounts were approved.\n\n## Officers\n\nThe chair, Ruth Hale,",
    )
    result = parse_text(text)
    assert "no_items" not in _codes(result)
    assert [item["title"] for item in result["agenda"]][-2:] == ["Accounts", "Officers"]


def test_a_first_heading_other_than_the_title_stays_an_item():
    text = HUGO.replace("# 31. Generalversammlung\n", "# Rückblick und Wahlen\n")
    result = parse_text(text)
    assert [item["title"] for item in result["agenda"]] == ["Rückblick und Wahlen"]

"""HTML comments in Markdown minutes are left out, as a browser shows the page.

Groups keep notes for the facilitator in comments ("<!-- press the play button … -->"),
mark headings for a table of contents ("<!-- omit in toc -->") or comment out a part of
their template; none of it is a title's or an item's text.
"""

from transferhub.protocols.reader import read_protocol


def _read(text: str) -> dict:
    return read_protocol(text.encode(), filename="notes.md")


def test_a_comment_after_a_heading_is_no_part_of_the_title():
    result = _read("""# Coordination Meeting 2018-09-03

### 1. People arriving and leaving

Anna arrives on Tuesday.

### 2. Evaluations and check-ins <!-- press the play button on https://example.org/x -->

Nobody is due.

### 3. Food planning <!-- https://example.org/calendar -->

Soup on Friday.
""")
    assert [a["title"] for a in result["agenda"]] == [
        "People arriving and leaving",
        "Evaluations and check-ins",
        "Food planning",
    ]
    assert all("example.org" not in a["minutes"] for a in result["agenda"])


def test_a_comment_over_several_lines_hides_its_lines():
    result = _read("""# Protokoll Plenum 12.03.2024

Beginn: 19:30 Uhr

## Kasse

<!--
## Vorlage
- Punkt: hier eintragen
-->
Kassenstand 200 €.

## Sommerfest

Am 1. Juli.
""")
    assert [a["title"] for a in result["agenda"]] == ["Kasse", "Sommerfest"]
    assert "Vorlage" not in result["agenda"][0]["minutes"]
    assert result["start"] == "19:30"


def test_an_unclosed_comment_keeps_its_text():
    result = _read("""# Treffen 12.03.2024

## Kasse

Kassenstand 200 € <!-- noch prüfen

## Sommerfest

Am 1. Juli.
""")
    assert [a["title"] for a in result["agenda"]] == ["Kasse", "Sommerfest"]

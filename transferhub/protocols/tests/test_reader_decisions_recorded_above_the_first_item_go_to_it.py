"""Decisions the minutes record above their first item are kept, in the first item."""

from transferhub.protocols.reader import read_protocol


def _read(text: str) -> dict:
    return read_protocol(text.encode(), filename="x.md")


def test_a_decision_block_in_a_german_header():
    r = _read(
        "# Vorstandssitzung am 14.03.2024\n\nAnwesend: Helga Sommerfeld, Tilo Brandner\n\n"
        "Beschlüsse:\n\n- Das Protokoll der letzten Sitzung wird einstimmig genehmigt.\n\n"
        "## TOP 1 Kasse\n\nDer Kassenbericht wird vorgestellt.\n\n"
        "## TOP 2 Sommerfest\n\nDas Fest findet im Juli statt.\n"
    )
    first = r["agenda"][0]
    assert first["title"] == "Kasse"
    assert [d["text"] for d in first["decisions"]] == [
        "Das Protokoll der letzten Sitzung wird einstimmig genehmigt."
    ]
    assert r["agenda"][1]["decisions"] == []


def test_minutes_approved_among_the_english_header_lines():
    r = _read(
        "# Board call 14 March 2024\n\n- Attendance: 9\n- Minutes of the March 1 meeting approved.\n"
        "- Led by Grace Whitfield\n\n## Treasurer report\n\nThe budget is on track.\n\n"
        "## Outreach\n\nA new flyer is drafted.\n"
    )
    first = r["agenda"][0]
    assert first["title"] == "Treasurer report"
    assert len(first["decisions"]) == 1
    assert "approved" in first["decisions"][0]["text"]


def test_a_header_without_a_decision_adds_none():
    r = _read(
        "# Board call 14 March 2024\n\n- Attendance: 9\n- Led by Grace Whitfield\n\n"
        "## Treasurer report\n\nThe budget is on track.\n"
    )
    assert r["agenda"][0]["decisions"] == []


def test_an_english_decisions_block_and_a_resolution_before_the_first_heading():
    head = "# Board call 14 March 2024\n\nPresent: Grace Whitfield, Tom Miller\n\n"
    items = "## 1. Treasurer report\n\nThe budget is on track.\n\n## 2. Outreach\n\nA flyer.\n"
    r = _read(head + "Decisions:\n\n- The spring fair moves to May.\n- A new shelf.\n\n" + items)
    assert [(d["kind"], d["text"]) for d in r["agenda"][0]["decisions"]] == [
        ("agreement", "The spring fair moves to May."),
        ("agreement", "A new shelf."),
    ]
    r = _read(head + "Resolved: that the spring fair moves to May.\n\n" + items)
    assert [d["kind"] for d in r["agenda"][0]["decisions"]] == ["resolution"]
    assert r["agenda"][1]["decisions"] == []

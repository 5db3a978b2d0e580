"""A heading or agenda line saying its topic was put off makes the item postponed."""

from transferhub.protocols.reader import read_protocol

_DE = "# Vorstandssitzung am 14.03.2024\n\n"
_EN = "# Board meeting 14 March 2024\n\n"


def _items(text: str) -> list[dict]:
    return read_protocol(text.encode(), filename="x.md")["agenda"]


def _outcome(item: dict) -> tuple:
    return item["title"], item["status"], [(d["kind"], d["text"]) for d in item["decisions"]]


def test_a_german_heading_ending_vertagt():
    items = _items(
        _DE + "## TOP 1 Kasse\n\nDer Bericht wird vorgestellt.\n\n"
        "## TOP 2 Satzungsänderung – vertagt\n\n## TOP 3 Sommerfest\n\nIm Juli.\n"
    )
    assert _outcome(items[1]) == (
        "Satzungsänderung",
        "postponed",
        [("postponement", "Satzungsänderung – vertagt")],
    )
    assert _outcome(items[0])[1:] == ("discussed", [])
    assert _outcome(items[2])[1:] == ("discussed", [])


def test_english_headings_deferred_or_postponed():
    items = _items(
        _EN + "## 1. Budget\n\nThe budget is fine.\n\n## 2. Bylaws – deferred to next meeting\n\n"
        "## 3. Party (postponed)\n\nNo time left.\n\n## 4. Outreach\n\nA flyer.\n"
    )
    assert _outcome(items[1]) == (
        "Bylaws",
        "postponed",
        [("postponement", "Bylaws – deferred to next meeting")],
    )
    assert _outcome(items[2]) == ("Party", "postponed", [("postponement", "Party (postponed)")])
    assert items[3]["status"] == "discussed"


def test_the_mark_on_the_agenda_line_only():
    items = _items(
        _DE + "Tagesordnung:\n1. Kasse\n2. Satzungsänderung – vertagt\n3. Sommerfest\n\n"
        "## TOP 1 Kasse\n\nDer Bericht.\n\n## TOP 2 Satzungsänderung\n\n"
        "## TOP 3 Sommerfest\n\nIm Juli.\n"
    )
    assert _outcome(items[1])[:2] == ("Satzungsänderung", "postponed")
    assert [d["kind"] for d in items[1]["decisions"]] == ["postponement"]


def test_the_word_inside_a_title_is_no_mark():
    items = _items(
        _EN + "## 1. Review of deferred maintenance\n\nThe roof first.\n\n"
        "## 2. Vertagte Anträge aus 2023\n\nZwei Anträge.\n"
    )
    assert [_outcome(it)[1:] for it in items] == [("discussed", []), ("discussed", [])]

"""A label alone on its line ("Kassenbericht:") over the minutes below it heads a topic.

Minutes typed as plain text often set each topic as a label ending in a colon on a line of
its own, the notes on the lines below. Three such labels or more are the items, as labels
that open their paragraph are ("Budget: The treasurer …"). A label over a list ("Themen:"),
over indented fields ("Lee I:" over "    Done: …", a stand-up's report), a header part
("Anwesend:") or a task list ("Aufgaben:") heads no topic.
"""

from transferhub.protocols.reader import parse_text


def _titles(text: str, fmt: str = "txt") -> list[str]:
    return [it["title"] for it in parse_text(text, fmt=fmt)["agenda"]]


def test_german_labels_alone_over_their_minutes_are_the_items():
    text = (
        "Protokoll der Vorstandssitzung vom 4. Februar 2025\n\n"
        "Anwesend:\nAnna, Bernd, Clara\n\n"
        "Kassenbericht:\nDer Kontostand ist gut. Es gibt keine offenen Rechnungen.\n\n"
        "Mitgliederwerbung:\nFlyer werden gedruckt.\n\n"
        "Sommerfest:\nTermin ist der 5. Juli.\n"
    )
    r = parse_text(text, fmt="txt")
    assert [it["title"] for it in r["agenda"]] == [
        "Kassenbericht",
        "Mitgliederwerbung",
        "Sommerfest",
    ]
    assert r["agenda"][2]["minutes"].startswith("Termin ist der 5. Juli.")


def test_english_bold_labels_alone_in_markdown_are_the_items():
    text = (
        "# Board meeting, 4 February 2025\n\n"
        "**Budget:**\nTravel costs are over plan.\n\n"
        "**Hiring:**\nTwo candidates were interviewed.\n\n"
        "**Office move:**\nThe lease was signed.\n"
    )
    assert _titles(text, "md") == ["Budget", "Hiring", "Office move"]


def test_labels_over_lists_or_indented_fields_are_no_topics():
    standup = (
        "Stand-up, 4 February 2025\n\n"
        "Lee I:\n    Done: the login form\n    Will Do: tests\n    Blockers: none\n\n"
        "Jon O:\n    Done: use cases\n    Will Do: the glossary\n    Blockers: exams\n\n"
        "Ann:\n    Done: mock-ups\n    Will Do: review\n    Blockers: none\n"
    )
    assert "Lee I" not in _titles(standup)
    lists = (
        "Treffen am 4.2.2025\n\n"
        "Themen:\n- Server\n- Flyer\n\n"
        "Offen:\n- Schlüssel\n- Putzplan\n\n"
        "Später:\n- Sommerfest\n"
    )
    assert not {"Themen", "Offen", "Später"} & set(_titles(lists))

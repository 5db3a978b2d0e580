"""A decision or vote label whose value says none was taken ("Decisions: none", "Unanimous
consent votes: none requested.", "Beschlüsse: keine", "Abstimmungen: –") records no decision;
a label with a decision after it still does, also one that starts with "keine"."""

from transferhub.protocols.reader import decisions, read_protocol


def _decisions(text: str) -> list[list[str]]:
    r = read_protocol(text.encode(), filename="notes.md")
    return [[d["text"] for d in item["decisions"]] for item in r["agenda"]]


def test_english_labels_saying_none():
    assert _decisions(
        "# Board call 3 February 2022\n\n## Finance\n\nDecisions: none\n\n"
        "## Consent agenda\n\nUnanimous consent votes: none requested.\n\n"
        "Decision: the travel budget is approved.\n"
    ) == [[], ["the travel budget is approved."]]


def test_german_labels_saying_none():
    assert _decisions(
        "# Vorstandssitzung 3. Februar 2022\n\n## Kasse\n\nBeschlüsse: keine\n\n"
        "## Beiträge\n\nAbstimmungen: –\n\nBeschluss: keine Erhöhung der Beiträge für 2023.\n"
    ) == [[], ["keine Erhöhung der Beiträge für 2023."]]


def test_a_vote_label_saying_none_is_no_decision_sentence():
    assert decisions.sentence_kind("Unanimous consent votes: none requested.") is None
    assert decisions.sentence_kind("Einstimmige Beschlüsse: keine.") is None
    assert decisions.sentence_kind("The motion was carried unanimously.") == "resolution"

"""The corpus labels count top-level agenda items; the scorer counts the reader's the same way."""

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.tests.corpus.scoring import observe

MINUTES = """Protokoll der Vorstandssitzung vom 12.03.2025

TOP 1 Begrüßung
TOP 2 Finanzen
TOP 2.1 Kassenbericht
TOP 2.2 Haushaltsplan
TOP 3 Verschiedenes
"""


def test_sub_items_are_read_but_not_counted_as_topics():
    result = read_protocol(MINUTES.encode(), filename="vorstand.txt")
    numbers = [item["number"] for item in result["agenda"]]
    assert numbers == ["1", "2", "2.1", "2.2", "3"]  # the import keeps every sub-item
    seen = observe(result)
    assert seen["agenda_count"] == 3
    assert seen["agenda_titles"] == ["Begrüßung", "Finanzen", "Verschiedenes"]

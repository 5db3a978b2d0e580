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


def test_minutes_without_marked_topics_count_as_none():
    news = (
        "Jahreshauptversammlung des Kleingartenvereins am 14.03.2025\n\n"
        "Am Freitag trafen sich 23 Mitglieder im Vereinsheim. Die Vorsitzende berichtete vom "
        "Sommerfest, danach wurde der Kassenwart einstimmig entlastet.\n"
    )
    result = read_protocol(news.encode(), filename="kleingarten.txt")
    assert len(result["agenda"]) == 1  # the text is kept under one item, as the contract asks
    assert observe(result)["agenda_count"] == 0
    assert observe(result)["agenda_titles"] == []
    assert observe(read_protocol(MINUTES.encode(), filename="vorstand.txt"))["agenda_count"] == 3

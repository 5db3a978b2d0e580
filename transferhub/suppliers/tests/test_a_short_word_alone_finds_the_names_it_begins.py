"""A word of one or two letters alone finds the suppliers whose name begins with it.

Such a word has no trigram for the index: matched anywhere, it read every supplier's text
(145–300 ms for "ab" at scale 1). Alone it now finds names beginning with it, whatever
their case or umlauts, through the name's index; beside a longer word it is still found
anywhere in the rows that word's index found ("ag service").
"""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def test_a_short_word_finds_names_beginning_with_it(add_supplier, find):
    add_supplier("ABC Drehteile GmbH", "Drehteile")
    add_supplier("Abele Metallbau KG", "Schweißbaugruppen")
    add_supplier("Schwab Gießerei AG", "Guss, Abgüsse")
    add_supplier("Äbi Feinmechanik", "Feinmechanik")
    assert find("ab") == {"ABC Drehteile GmbH", "Abele Metallbau KG", "Äbi Feinmechanik"}
    assert find("AB") == find("ab")
    assert find("A") == {"ABC Drehteile GmbH", "Abele Metallbau KG", "Äbi Feinmechanik"}
    assert find("ab", state="NW", size="small") == find("ab")


def test_more_short_words_find_the_first_at_the_start_and_the_rest_anywhere(add_supplier, find):
    add_supplier("IT Dienste AG", "Netzwerke")
    add_supplier("IT Konzept GmbH", "Beratung")
    add_supplier("Schulz IT-Service AG", "IT-Service")
    assert find("it") == {"IT Dienste AG", "IT Konzept GmbH"}
    assert find("it ag") == {"IT Dienste AG"}


def test_beside_a_longer_word_a_short_one_is_found_anywhere(add_supplier, find):
    add_supplier("Schulz IT-Service AG", "IT-Service, Softwareentwicklung")
    add_supplier("Schulz Service KG", "Gebäudereinigung")
    assert find("ag service") == {"Schulz IT-Service AG"}


def test_the_search_page_finds_them_in_german_and_english(client_as, add_supplier):
    add_supplier("Abele Metallbau KG", "Schweißbaugruppen")
    add_supplier("Schwab Gießerei AG", "Guss")
    client = client_as("anonymous")
    for language in ("de", "en"):
        page = client.get("/lieferanten/", {"q": "ab"}, HTTP_ACCEPT_LANGUAGE=language)
        text = page.content.decode()
        assert "Abele Metallbau KG" in text, language
        assert "Schwab Gießerei AG" not in text, language


def test_a_short_word_is_answered_by_the_names_index(add_supplier, find):
    add_supplier("Abele Metallbau KG", "Schweißbaugruppen")
    with CaptureQueriesContext(connection) as queries:
        assert find("ab") == {"Abele Metallbau KG"}
    if connection.vendor == "sqlite":
        sql = queries.captured_queries[-1]["sql"]
        with connection.cursor() as cursor:
            plan = [row[-1] for row in cursor.execute(f"EXPLAIN QUERY PLAN {sql}")]
        # The name's index sought range by range, no supplier's text read to find them.
        assert any("supplier_name_idx" in step for step in plan), plan
        assert not any(step.startswith("SCAN") and "INDEX" not in step for step in plan), plan

"""The full-text search finds words inside compounds, inflected forms and umlauts folded."""


def test_a_word_finds_the_compounds_it_begins(add_supplier, find):
    add_supplier("Schulz Metallbau GmbH", "Schweißbaugruppen, Schweißtechnik")
    assert find("Schweiß") == {"Schulz Metallbau GmbH"}
    assert find("schweiss") == {"Schulz Metallbau GmbH"}


def test_a_word_finds_the_compounds_it_ends(add_supplier, find):
    add_supplier("Weber Präzisionstechnik KG", "Drehteile")
    assert find("technik") == {"Weber Präzisionstechnik KG"}
    assert find("bau") == set()


def test_inflected_forms_of_a_word_are_found(add_supplier, find):
    add_supplier("Schulz Metallbau GmbH", "Blechbearbeitung, Montage, Schweißbaugruppen")
    for query in ("Blechen", "Montagen", "Schweißer", "Schweißbaugruppe"):
        assert find(query) == {"Schulz Metallbau GmbH"}, query


def test_umlauts_may_be_typed_without_dots(add_supplier, find):
    add_supplier("Müller Möbel GmbH", "Küchen")
    assert find("muller mobel") == {"Müller Möbel GmbH"}
    assert find("Müller Möbel") == {"Müller Möbel GmbH"}
    assert find("kuchen") == {"Müller Möbel GmbH"}


def test_every_word_must_match(add_supplier, find):
    add_supplier("Schulz Metallbau GmbH", "Blechbearbeitung")
    add_supplier("Schulz Holzbau GmbH", "Paletten")
    assert find("schulz") == {"Schulz Metallbau GmbH", "Schulz Holzbau GmbH"}
    assert find("schulz blech") == {"Schulz Metallbau GmbH"}
    assert find("schulz blech paletten") == set()


def test_short_words_and_quotes_are_matched_too(add_supplier, find):
    add_supplier("Schulz IT-Service AG", "IT-Service, Softwareentwicklung")
    add_supplier("Schulz Service KG", "Gebäudereinigung")
    assert find("it-service") == {"Schulz IT-Service AG"}
    assert find("ag service") == {"Schulz IT-Service AG"}
    assert find("„Software“, ag") == {"Schulz IT-Service AG"}


def test_search_syntax_in_a_query_is_just_text(client, add_supplier, find):
    add_supplier("Schulz Metallbau GmbH", "Blechbearbeitung")
    for query in ('blech" OR "x', "blech*", "NEAR(blech)", "{search_all}: blech", "%", "_", "'"):
        response = client.get("/lieferanten/", {"q": query})
        assert response.status_code == 200, query
    assert find('blech"') == {"Schulz Metallbau GmbH"}
    assert find("%") == find("")  # no word left: like an empty query
    assert find('blech" OR "x') == set()

"""The filter forms kept in the cache speak each reader's language, whoever came first.

Their key reads each translated label once per language and process
(lib/fragments._text); a German reader after an English one, and the reverse, must
still see their own labels and options.
"""

import re

import pytest
from django.urls import reverse

SUPPLIERS = reverse("suppliers:search")
DECISIONS = reverse("decisions:decisions")


def filters(client, url: str, language: str, query: dict) -> str:
    page = client.get(url, query, HTTP_ACCEPT_LANGUAGE=language).content.decode()
    found = re.search(r'<form method="get".*?</form>', page, re.S)
    assert found, "no filter form"
    return found.group(0)


@pytest.mark.parametrize(
    ("url", "query", "german", "english"),
    [
        (SUPPLIERS, {"q": "Blech", "state": "SH"}, ">Bundesland", ">Federal state"),
        (SUPPLIERS, {"seal_status": "valid"}, ">gültig</option>", ">valid</option>"),
        (DECISIONS, {"q": "Glossar"}, ">Gremium", ">Body"),
    ],
)
def test_each_reader_sees_the_filters_in_their_language(client_as, url, query, german, english):
    client = client_as("secretariat")
    first_german = filters(client, url, "de", query)
    first_english = filters(client, url, "en", query)
    assert german in first_german and english not in first_german
    assert english in first_english and german not in first_english
    assert filters(client, url, "de", query) == first_german
    assert filters(client, url, "en", query) == first_english

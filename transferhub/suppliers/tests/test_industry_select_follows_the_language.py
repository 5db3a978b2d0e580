"""The supplier search's industry select is worked out once per language, not per request.

A visitor reading English sees the English industries at once, one reading German the
German ones, whichever language asked first.
"""

from django.utils import translation

from transferhub.suppliers.forms import SearchForm


def industry_select() -> str:
    return str(SearchForm()["industry"])


def test_each_language_gets_its_own_industries():
    with translation.override("en"):
        english = industry_select()
    with translation.override("de"):
        german = industry_select()
    with translation.override("en"):
        again = industry_select()
    assert "Agriculture, forestry and fishing" in english
    assert "Land- und Forstwirtschaft" not in english
    assert "Land- und Forstwirtschaft, Fischerei" in german
    assert "Agriculture, forestry and fishing" not in german
    assert again == english

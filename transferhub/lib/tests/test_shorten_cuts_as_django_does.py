"""The registers shorten task texts as Django's Truncator does, only faster when short."""

import pytest
from django.utils.text import Truncator

from transferhub.lib.text import shorten

TEXTS = [
    "",
    "Kurz",
    "x" * 80,
    "x" * 81,
    "Protokoll der Sitzung vom 3. März mit Beschlüssen zu Glossar und Schulungsplan " * 3,
    "Cafe\u0301 " * 20,  # combining accents: Truncator normalises them to "é"
    "Umlaute äöü und ß " * 10,
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("length", [10, 80, 160])
def test_the_same_text_as_truncator(text, length):
    assert shorten(text, length) == Truncator(text).chars(length)

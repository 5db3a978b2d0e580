"""A time box before an item's title ("(15m) Open For All", "(10 min) Hello & Intros") is no part of it."""

import pytest

from transferhub.protocols.reader import parse_text


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("(15m) Open For All", "Open For All"),
        ("(10 min) Hello & Intros", "Hello & Intros"),
        ("[5 Min.] Begrüßung", "Begrüßung"),
        ("(1) Introduction", "(1) Introduction"),  # a number, no time box
        ("(2024) Budget", "(2024) Budget"),
    ],
)
def test_a_leading_time_box_is_dropped(heading, title):
    text = f"Meeting notes, 14 November 2018\n\n## {heading}\n\nText.\n\n## Governance\n\nText.\n"
    assert parse_text(text, fmt="md")["agenda"][0]["title"] == title

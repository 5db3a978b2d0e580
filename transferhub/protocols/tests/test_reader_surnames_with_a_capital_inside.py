"""Surnames with a capital inside after a common prefix are names ("McDonald", "O'Brien",
"DeNuzzo"); words written in camel case without such a prefix stay no names."""

import datetime as dt

import pytest

from transferhub.protocols.reader.names import looks_like_name
from transferhub.protocols.reader.tasks import action_tails


@pytest.mark.parametrize(
    "name",
    ["Ryan McDonald", "Fiona MacLeod", "Sean O'Brien", "Sean O’Brien", "Anna DeNuzzo",
     "Luca DiMaggio", "Marie LeBlanc", "Gina D'Angelo", "Jo Smith-McKay"],
)  # fmt: skip
def test_a_surname_with_a_prefix_and_a_capital_inside_is_a_name(name):
    assert looks_like_name(name)


@pytest.mark.parametrize("words", ["Update GitHub", "Fix LaTeX", "Open PowerPoint", "Die McDonald"])
def test_camel_case_words_and_sentence_openers_stay_no_names(words):
    assert not looks_like_name(words)


def test_such_a_name_owns_the_action_written_after_a_task():
    found = action_tails(
        "Book the hall for the AGM. Action: Ryan McDonald by 03 Nov", dt.date(2020, 10, 27)
    )
    assert found == [
        {"text": "Book the hall for the AGM", "owner": "Ryan McDonald", "due": "2020-11-03"}
    ]

"""A plain line of text skips the Markdown parser; the HTML must be what the parser writes."""

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples
from transferhub.lib.markdown import html_from_parser, render_markdown


def parsed(text: str) -> str:
    # Our parser's configuration (no raw HTML, gender star, bare links) is the reference.
    return html_from_parser(text)


ALPHABET = "aZäÖß09 _*`#[]()<>&!|-+.,;:?'\"„“/%€§°–—=~\\\n\t"


@settings(max_examples=examples(3000), deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_it_writes_what_the_markdown_parser_writes(text):
    assert render_markdown(text) == parsed(text)


def test_a_decision_text_and_markup_alike():
    for text in [
        "Die AG Transfer vereinbart, das Glossar bis zum 30.06. zu überarbeiten.",
        "Die AG **vereinbart** das Glossar.",
        "Der Punkt Lieferkette wird vertagt (Antrag: 3/2024).",
        "snake_case_name bleibt",
        "- ein Punkt",
        "1. erster",
        "<script>alert(1)</script>",
    ]:
        assert render_markdown(text) == parsed(text)


@settings(max_examples=examples(2000), deadline=None)
@given(st.text(alphabet="aZäÖß09 .,;:?!'\"„“/%€§°–—()+-", max_size=40))
def test_plain_lines_come_out_as_the_parser_writes_them(text):
    assert render_markdown("Text " + text) == parsed("Text " + text)

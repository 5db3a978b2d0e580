"""Minutes that made the Markdown parser run for minutes or overflow the stack render at once.

Before, "[" * 14000 + "a" + "]" * 14000 (28 KB) made every view of its meeting time out,
"[a](" * 10000 took 24 s and 600 nested list levels raised RecursionError. Past the limits
in transferhub.lib.markdown such a text is shown as plain text, line breaks kept.
"""

import time

import pytest

from transferhub.lib import markdown
from transferhub.lib.markdown import render_markdown

PATHOLOGICAL = {
    "nested brackets, 28 KB": "[" * 14000 + "a" + "]" * 14000,
    "unclosed links, 40 KB": "[a](" * 10000,
    "600 nested list levels": "".join("    " * i + "- x\n" for i in range(600)),
    "600 list markers on a line": "- " * 600 + "x",
    "600 nested quotes": "> " * 600 + "x",
    "nested brackets, 8 KB (cached)": "[" * 4000 + "a" + "]" * 4000,
    "runs of backticks": "``a`" * 5000,
}


@pytest.fixture(autouse=True)
def _empty_cache():
    markdown._render_cached.cache_clear()


@pytest.mark.parametrize("text", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_it_renders_within_a_second_and_shows_the_text(text):
    started = time.perf_counter()
    html = str(render_markdown(text))
    assert time.perf_counter() - started < 1
    assert html.startswith("<p>")
    assert "a" in html or "x" in html


def test_a_pathological_text_is_plain_text_with_its_line_breaks_and_links():
    text = "[" * 3000 + " Erste Zeile\nzweite Zeile https://www.ihk.de.\n\n<b>neuer</b> Absatz"
    html = str(render_markdown(text))
    assert 'Erste Zeile<br>\nzweite Zeile <a href="https://www.ihk.de"' in html
    assert "</a>.</p>\n<p>&lt;b&gt;neuer&lt;/b&gt; Absatz</p>" in html


def test_the_cached_path_returns_the_same_page_again_quickly():
    text = PATHOLOGICAL["nested brackets, 8 KB (cached)"]
    first = render_markdown(text)
    started = time.perf_counter()
    assert render_markdown(text) == first
    assert time.perf_counter() - started < 0.01


def test_real_minutes_stay_markdown():
    minutes = (
        "## Bericht\n\nDie AG **vereinbart**, das [Glossar](https://example.org/glossar) "
        "bis zum 30.06. zu *überarbeiten*.\n\n- erster Punkt\n    - Unterpunkt\n- zweiter Punkt\n\n"
        "| TOP | Thema |\n|---|---|\n| 1 | Begrüßung |\n"
    ) * 40  # some 11 KB, past the cache's limit
    assert not markdown.is_pathological(minutes)
    html = str(render_markdown(minutes))
    assert html.count("<strong>vereinbart</strong>") == 40
    assert html.count("<li>Unterpunkt</li>") == 40
    assert html.count("<td>Begrüßung</td>") == 40

"""Any text renders to HTML in well under half a second, without an exception."""

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import examples
from transferhub.lib import markdown
from transferhub.lib.markdown import render_markdown

# Every character Markdown gives a meaning, some prose, and the odd German letter.
ALPHABET = "aZäß09 \n\t*_`\\[]()<>&!|#=-+.:/\"'~{}@;%wh"
BUDGET = 0.5


def repeated(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


# Pathological inputs are repetitions: a unit of markup many times over, a few such runs.
runs = st.lists(
    st.builds(repeated, st.text(alphabet=ALPHABET, min_size=1, max_size=8), st.integers(1, 30_000)),
    min_size=1,
    max_size=3,
).map("".join)


def rendered_in_budget(text: str) -> str:
    markdown._render_cached.cache_clear()
    started = time.perf_counter()
    html = str(render_markdown(text))
    elapsed = time.perf_counter() - started
    assert elapsed < BUDGET, f"{elapsed:.2f} s for {text[:80]!r}… ({len(text)} characters)"
    return html


@settings(max_examples=examples(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=ALPHABET, max_size=3000))
def test_short_texts_of_markup_render_in_budget(text):
    rendered_in_budget(text)


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(runs)
def test_long_runs_of_markup_render_in_budget(text):
    html = rendered_in_budget(text)
    if text.strip():
        assert html

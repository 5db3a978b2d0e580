"""Tags typed into minutes are shown as typed: Markdown's HTML pass is off (it was quadratic).

Before, nh3 removed them (a typed "<b>" vanished, "<script>…</script>" with its content);
Python's HTML parser under Markdown took 15 s on 39 KB of "<a ".
"""

import time

from transferhub.lib.markdown import render_markdown


def test_typed_tags_are_text():
    html = str(
        render_markdown("Gilt für <b>alle</b> Betriebe < 50 Beschäftigte.\n\n<script>x()</script>")
    )
    assert "<p>Gilt für &lt;b&gt;alle&lt;/b&gt; Betriebe &lt; 50 Beschäftigte.</p>" in html
    assert "<p>&lt;script&gt;x()&lt;/script&gt;</p>" in html


def test_entities_and_angle_bracket_links_still_work():
    html = str(render_markdown("Müller &amp; Söhne, <https://example.org>"))
    assert "Müller &amp; Söhne" in html
    assert '<a href="https://example.org"' in html


def test_runs_of_unclosed_tags_render_at_once():
    started = time.perf_counter()
    render_markdown("<a " * 13_000)
    assert time.perf_counter() - started < 1

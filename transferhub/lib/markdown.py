"""Render user-written Markdown (minutes, decision texts) to safe HTML."""

import re
import threading
from functools import lru_cache

import markdown as md
import nh3
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "ul",
    "ol",
    "li",
    "a",
    "blockquote",
    "code",
    "pre",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "hr",
}


_local = threading.local()


def _converter() -> md.Markdown:
    """One Markdown converter a thread, reset before each use: building one costs ~1 ms."""
    if not hasattr(_local, "converter"):
        _local.converter = md.Markdown(extensions=["tables", "sane_lists"], output_format="html")
    return _local.converter


# One line of words and plain punctuation, starting with a letter: Markdown would only wrap
# it in <p> (no markup, list, heading, code, link, entity or HTML can start without one of
# the characters left out here). Most decision texts are such a line.
_PLAIN_LINE = re.compile(r"[^\W\d_](?:[^\W_]|[ ,.;:?!'\"„“”‚‘’()/%€§°+–—-])*")


def render_markdown(text: str) -> SafeString:
    """Turn Markdown into HTML with everything dangerous removed (scripts, handlers, js: links)."""
    text = text or ""
    if len(text) <= CACHED_LENGTH:
        return _render_cached(text)
    return _render(text)


CACHED_LENGTH = 10_000  # longer texts are rare and would crowd the cache


@lru_cache(maxsize=2048)
def _render_cached(text: str) -> SafeString:
    # The same minutes and decisions are shown again and again: the HTML is kept per process
    # (at most 2,048 texts of up to 10,000 characters: some 40 MB at worst), keyed on the text itself.
    return _render(text)


def _render(text: str) -> SafeString:
    if _PLAIN_LINE.fullmatch(text) and not text.endswith(" "):
        html = f"<p>{text}</p>"
    else:
        html = _converter().reset().convert(text)
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes={"a": {"href", "title"}, "th": {"align"}, "td": {"align"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )
    return mark_safe(clean)  # noqa: S308 - sanitised by nh3 just above

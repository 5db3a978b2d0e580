"""Render user-written Markdown (minutes, decision texts) to safe HTML, in bounded time."""

import logging
import re
import threading
import xml.etree.ElementTree as etree
from functools import lru_cache
from html import escape

import markdown as md
import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown import inlinepatterns, util
from markdown.extensions import Extension

logger = logging.getLogger(__name__)

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

# Python-Markdown is quadratic or worse on some inputs (28 KB of brackets took minutes, 600
# nested list levels overflowed the stack). A text past these limits, or whose estimated
# parser work is, is shown as plain text with line breaks and links instead. Real minutes stay
# far below: the seed's whole meeting (16 KB) needs under 1/100 of each work budget.
MAX_CHARS = 100_000  # one minutes or decision text
MAX_DEPTH = 10  # nested lists and quotes
# Each line costs an element or so, one more for each level it opens (some 25 µs each): the
# sum over non-blank lines of (1 + their nesting) is at most MAX_ELEMENTS.
MAX_ELEMENTS = 8_000
# Every "[" and "`" makes the parser look ahead for its partner, at most SCAN_WINDOW characters:
# the sum over blocks (lines without a blank line between them) of
# ("[" and "`") × min(block length, SCAN_WINDOW) is at most MAX_SCAN_WORK.
SCAN_WINDOW = 1_000
MAX_SCAN_WORK = 150_000
# Every markup match (or web address) rebuilds its block's text: the sum over blocks of markup
# characters × block length is at most MAX_MARKUP_WORK (about 0.1 s).
MAX_MARKUP_WORK = 100_000_000
# A heading or rule line splits its block, and the rest is examined again line by line: the
# sum over blocks of such lines × lines × (depth + 1) is at most MAX_SPLIT_WORK (about 0.1 s).
MAX_SPLIT_WORK = 250_000
_BRACKET = re.compile(r"[\[\]]")
_MARKUP = re.compile(r"[*_`\\\[\]<>&!|]|  \n|://|www\.", re.IGNORECASE)

_local = threading.local()


def _converter() -> md.Markdown:
    """One Markdown converter a thread, reset before each use: building one costs ~1 ms."""
    if not hasattr(_local, "converter"):
        _local.converter = md.Markdown(
            extensions=["tables", "sane_lists", _Minutes()], output_format="html"
        )
    return _local.converter


# A web address written out in the text (at most 2,000 characters, as browsers allow);
# trailing punctuation is trimmed off in _url_end.
_URL_CHARS = r"[^\s<>\"'„“”‚‘’«»\x02\x03\[\]]"
_URL = re.compile(
    rf"(?i)(?<![\w@/.:+-])"
    rf"(?:https?://{_URL_CHARS}{{1,2000}}|www\.[^\W_][\w-]{{0,250}}\.{_URL_CHARS}{{1,2000}})",
)


def _url_end(url: str) -> str:
    """Cut what follows a web address in prose: a full stop, a comma, an unopened bracket."""
    end, opened, closed = len(url), url.count("("), url.count(")")
    while end:
        if url[end - 1] in ".,;:!?":
            end -= 1
        elif url[end - 1] == ")" and closed > opened:
            end, closed = end - 1, closed - 1
        else:
            break
    return url[:end]


def _href(url: str) -> str:
    return url if "://" in url else "http://" + url


class _BareUrl(inlinepatterns.InlineProcessor):
    """Link a web address written without Markdown (https://…, www.…), as mail programs do."""

    ANCESTOR_EXCLUDES = ("a",)

    def handleMatch(self, m, data):
        url = _url_end(m.group(0))
        if "." not in url.split("//", 1)[-1]:
            return None, None, None
        el = etree.Element("a")
        el.set("href", _href(url))
        el.text = util.AtomicString(url)
        return el, m.start(0), m.start(0) + len(url)


class _GenderStar(inlinepatterns.InlineProcessor):
    """Keep a star between two letters literal: Unternehmer*innen is a word, not emphasis."""

    def handleMatch(self, m, data):
        return f"{util.STX}{ord('*')}{util.ETX}", m.start(0), m.end(0)


class _BoundedScan:
    """Look for a link's closing bracket within SCAN_WINDOW characters, not to the text's end.

    Unbounded, every "[" scans the rest of the paragraph: "[" * 14000 took minutes.
    """

    def getText(self, data, index):
        # As LinkInlineProcessor.getText, stepping from bracket to bracket instead of by character.
        depth = 1
        end = min(len(data), index + SCAN_WINDOW)
        for m in _BRACKET.finditer(data, index, end):
            depth += 1 if m.group() == "[" else -1
            if depth == 0:
                return data[index : m.start()], m.end(), True
        return data[index:end], end, False

    def getLink(self, data, index):
        href, title, end, handled = super().getLink(data[index : index + SCAN_WINDOW], 0)
        return href, title, index + end, handled


class _BoundedBacktick(inlinepatterns.BacktickInlineProcessor):
    """Look for the closing backticks of `code` within SCAN_WINDOW characters."""

    def find_code_spans(self, start, text):
        begin, end = super().find_code_spans(0, text[start : start + SCAN_WINDOW])
        return start + begin, None if end is None else start + end


class _Minutes(Extension):
    """Our Markdown: no raw HTML, bounded link scans, gender star, bare web addresses linked."""

    def extendMarkdown(self, md_):
        # Raw HTML was removed by nh3 anyway, and Python's HTML parser under it is quadratic
        # on runs of "<a " (39 KB took 15 s); typed tags are shown as text instead.
        md_.preprocessors.deregister("html_block")
        md_.inlinePatterns.deregister("html")
        ip = inlinepatterns
        md_.inlinePatterns.register(_BoundedBacktick(ip.BACKTICK_RE), "backtick", 190)
        # The same names and priorities as markdown.inlinepatterns.build_inlinepatterns.
        links = [
            ("reference", ip.ReferenceInlineProcessor, ip.REFERENCE_RE, 170),
            ("link", ip.LinkInlineProcessor, ip.LINK_RE, 160),
            ("image_link", ip.ImageInlineProcessor, ip.IMAGE_LINK_RE, 150),
            ("image_reference", ip.ImageReferenceInlineProcessor, ip.IMAGE_REFERENCE_RE, 140),
            ("short_reference", ip.ShortReferenceInlineProcessor, ip.REFERENCE_RE, 130),
            ("short_image_ref", ip.ShortImageReferenceInlineProcessor, ip.IMAGE_REFERENCE_RE, 125),
        ]
        for name, cls, pattern, priority in links:
            bounded = type(f"Bounded{cls.__name__}", (_BoundedScan, cls), {})
            md_.inlinePatterns.register(bounded(pattern, md_), name, priority)
        # After autolinks <…> and entities, before emphasis: a URL's "_" and "*" stay as typed.
        md_.inlinePatterns.register(_BareUrl(_URL.pattern, md_), "bare_url", 75)
        md_.inlinePatterns.register(
            _GenderStar(r"(?<=[^\W\d_])\*(?=[^\W\d_])", md_), "gender_star", 70
        )


# One line of words and plain punctuation, starting with a letter: Markdown would only wrap
# it in <p> (no markup, list, heading, code, link, entity or HTML can start without one of
# the characters left out here). Most decision texts are such a line.
_PLAIN_LINE = re.compile(r"[^\W\d_](?:[^\W_]|[ ,.;:?!'\"„“”‚‘’()/%€§°+–—-])*")

_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# What opens a nested block at the start of a line: indentation, ">" and list markers.
_LINE_PREFIX = re.compile(r"^(?:[ \t]|>|[-*+](?=[ \t])|\d+\.(?=[ \t]))*", re.MULTILINE)
_MARKERS = re.compile(r">|[-*+](?=[ \t])|\d+\.(?=[ \t])")
# Lines that end a block early: a heading, a setext underline, a horizontal rule.
_SPLITTING = re.compile(r"^[ \t>]*(?:#|[=-]+[ \t]*$|[-*_][ \t]*[-*_])", re.MULTILINE)


def _shape(text: str) -> tuple[int, int]:
    """Return the deepest nesting of lists and quotes a line opens, and the sum over lines of
    1 + their nesting (upper bounds of what the parser builds); blank lines count nothing."""
    deepest = elements = 0
    for m in _LINE_PREFIX.finditer(text):
        prefix = m.group(0)
        if not prefix.strip() and text[m.end() : m.end() + 1] in ("\n", ""):
            continue
        columns = len(prefix.replace("\t", "    "))
        depth = len(_MARKERS.findall(prefix)) + columns // 4 if prefix else 0
        deepest = max(deepest, depth)
        elements += 1 + depth
    return deepest, elements


def is_pathological(text: str) -> bool:
    """Tell whether the Markdown parser could take long or nest deep on this text."""
    if len(text) > MAX_CHARS:
        return True
    depth, elements = _shape(text)
    if depth > MAX_DEPTH or elements > MAX_ELEMENTS:
        return True
    scan_work = markup_work = split_work = 0
    for block in _BLANK_LINE.split(text):
        scan_work += (block.count("[") + block.count("`")) * min(len(block), SCAN_WINDOW)
        markup_work += len(_MARKUP.findall(block)) * len(block)
        lines = block.count("\n") + 1
        split_work += len(_SPLITTING.findall(block)) * lines * (depth + 1)
    return scan_work > MAX_SCAN_WORK or markup_work > MAX_MARKUP_WORK or split_work > MAX_SPLIT_WORK


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
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _PLAIN_LINE.fullmatch(text) and not text.endswith(" ") and not _URL.search(text):
        return _clean(f"<p>{text}</p>")
    if is_pathological(text):
        return _clean(_plain_html(text))
    try:
        html = _converter().reset().convert(text)
    except Exception:
        # A parser bug must not take the page down; the converter may be left half-way.
        logger.warning("Markdown failed, shown as plain text", exc_info=True)
        _local.__dict__.pop("converter", None)
        html = _plain_html(text)
    return _clean(html)


def html_from_parser(text: str) -> str:
    """Return what the Markdown parser makes of the text, sanitised (the path past the shortcuts)."""
    return _clean(_converter().reset().convert(text))


def _plain_html(text: str) -> str:
    """Paragraphs at blank lines, line breaks kept, web addresses linked, everything else escaped."""
    paragraphs = []
    for block in _BLANK_LINE.split(text.strip("\n")):
        if block.strip():
            lines = [_linked(line) for line in block.split("\n")]
            paragraphs.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(paragraphs)


def _linked(line: str) -> str:
    out, pos = [], 0
    for m in _URL.finditer(line):
        url = _url_end(m.group(0))
        if m.start() < pos or "." not in url.split("//", 1)[-1]:
            continue
        out.append(escape(line[pos : m.start()]))
        out.append(f'<a href="{escape(_href(url))}">{escape(url)}</a>')
        pos = m.start() + len(url)
    out.append(escape(line[pos:]))
    return "".join(out)


def _clean(html: str) -> SafeString:
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes={"a": {"href", "title"}, "th": {"align"}, "td": {"align"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )
    return mark_safe(clean)  # noqa: S308 - sanitised by nh3 just above

"""Shortening texts for lists, and telling a PDF's text layer that no one can read.

The check serves the protocol reader (which then reads the PDF through OCR) and the papers
(whose version then counts as one without text), so it lives here, below both.
"""

import re
import unicodedata

from django.utils.text import Truncator


def shorten(text: str, length: int) -> str:
    """Truncator(text).chars(length): the same result, at once for a text short enough.

    Truncator normalises, translates its "…" and counts characters on every call, some
    10 µs each; a register shows 50 rows, most of whose texts need no cut.
    """
    if len(text) <= length and unicodedata.is_normalized("NFC", text):
        return text
    return Truncator(text).chars(length)


# What a text layer gives for a font without a map to Unicode: the glyphs' numbers as
# characters (Ghostscript's Type3 fonts number them 1, 2, 3 …: control codes), private-use
# codepoints, U+FFFD, or glyph names written out ("/g123", "(cid:12)", "/uni00E4").
_UNREADABLE = re.compile(
    r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd\ufffe\uffff\U000f0000-\U0010ffff]+"
    r"|\(cid:\d+\)|/g\d+|/glyph\d+|/uni[0-9A-Fa-f]{4,6}"
)
# The 47 PDFs of the corpus read from their text layer have at most 0.4 % of such
# characters (Word's bullets, U+F0B7); the 2011 minutes of a party section that Ghostscript
# wrote in Type3 fonts without maps have 86 %. A TrueType subset without a map that keeps the
# font's glyph numbers gives letters shifted by 29 ("3URWRNROO" for "Protokoll"), with its
# spaces, digits and punctuation as control codes: 14 % or more of a text.
_UNREADABLE_MAX = 0.1


def text_unreadable(text: str) -> bool:
    """Whether over a tenth of a text layer is codes no one can read (fonts without a map).

    Spaces do not count; PDFium gives the glyph numbers as control codes, pdfminer as
    "(cid:N)" where a font has neither a map nor glyph names it knows.
    """
    shown = len(text) - text.count(" ")
    return sum(map(len, _UNREADABLE.findall(text))) > _UNREADABLE_MAX * shown

"""The reader's quick scans find the same dates and links as the full regex scans did."""

import random
import re

from transferhub.protocols.reader import content, dates
from transferhub.protocols.reader.content import find_attachments, find_links, reflow

# The pattern before it was rewritten to open with its first letter.
OLD_URL_RE = re.compile(
    r"(?:https?://|mailto:|(?<![\w./@-])www\.)[^\s<>\"“”„()\[\]]+", re.IGNORECASE
)

SAMPLES = [
    "Sitzung am 15.09.2022, 14-16 Uhr; nächste am 16.09. und am 1. Oktober 2022.",
    "Kapitel 1.2 und 3.4.5 sind keine Daten, 31.12.99 und 5. März schon.",
    "1.2.3.4.2022 12.13.2022 0.0. 15.Sept 2022 3.Mai",
    "Meeting on May 9, 2019 at 7:00 pm; next 2019-06-13.",
]


def test_dates_found_where_a_day_and_its_dot_stand_are_those_of_the_full_scan():
    rnd = random.Random(7)
    texts = SAMPLES + [
        "".join(rnd.choice("0123456789.. Mai März\n") for _ in range(rnd.randint(1, 50)))
        for _ in range(500)
    ]
    for text in texts:
        fast = [(m.span(), m.groupdict()) for m in dates._numeric_dates(text)]
        full = [(m.span(), m.groupdict()) for m in dates.DATE_RE.finditer(text)]
        assert fast == full, text


def test_links_in_any_case_are_found_as_before_and_none_inside_an_address():
    text = (
        "Siehe https://example.org/a, HTTP://X.DE/b und www.verein.de; "
        "Mail an mailto:info@verein.de, nicht info@www.example.org oder awww.x.de."
    )
    assert find_links(text) == [
        "https://example.org/a",
        "HTTP://X.DE/b",
        "www.verein.de",
        "mailto:info@verein.de",
    ]
    rnd = random.Random(3)
    parts = ["http://", "HTTPS://", "www.", "WwW.", "mailto:", "a", "/", ".", "@", "-", " ", "x.de"]
    for _ in range(1000):
        s = "".join(rnd.choice(parts) for _ in range(rnd.randint(1, 10)))
        assert [m.span() for m in content.URL_RE.finditer(s)] == [
            m.span() for m in OLD_URL_RE.finditer(s)
        ], s


def test_paragraphs_lose_mailto_and_double_spaces_only_where_they_stand():
    paras, _ = reflow(
        ["Kontakt: MAILTO:info@verein.de  und \tmehr", "", "Ohne  Doppelpunkt", "", "Schlicht"],
        width=80,
        hard_gaps=False,
    )
    assert [p.text for p in paras] == [
        "Kontakt: info@verein.de und mehr",
        "Ohne Doppelpunkt",
        "Schlicht",
    ]


def test_attachments_named_or_not():
    assert find_attachments("siehe Anlage 1 und Anhang 2 bis 3") == [
        "Anlage 1",
        "Anhang 2",
        "Anhang 3",
    ]
    assert find_attachments("Keine Anlagen erwähnt, nur anhand der Liste.") == []


def test_attachments_and_task_marks_are_found_as_by_the_full_patterns():
    from transferhub.protocols.reader import tasks

    old_attachment = re.compile(
        r"\b(?P<word>Anlagen?|Anh(?:ang|änge))\s+(?P<nums>\d+(?:\s*(?:,|und|bis|sowie|&|-|–)\s*\d+)*)"
    )
    marks = (*tasks._ARROWS, *tasks._OWNER_WORDS, *tasks._TAKES_ON_WORDS, *tasks._DUE_WORDS)
    old_marks = re.compile(
        "|".join(re.escape(w) for w in (*marks, "@", "[", ":", "todo", " to ", " will "))
    )
    rnd = random.Random(11)
    parts = [
        "Anlage",
        "Anlagen ",
        "xAnlage ",
        "Anhang ",
        "Anhänge ",
        "1",
        " und ",
        "bis ",
        "A",
        " ",
    ]
    words = ["Anna", " to ", "will", " will ", "by ", "@", ":", "[", "->", "bis", "Text", " "]
    for _ in range(1000):
        s = "".join(rnd.choice(parts) for _ in range(rnd.randint(1, 12)))
        assert [m.span() for m in content.ATTACHMENT_RE.finditer(s)] == [
            m.span() for m in old_attachment.finditer(s)
        ], s
        w = "".join(rnd.choice(words) for _ in range(rnd.randint(1, 6)))
        assert tasks.might_mark(w) == (old_marks.search(w.lower()) is not None), w


def test_lines_join_or_open_blocks_as_the_full_patterns_say():
    lines = [
        "Die Kasse wird geprüft und",  # a joining word closes it: the next line goes on
        "bis zum Sommer abgeschlossen.",
        "1) Haushalt – Anna stellt vor",
        "a. Entwurf liegt vor",
        "12. Sitzung im Mai",
        "| Punkt | Wer |",
        "The clerk will write to the",
        "council about the verge.",
        "",
        "2024 war ein gutes Jahr",  # a number, no "." or ")" after it: no list item
        "",
        "100. Jubiläum",  # three digits: no list item either
    ]
    paras, _ = reflow(lines, width=80, hard_gaps=False)
    assert [(p.kind, p.text) for p in paras] == [
        ("para", "Die Kasse wird geprüft und bis zum Sommer abgeschlossen."),
        ("para", "1) Haushalt – Anna stellt vor"),
        ("para", "a. Entwurf liegt vor"),
        ("para", "12. Sitzung im Mai"),
        ("table", "| Punkt | Wer |"),
        ("para", "The clerk will write to the council about the verge."),
        ("para", "2024 war ein gutes Jahr"),
        ("para", "100. Jubiläum"),
    ]
    for line in lines + ["", "1", "1.", "x) y", "ab. c", "9)  x", "Ä. Ende", "#"]:
        full = bool(content.NUMBERED_RE.match(line))
        gated = (line[1:2] in content._NUMBER_ENDS or line[2:3] in content._NUMBER_ENDS) and bool(
            content.NUMBERED_RE.match(line)
        )
        assert gated == full, line


def test_link_lines_are_told_as_the_full_pattern_tells_them():
    def full(line):
        return bool(content.LINK_LINE_RE.match(line.strip()))

    lines = [
        "https://verein.example/protokoll",
        "  <HTTP://X.DE/b>  ",
        "mailto:vorstand@verein.example",
        "WWW.Verein-Beispiel.de/termine",
        "Siehe https://verein.example/protokoll",
        "Mehr unter www.verein.example",
        "Homepage: ok",
        "ſtart.de",
        "",
    ]
    rnd = random.Random(11)
    parts = ["http", "s", "://", "<", ">", "mailto:", "www.", "W", "H", "M", "x", ".", " ", "-"]
    lines += ["".join(rnd.choice(parts) for _ in range(rnd.randint(0, 8))) for _ in range(2000)]
    for line in lines:
        assert content.is_link_line(line) == full(line), line
    assert content.is_link_line("  <HTTP://X.DE/b>  ")
    assert not content.is_link_line("Siehe https://verein.example/protokoll")

"""The reader's faster scans (word trees, first-letter gates, end tests) find what the plain
patterns found, in German and English minutes alike."""

import random
import re

from transferhub.protocols.reader import decisions, names, parse
from transferhub.protocols.reader.alternation import lead, word_tree
from transferhub.protocols.reader.vocabulary import VOCABULARY, alt

GERMAN = [
    "Der Antrag wird mit 5 Ja-Stimmen abgelehnt; die Versammlung nimmt den Plan an.",
    "Anna berichtet über den Haushalt. Die nächste Sitzung ist am 12.10.2022 um 18 Uhr.",
    "Verantwortlich: Max Muster, bis 15.01. Das Protokoll ist genehmigt worden.",
    "3. Neues aus dem Vorstand  Karl Kruse  09:20 – 09:50 Uhr",
]
ENGLISH = [
    "The motion was not carried. Byard Peake presented his report. Seth reported.",
    "Action: Danny by 03 Nov. The next meeting will be held on March 3, 2023 at 7pm.",
    "Approved unanimously (7/0/1); the proposal was defeated. RESOLVED that the budget …",
    "4. Treasurer's report (10:30)",
]


def _random_texts(words: list[str], seed: int, count: int = 400) -> list[str]:
    rnd = random.Random(seed)
    pieces = [*words, " ", "  ", ", ", ". ", ": ", "\n", "-", "(", ")", "7", "12:30", "Ä"]
    return (
        ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14))) for _ in range(count)]
        + GERMAN
        + ENGLISH
    )


def _flat(name: str) -> str:
    frags = sorted(dict.fromkeys(VOCABULARY[name]), key=len, reverse=True)
    return "(?:" + "|".join(frags) + ")"


def _cased(words: list[str]) -> list[str]:
    return [v for w in words for v in (w, w.upper(), w.capitalize())]


def test_every_marker_finds_the_same_spans_behind_its_first_letter_gate():
    for k, name in enumerate(VOCABULARY):
        # The words the fragments spell, as far as plain letters and spaces go.
        words = re.findall(r"[A-Za-zÄÖÜäöüß][A-Za-zÄÖÜäöüß -]{1,30}", " ".join(VOCABULARY[name]))
        texts = _random_texts(_cased(words), seed=k)
        for flags in (0, re.IGNORECASE):
            gated = re.compile(alt(name), flags)
            plain = re.compile(_flat(name), flags)
            for text in texts:
                assert [m.span() for m in gated.finditer(text)] == [
                    m.span() for m in plain.finditer(text)
                ], (name, text)


def test_a_gate_names_the_first_letters_and_none_where_any_letter_can_begin():
    gate = re.compile(lead(r"(?:\bvertagt\b|\bdeferred\b|Vertagung)"), re.IGNORECASE)
    assert gate.match("Vertagt") and gate.match("DEFERRED") and not gate.match("tabled")
    # "\w*" may stand for nothing: any letter of a word, or the "v" after it, begins a match.
    gate = re.compile(lead(r"(?:\w*versammlung|Rat)"))
    assert gate.match("R") and gate.match("x") and gate.match("ü") and not gate.match(" ")
    assert lead(r"(?:x?)") == ""  # it may match nothing: no gate
    assert lead(r"(?:.ab|cd)") == ""  # any character begins it
    assert lead(r"(?:(?-i:TODO)|Aufgabe)") == ""  # flags of its own


def test_a_word_tree_matches_the_words_as_their_alternation_does():
    words = ["berichtet", "berichtete", "erklärt", "reported", "reports", "said", "says", "sagt"]
    tree = re.compile(rf"\s{word_tree(words)}\b")
    plain = re.compile(rf"\s(?:{'|'.join(words)})\b")
    for text in _random_texts(_cased(words), seed=99):
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_decision_words_are_found_as_by_a_test_of_each_word():
    for text in _random_texts(
        _cased(["beschlossen", "approved", "lehnt", " nimmt", "die Wahl"]), 5
    ):
        low = text.lower()
        assert decisions.might_decide(text) == any(w in low for w in decisions._WORDS), text


def test_speakers_are_those_the_plain_verb_alternation_found():
    verbs = names._SPEAKER_VERBS
    plain_verbs = re.compile(
        r"\s(?:reported|reports|presented|said|berichtet|berichtete|erklärt|fragt|fragte)\b"
    )
    for text in [*GERMAN, *ENGLISH]:
        for m in plain_verbs.finditer(text):
            assert re.compile(rf"\s{verbs}\b").match(text, m.start()), text
    assert {"Anna", "Byard", "Peake", "Seth"} <= names.speakers("\n".join(GERMAN + ENGLISH))


def test_a_time_at_a_lines_end_is_found_as_by_the_full_scan():
    rnd = random.Random(4)
    parts = ["Haushalt", "Budget", " ", "09:20", "10.30", "–", "bis", "Uhr", "(", ")", "\n", "."]
    texts = [*GERMAN, *ENGLISH] + [
        "".join(rnd.choice(parts) for _ in range(rnd.randint(1, 9))) for _ in range(2000)
    ]
    for text in texts:
        fast, full = parse._time_tail(text), parse.TIME_TAIL_RE.search(text)
        assert (fast and (fast.span(), fast.groupdict())) == (
            full and (full.span(), full.groupdict())
        )


def _old_block_start(line: str, gap: str | None) -> bool:
    from transferhub.protocols.reader import content, tasks

    label = content.LABEL_RE.match(line) and (gap is not None or line.rstrip().endswith(":"))
    return bool(
        label
        or content.BULLET_RE.match(line)
        or content.NUMBERED_RE.match(line)
        or content.TABLE_RE.match(line)
        or line.startswith("#")
        or content.DECISION_LABEL_RE.match(line)
        or content.TASK_LABEL_RE.match(line)
        or content.VOTE_LABEL_RE.match(line)
        or content.MOTION_RE.match(line)
        or (
            ":" in line
            and line[:4] in content._ARTICLES
            and content.DECISION_SENTENCE_RE.match(line)
        )
        or (line.endswith(":") and tasks.DUE_LEAD_RE.match(line.replace("*", "")))
    )


def test_lines_open_blocks_as_when_every_label_was_tried():
    from transferhub.protocols.reader import content

    words = ["Beschluss", "Decision", "Antrag", "TODO", "Action", "Abstimmung", "Vote", "Anna"]
    words += ["Die Versammlung beschließt", "- ", "1. ", "| ", "# ", "bis Freitag", ":", " "]
    for text in _random_texts(words, seed=21):
        for gap in (None, "blank"):
            assert content._is_block_start(text, gap) == _old_block_start(text, gap), text


def test_a_vote_after_a_decision_is_cut_as_by_the_full_pattern():
    from transferhub.protocols.reader import content

    plain = r"\s*\(?\s*(?:Abstimmung|Abstimmungsergebnis|Votum)\w*\s*:[^)\n]*\)?\.?\s*$"
    words = ["Abstimmung", "Abstimmungsergebnis", "Votum", "Vote", "5/0/1", "einstimmig"]
    for text in _random_texts(words, seed=8):
        assert content._strip_votes(text) == re.sub(plain, "", text).strip(), text
    assert content._strip_votes("Der Haushalt wird genehmigt (Abstimmung: 5/0/1)") == (
        "Der Haushalt wird genehmigt"
    )
    assert content._strip_votes("The budget is approved (Vote: 5/0/1)") == (
        "The budget is approved (Vote: 5/0/1)"
    )


def test_invisible_characters_are_dropped_from_german_and_english_text():
    text = "Proto\u00adkoll\u200b der Sit\u200czung\ufeff; Min\u200dutes of the meeting"
    assert parse.normalise(text) == "Protokoll der Sitzung; Minutes of the meeting"
    assert parse.normalise(GERMAN[0]) == GERMAN[0]


def test_a_title_put_off_is_found_as_by_the_full_pattern_in_any_case():
    words = ["Haushalt", "Budget", " – ", ": ", " (", ")", "vertagt", "VERSCHOBEN", "Postponed"]
    words += ["deferred to May", "zurückgestellt bis Herbst", "taBled", "verſchoben", " "]
    for text in _random_texts(words, seed=13):
        fast, full = parse._postponed_in_title(text), parse.POSTPONED_TAIL_RE.search(text)
        if full and (
            full.group(0).lstrip().startswith("(") != full.group(0).rstrip().endswith(")")
        ):
            full = None  # brackets not the mark's own
        assert (fast and fast.span()) == (full and full.span()), text
    assert parse._postponed_in_title("Satzungsänderung (vertagt)")
    assert parse._postponed_in_title("Budget review - postponed to June")

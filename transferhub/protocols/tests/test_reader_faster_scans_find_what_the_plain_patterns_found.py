"""The reader's faster scans (word trees, first-letter gates, end tests) find what the plain
patterns found, in German and English minutes alike."""

import random
import re

from transferhub.protocols.reader import alternation, decisions, names, parse, tasks
from transferhub.protocols.reader.alternation import (
    anchored_words,
    holds_any,
    lead,
    word_finder,
    word_tree,
)
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


def _gated_patterns():
    from transferhub.protocols.reader import content, dates, tasks, votes

    return [
        content.VOTE_SLASH_RE,
        content.VOTE_WORDS_RE,
        content.VOTE_LABELS_RE,
        votes.STIMMEN_GEGEN_RE,
        content.VOTE_YES_ABSTAIN_RE,
        content.VOTE_PARENS_RE,
        decisions.ZU_VOTES_RE,
        decisions.OF_VOTES_RE,
        decisions.PASSIVE_RE,
        decisions.PASSED_RE,
        decisions.ELLIPTIC_RE,
        decisions.MOTION_OUTCOME_RE,
        decisions.QUESTION_RE,
        content.REJECTED_RE,
        dates.RELATIVE_RE,
        tasks.OWNER_LABEL_RE,
        parse.NEXT_SENTENCE_RE,
        parse.ATTENDANCE_SENTENCE_RE,
        parse.ATTENDANCE_COLON_RE,
    ]


def test_a_pattern_is_skipped_only_where_the_text_lacks_every_word_it_needs():
    from transferhub.protocols.reader.alternation import Needs

    sentences = [
        *GERMAN,
        *ENGLISH,
        "Der Haushalt wird von der Versammlung mit 9 Ja-Stimmen angenommen.",
        "Die nächste Sitzung findet am Dienstag statt; Anna fragt, ob das passt.",
        "The next meeting is in two weeks. Responsible: Ben. Motion carried 5-0-1.",
        "Es wurde einſtimmig beſchloſſen, den Antrag zu vertagen (Verantwortlich: Eva).",
        "IT WAS RESOLVED THAT THE BUDGET BE APPROVED; İF NEEDED, NEXT WEEK.",
        "Protokoll der letzten Sitzung genehmigt.",
        "Minutes of the last meeting approved.",
        "Abstimmung: 5/0/1. Ja: 7, Nein: 0, Enthaltung: 1; 8 Stimmen dafür, 2 Gegenstimmen.",
        "Der Antrag wird mit 5 zu 1 Stimmen bei 10 Ja-Stimmen und einer Enthaltung angenommen.",
        "Vote: Yes (7) Abstain: (1) No: (2); by 9 of 11 votes; 12 in favour, 2 against.",
        "Folgende Mitglieder sind anwesend: Anna Berg, Ben Keller",
        "Dora Lind, Emil Roth and Frida Sand were present.",
    ]
    for k, pattern in enumerate(_gated_patterns()):
        needs = Needs(pattern)
        assert needs.words, pattern.pattern  # each of them names the words it needs
        pieces = [w for s in sentences for w in s.split()] + list(needs.words)
        pieces += [w.replace("s", "ſ").replace("i", "ı") for w in needs.words]
        texts = _random_texts(_cased(pieces), seed=40 + k, count=600) + sentences
        found = [text for text in texts if pattern.search(text)]
        assert found, pattern.pattern[:60]  # the texts hold matches to miss
        for text in found:
            assert needs(text), (pattern.pattern[:60], text)


def test_the_words_a_pattern_needs_are_read_from_its_branches_and_literals():
    from transferhub.protocols.reader.alternation import Needs, fold_case

    assert Needs(re.compile(r"\b(?:wird|werden)\s+\w*\s*beschlossen\b", re.I)).words == (
        "beschlossen",
    )
    # One word of each branch; a word holding another is found where that one is.
    words = Needs(re.compile(r"\b(?:ob|falls|whether|if)\b")).words
    assert words == ("falls", "if", "ob", "whether")
    assert Needs(re.compile(r"(?:Tage|Tagen|days?)\s")).words == ("Tage", "day")
    # A branch that may hold no letter at all needs nothing: the test always passes.
    needs = Needs(re.compile(r"\d+|motion"))
    assert needs.words == () and needs("12") and needs("nichts")
    # Case-insensitive: the text compared as the engine compares it.
    needs = Needs(re.compile(r"\bnext\s+meeting\b", re.I))
    assert needs("NEXT Meeting") and needs("Nächstes Treffen") is False
    assert fold_case("İF ſo, Iıi") == "if so, iii"
    assert re.search(r"\bif\b", "İF", re.I) and Needs(re.compile(r"\bif\b", re.I))("İF")


def test_votes_without_labels_are_read_as_by_the_full_patterns():
    from transferhub.protocols.reader import content

    words = ["mit", "by", "5", "0", "1", "12", "/", "-", ":", "–", "(", ")", "carried", "zu"]
    words += ["Stimmen", "votes", "von", "of", "abgelehnt", "angenommen", "Antrag", "to"]
    for text in _random_texts(words, seed=31, count=1500):
        m = decisions.BARE_VOTES_RE.search(text)
        got = decisions.bare_votes(text)
        if m:
            assert got == {"yes": int(m["y"]), "no": int(m["n"]), "abstain": int(m["a"])}, text
    assert decisions.bare_votes("Der Antrag wird mit 5:1:0 angenommen.") == {
        "yes": 5,
        "no": 1,
        "abstain": 0,
    }
    assert content.parse_votes("Motion carried 7-0-1.") == {"yes": 7, "no": 0, "abstain": 1}


def test_underlined_titles_are_found_where_a_line_is_underlined():
    lines = ["Haushalt", "--------", "Der Haushalt wird besprochen.", "", "Budget", "======"]
    assert parse.rst_headings(lines, plain=True)[0].startswith("#")
    assert parse.rst_headings(lines, plain=True)[2] == "Der Haushalt wird besprochen."
    assert parse.rst_headings(["Budget", "======", "The budget was approved."])[0] == "# Budget"


def test_a_plain_texts_underline_is_found_wherever_the_pattern_found_one():
    texts = [
        "Sitzung des Kulturvereins\n=========================\n\nAnwesend: Ida, Olaf",
        "Vorab - kurz notiert\n- Einladung verschickt\n---\nBudget: offen",
        "Minutes of the garden club\n- apples - pears\nItems ---- later\n~~~~~ \nRota",
        "Kassenbericht ****\n1. Zahlen\n^^^^\t\n",
        "A line with --- inside\nand = signs == here\n -----\nno underline at the margin",
        "",
        "---",
        "Ä\n==",
        *GERMAN,
        *ENGLISH,
    ]
    texts += _random_texts(["Bericht", "report", "===", "---", "~~~", "^^^", "***", " \t"], 7)
    for text in texts:
        assert parse._plain_underlined(text) == bool(parse.PLAIN_UNDERLINE_RE.search(text)), text


def test_a_commitment_in_the_future_and_a_task_done_are_read_behind_their_end_tests():
    # The end tests only skip the patterns where they cannot match: what they find stands.
    for s in [
        "Greta wird die Einladung verschicken.",
        "Der Vorstand soll den Antrag prüfen und bis Freitag beantworten!",
        "Olaf und Ida werden die Halle buchen",
        "Die Kasse wird am Freitag geprüft werden.",
        "Ida wird Kassenwartin.",
        "Greta wird die Einladung verschicken..",
        "Nick will send the agenda. Done",
        "Olaf schickt die Liste (erledigt)",
        "Ida to book the room - completed ✓",
        "Die Prüfung ist abgeschlossen.",
        "Angedacht wird die Bewältigung von Extremereignissen",
        "Die Arbeit der Gruppe wird fortgesetzt, Abschluss in den Ausschüssen",
    ]:
        assert tasks._ends_in_infinitive(s) or not tasks.FUTURE_RE.match(s), s
        tail = s.lower().rstrip(" .)*_!")
        if tail[-4:] in tasks._DONE_ENDS and tasks.DONE_RE.search(s):
            assert tail.casefold().endswith(tasks._DONE_WORDS), s
    assert tasks.marked_task("Greta wird die Einladung verschicken.", None, ["Greta"]) == {
        "text": "Greta wird die Einladung verschicken.",
        "owner": "Greta",
        "due": None,
    }
    assert tasks.marked_task("Nick will send the agenda - done", None, ["Nick"]) is None


def test_the_word_before_a_full_stop_is_looked_up_as_the_abbreviation_pattern_found_it():
    from transferhub.protocols.reader import content

    texts = [
        *GERMAN,
        *ENGLISH,
        "Siehe z.B. Anlage 3. Prof. Dr. Anna Kruse stellt vor. Am 3. Oktober 2023. Danach.",
        "Proposed by G. Clere and seconded by Mrs. C. Cann. The clerk, Jr. Smith, read it.",
        "Kosten ca. 120 Euro usw. Bericht Nr. 7. Der Ausschuss tagt im Sept. erneut.",
        "Café. Straße. Hr.Müller. x_Dr. MrDr. 2023. 12. 1.",
    ]
    texts += _random_texts(["Dr", "z", "Nr", "Mrs", "bzw", "Sept", "ü", "_", "12", "3"], seed=7)
    for text in texts:
        for end in (i + 1 for i, ch in enumerate(text) if ch in ".!?"):
            for lo in range(max(0, end - 14), end + 1):
                found = bool(content.ABBREV_RE.search(text, lo, end))
                assert content._abbreviation_ends(text, lo, end) is found, (text, lo, end)


def test_a_paragraph_split_twice_gives_the_same_sentences_in_a_list_of_its_own():
    from transferhub.protocols.reader import content

    for text in ("Anna berichtet. Prof. Kruse stellt vor. Ende.", "Jo reported. Mr. Lee agreed."):
        first = content.split_sentences(text)
        first.append("changed by its caller")
        assert content.split_sentences(text) == content._split_sentences(text)
        assert len(content.split_sentences(text)) == 3 if text.startswith("Anna") else 2


def test_a_read_begins_with_nothing_remembered_from_the_read_before():
    from transferhub.protocols.reader import content, people

    first = parse.parse_text("Protokoll Vorstand\n\n1. Bericht\nAnna berichtet. Ben stimmt zu.\n")
    assert parse._strip_md_line.cache_info().currsize > 0
    parse.parse_text("Minutes of the Board\n\n1. Report\nJo reported. Mr. Lee agreed.\n")
    assert "Anna berichtet." not in " ".join(content._SPLIT)
    # The lines' index holds the last read's lines in lower case, or nothing.
    assert people._LINES_INDEX[0] is None or "anna berichtet" not in people._LINES_INDEX[0][2]
    # Nor are the texts it lowered.
    assert not any("anna" in low for low in alternation._LOWERED.values())
    again = parse.parse_text("Protokoll Vorstand\n\n1. Bericht\nAnna berichtet. Ben stimmt zu.\n")
    assert again == first


def test_a_text_lowered_again_in_a_read_is_what_str_lower_gives():
    texts = [
        "Die Geschäftsstelle wird die Termine bekannt geben – Anlage 1.",
        "ÜBERSICHT „Finanzen“ AUS DEM VORSTAND",
        "The Clerk WILL write to the Council.",
        "İSTANBUL ΟΔΟΣ",  # a lowered "İ" is two characters; a final sigma
        "",
    ]
    for text in texts:
        assert alternation.lowered(text) == text.lower()
        assert alternation.lowered(text) == text.lower()  # remembered
        assert alternation.fold_case(text) == alternation.fold_lower(text.lower())
    alternation.forget_lowered()
    assert alternation._LOWERED == {}


def test_words_entered_at_their_rarest_letter_are_found_where_the_word_tree_finds_them():
    from transferhub.protocols.reader import content
    from transferhub.protocols.reader.alternation import anchored_words

    families = [
        decisions._WORDS,
        (*tasks._ARROWS, *tasks._OWNER_WORDS, *tasks._TAKES_ON_WORDS, *tasks._DUE_WORDS, "todo"),
        content._VOTE_HINTS,
        ("stimm", "lost", "beschließ", " nimmt", "x", "→", "in favo", "übernimm"),
    ]
    for k, words in enumerate(families):
        anchored = re.compile(anchored_words(words))
        tree = re.compile(word_tree(words))
        # Pieces of the words, so that most texts come near one without holding it.
        pieces = [w[:n] for w in words for n in range(1, len(w) + 1)]
        for text in _random_texts(pieces, seed=20 + k, count=1500):
            low = text.lower()
            assert (anchored.search(low) is None) == (tree.search(low) is None), (words, low)
        for text in GERMAN + ENGLISH:
            low = text.lower()
            assert (anchored.search(low) is None) == (tree.search(low) is None), text


def test_a_word_is_entered_at_a_rare_letter_its_tail_matched_and_then_checked_behind_it():
    from transferhub.protocols.reader.alternation import anchored_words

    rx = re.compile(anchored_words(["stimm", "agree"]))
    assert rx.search("einstimmig angenommen") and rx.search("we all agree")
    assert rx.search("die stimme") is not None  # "stimm" stands in "stimme"
    assert rx.search("stim mm") is None and rx.search("agre e") is None
    assert rx.search("summe") is None and rx.search("degree") is None  # the tail, not the word
    # The more common anchor first; the tail before the lookbehind.
    assert rx.pattern == "(?:mm(?<=stimm)|gree(?<=agree))"
    # One letter enters several words where each one's rarest would take two: "b", not "."
    # and ",", for "bestimmt." and "bestimmt,"; their tails share their beginning.
    both = anchored_words(["bestimmt.", "bestimmt,", "beschlo"])
    assert both == "(?:bes(?:chlo|timmt(?:,|\\.)))"
    assert re.search(both, "wird bestimmt, dass") and not re.search(both, "bestimmt werden")


def _walked_title_end(text: str, key: str) -> int | None:
    # The walk split_presenters made before _title_end: character by character.
    acc = ""
    for pos, ch in enumerate(text):
        acc += parse._norm_char(ch)
        if acc == key:
            return pos
        if not key.startswith(acc):
            return None
    return None


def test_a_known_title_ends_in_an_agenda_cell_where_the_walk_by_characters_found_its_end():
    cells = [
        "Klimawandel, Dekarbonisierung und Co. – Aktivitäten des BMAS Achim Sieker (BMAS)",
        "Umsetzungshilfe „Finanzierung und Liquidität“ Wilhelm Heidbrede (Bundesverband)",
        "Treasurer's report — budget 2024 Jane Doe (Treasurer)",
        "OM-Zeichen-Arbeitsschutz – OM-Lieferantendatenbank Oleg Beispiel",
        "ΣΟΦΙΑ ΚΑΙ ΛΟΓΟΣ Maria Beispiel",
        "İstanbul Büro İnci Beispiel",
    ]
    titles = ["Klimawandel, Dekarbonisierung und Co.", "Umsetzungshilfe Finanzierung und",
              "Treasurer’s report – budget 2024", "OM-Zeichen-Arbeitsschutz OM-Lieferanten",
              "ΣΟΦΙΑ ΚΑΙ ΛΟΓΟΣ", "İstanbul Büro", "Bericht", ""]  # fmt: skip
    rnd = random.Random(11)
    pieces = ["a", "B", "ä", " ", "-", "–", "„", "“", "*", "_", "Σ", "σ", "ς", "İ", "i", "\t", "."]
    cells += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12))) for _ in range(3000)]
    for cell in cells:
        # The cell's own beginnings (the title found), other titles (not found).
        own = [cell[:k] for k in range(len(cell) + 1)]
        for title in [*own, *titles, *rnd.sample(cells, 3)]:
            key = parse.norm_key(title)
            assert parse._title_end(cell, key) == _walked_title_end(cell, key), (cell, title)


def test_an_attendance_label_holds_a_word_its_patterns_need_in_german_and_english():
    from transferhub.protocols.reader.alternation import fold_case

    labels = ["Anwesend: Anna Berg, Ben Keller", "Teilnehmende: 12", "Attendees: Jo, Sam",
              "Present: Lee", "Board members present: Ann", "Roll Call: Ann", "Zu Gast: Eva",
              "Anwesende Vorstände:", "Participants", "Staff present: Ray", "Gäste: Tom",
              "Observers: Kim", "Councillors present:", "Also in attendance: Ivy"]  # fmt: skip
    for label in labels:
        assert parse.PARTICIPANTS_RE.match(label) or parse.PARTICIPANTS_HEAD_RE.match(label)
        folded = fold_case(label)
        if parse.PARTICIPANTS_RE.match(label):
            assert parse._PARTICIPANTS_NEEDS(label, folded), label
        if parse.PARTICIPANTS_HEAD_RE.match(label):
            assert parse._PARTICIPANTS_HEAD_NEEDS(label, folded), label
    for prose in ["Die Kasse wurde geprüft.", "The budget was discussed at length."]:
        folded = fold_case(prose)
        assert not parse._PARTICIPANTS_NEEDS(prose, folded)
        assert not parse._attendance_head(prose, prose, folded)


def test_the_word_test_a_loop_runs_finds_what_any_over_the_words_found():
    # holds_any replaced any(map(text.__contains__, words)) in the cheap tests before the
    # patterns (Needs, the task and decision gates): the same answer for every text.
    word_sets = [
        tasks._TAKES_ON_WORDS,
        tasks._DUE_WORDS,
        decisions._MOTION_HINTS,
        ("Ä", " wird ", "übernimm"),
        (),
    ]
    for k, words in enumerate(word_sets):
        for text in _random_texts([*words, "Anna", "will", "bis"], seed=100 + k, count=200):
            assert holds_any(text, words) is any(map(text.__contains__, words)), (words, text)
    assert holds_any("Anna übernimmt die Einladung bis Freitag.", tasks._TAKES_ON_WORDS)
    assert holds_any("Ben will take the minutes.", tasks._TAKES_ON_WORDS)
    assert not holds_any("Der Bericht wurde vorgestellt.", tasks._TAKES_ON_WORDS)
    assert not holds_any("The report was presented.", ())


def test_the_word_finders_answer_as_the_pattern_of_all_their_words_does():
    # word_finder looks for the words of common letters only ("ernenn", "lost", "due") by
    # `in` and for the others by anchored_words' pattern: together they answer as one
    # pattern of all the words did (might_decide, might_mark and parse_votes' gates).
    word_sets = [
        decisions._WORDS,
        (*tasks._ARROWS, *tasks._OWNER_WORDS, *tasks._TAKES_ON_WORDS, *tasks._DUE_WORDS, "todo"),
        ("enthalt", "noes", "stimm", "dafür"),
    ]
    for k, words in enumerate(word_sets):
        finder = word_finder(words)
        whole = re.compile(anchored_words(words))
        for text in _random_texts(list(words), seed=200 + k, count=300):
            low = text.lower()
            assert finder(low) is (whole.search(low) is not None), (words, text)
    assert decisions.might_decide("Anna wurde zur Kassenwartin ernannt.")
    assert decisions.might_decide("The motion was lost 3 to 4.")
    assert not decisions.might_decide("Die Teilnehmenden stellen sich vor.")
    assert not decisions.might_decide("Everybody introduced themselves.")
    assert tasks.might_mark("Report due next week")
    assert not tasks.might_mark("Kurzer Bericht aus der Gruppe.")


def test_a_title_key_drops_every_space_and_quote_the_pattern_dropped():
    # norm_key drops spaces by str.split() and quotes and dashes by a pattern: the key the
    # one pattern of both gave, for titles with any Unicode space, quote or dash.
    plain = re.compile(r"[\s\"'„“”»«‚‘’\-–—*_]")
    pieces = ["Haushalt", "Annual Report", " ", "\t", "\xa0", "\u2009", "\u3000", "\x1c", "\n"]
    pieces += ["„", "“", "”", "»", "«", "‚", "‘", "’", "-", "–", "—", "*", "_", '"', "'", "Ä", "ß"]
    for text in _random_texts(pieces, seed=400, count=500):
        assert parse.norm_key(text) == plain.sub("", text).lower(), text
    assert parse.norm_key("  „Bericht des Vorstands“ – Teil 2 ") == "berichtdesvorstandsteil2"
    assert parse.norm_key("Treasurer's Re-\nport") == "treasurersreport"


def test_a_label_line_is_read_as_before_where_its_first_character_rules_the_pattern_out():
    # content, tasks and parse test a line's first character (alternation.opens), its colon
    # or its "To" before they call the label patterns: what they find is what the patterns
    # alone found, whatever the line's case ("BESCHLUSS:", "ſtimmung", the Kelvin sign).
    from transferhub.protocols.reader import content

    words = [
        *_cased(["Beschluss", "Decision", "Abstimmung", "Vote", "Antrag", "Verantwortlich"]),
        *_cased(["Owner", "TODO", "ToDo", "To-Do", "Todo", "Action items", "Aufgaben", "Top"]),
        *["TOP", "Item", "Punkt", "Zu", "zu", "II.", "IV)", "X.", "1.", "١", "→", "->", "=>"],
        *["- ", "* ", "• ", "[ ] ", "[x] ", "ſ", "\u212a", "İ", "Ergebnis", "Done", "Lee"],
    ]
    gates = [
        (content._decision_label, content.DECISION_LABEL_RE),
        (content._vote_label, content.VOTE_LABEL_RE),
        (content._task_label, content.TASK_LABEL_RE),
        (content._motion, content.MOTION_RE),
    ]
    sets = [
        (content._BULLET_OPENS, content.BULLET_RE),
        (content._RESPONSIBLE_OPENS, content.RESPONSIBLE_RE),
        (tasks._ARROW_OPENS, tasks.ARROW_RE),
    ]
    heading = re.compile(r"\d|[IVX]|" + lead(alt("item")))  # as match_heading tested
    for text in _random_texts(words, seed=600, count=1200):
        for gate, rx in gates:
            found, plain = gate(text), rx.match(text)
            assert (found and found.span()) == (plain and plain.span()), (rx.pattern, text)
        for first, rx in sets:
            assert rx.match(text) is None or text[:1] in first, (rx.pattern, text)
        assert tasks.starts_marked(text) == bool(
            tasks.CHECKBOX_RE.match(text.strip())
            or tasks.TODO_RE.match(text.strip())
            or tasks.ARROW_RE.match(text.strip())
        ), text
        assert bool(heading.match(text)) == (
            text[:1].isdecimal() or text[:1] in parse._HEADING_OPENS
        ), text
    assert content._vote_label("Abstimmung: 5/0/1") and content._vote_label("VOTE: carried")
    assert content._task_label("TODO Anna schreibt das Protokoll") is not None
    assert content._task_label("Aufgaben: Ben bringt den Schlüssel") is not None
    assert content._task_label("Action items Ben brings the key") is None  # no colon, no TODO
    assert content._decision_label("Beschluss: Der Etat wird erhöht.") is not None
    assert content._decision_label("Decision taken without a label") is None


def test_a_pattern_that_opens_with_any_character_gets_no_first_character_set():
    # A class of all letters, a pattern that can match nothing: no set, every line is tried.
    assert "x" in alternation.opens(re.compile(r"\w+:"))
    assert "x" in alternation.opens(re.compile(r"(?:Beschluss)?\s*"))
    assert alternation.opens(re.compile(r"^Top", re.IGNORECASE)) == frozenset("Tt")
    assert alternation.opens(re.compile(r"^(?:stimm|Kasse)", re.IGNORECASE)) == frozenset(
        "SsſKk\u212a"
    )


def test_a_time_at_a_long_lines_end_is_found_where_the_whole_line_was_searched():
    # _time_tail searches a long line from its last 80 characters where they hold 19 that are
    # no spaces; the match is the one the search of the whole line found.
    ends = ["09:20 – 09:50 Uhr", "(10:30)", " 12.00 bis 13.15 Uhr ", "7:45", "Uhr", "3)"]
    fills = ["Bericht des Vorstands ", "Treasurer's report ", " " * 30, "\t", "x" * 70, "1"]
    rnd = random.Random(700)
    for _ in range(1500):
        text = "".join(rnd.choice(fills) for _ in range(rnd.randint(0, 8)))
        text += rnd.choice(ends) + " " * rnd.randint(0, 40)
        found, plain = parse._time_tail(text), parse.TIME_TAIL_RE.search(text)
        last = text.rstrip()[-1:]
        if last and last not in ")r" and not last.isdecimal():
            continue
        assert (found and (found.span(), found.groups())) == (
            plain and (plain.span(), plain.groups())
        ), text
    assert parse._time_tail("3. Neues aus dem Vorstand " * 5 + "09:20 – 09:50 Uhr")["b"] == "09:50"
    assert parse._time_tail("4. Treasurer's report, presented by the treasurer " * 3 + "(10:30)")


def test_list_marks_straw_polls_and_election_results_are_read_as_by_their_plain_patterns():
    # parse.unmark calls LIST_MARK_RE only where a line begins with a mark, content tests a
    # word a straw poll needs ("Meinungsbild", "Straw poll") before STRAW_POLL_RE, and
    # votes.listed_start a capital and a colon before _LISTED_RE: the same answers.
    from transferhub.protocols.reader import content, votes

    words = [
        *["- ", "* ", "• ", "+ ", "-", "*", "•", "+", "\t", "Anwesend", "Present", "Name"],
        *_cased(["Meinungsbild", "Stimmungsbild", "Straw poll", "Temperature check"]),
        *_cased(["Show of interest", "Anna Beispiel", "Ben Muster", "Über"]),
        *["ſtraw", "ſhow", "Ärger", "Öl", "Leon", "van", "5 Ja-Stimmen", "eine", "keine", "two"],
        *["dafür", "dagegen", "for", "against", ":", ": ", "_", "**", "ä", "über"],
    ]
    for text in _random_texts(words, seed=800, count=1500):
        assert parse.unmark(text) == parse.LIST_MARK_RE.sub("", text), text
        plain = decisions.STRAW_POLL_RE.match(text)
        assert bool(content._STRAW_POLL_NEEDS(text) and plain) == bool(plain), text
        found, plain = votes.listed_start(text), votes._LISTED_RE.match(text)
        assert (found and found.span()) == (plain and plain.span()), text
    assert parse.unmark("- * Anwesend: Anna, Ben") == "Anwesend: Anna, Ben"
    assert parse.unmark("Present: Anna - Ben") == "Present: Anna - Ben"
    assert content._STRAW_POLL_NEEDS("Meinungsbild: 6 dafür, 1 dagegen")
    assert content._STRAW_POLL_NEEDS("STRAW POLL: 5 for, 2 against")
    assert not content._STRAW_POLL_NEEDS("Beschluss: 6 dafür, 1 dagegen")
    assert votes.listed_start("Leon Beispiel: 5 Ja-Stimmen, eine Enthaltung")["who"] == (
        "Leon Beispiel"
    )
    assert votes.listed_start("Jane Doe: two votes for") is not None
    assert votes.listed_start("the chair: 5 votes") is None


def test_dates_with_a_year_are_found_behind_the_test_for_19_or_20():
    # dates._other_dates looks for years only where the text holds "19" or "20": a year the
    # pattern finds always holds one of them, and the dates are found as before.
    from transferhub.protocols.reader import dates

    words = ["1999", "2023", "19", "20", "٢٠٢٣", "March 3,", "27/11/", "2017-05-04", "Uhr", "am"]
    for text in _random_texts(words, seed=900, count=1500):
        found = [m.span() for m, *_ in dates._other_dates(text)]
        if dates._YEAR_RE.search(text) is None:
            assert found == [], text
        else:
            assert "19" in text or "20" in text, text
    assert [d[1:] for d in dates._other_dates("Meeting held on March 3, 2023 at 7pm")] == [
        (3, 3, 2023)
    ]
    assert [d[1:] for d in dates._other_dates("Sitzung vom 2017-05-04, 18 Uhr")] == [(4, 5, 2017)]
    assert list(dates._other_dates("Sitzung am 12.10. um 18 Uhr")) == []


def test_headings_and_title_keys_are_read_as_by_their_plain_patterns():
    # match_heading calls TOP_RE only where a line begins with a letter an item word can
    # begin with, NUM_RE only where it begins with a digit; norm_key drops quotes and dashes
    # only where the key holds more than letters and digits: the same headings and keys.
    words = [
        *_cased(["TOP", "Punkt", "Item", "Agenda item", "Tagesordnungspunkt", "Zu"]),
        *["1", "2.", "3)", "12.1", "٣", "II.", " ", "- ", "„", "“", "’", "—", "*", "_", "'"],
        *["Bericht", "Report", "Kassenbericht", "Treasurer's report", "Über", "ä", "z", "Ω"],
    ]
    for text in _random_texts(words, seed=1000, count=1500):
        top, num = parse.TOP_RE.match(text), parse.NUM_RE.match(text)
        assert top is None or text[:1] in parse._TOP_OPENS, text
        assert num is None or text[:1].isdecimal(), text
        key = "".join(text.split())
        assert parse.norm_key(text) == parse._NORM_KEY_RE.sub("", key).lower(), text
    assert parse.match_heading("TOP 3: Kassenbericht").title == "Kassenbericht"
    assert parse.match_heading("4. Treasurer's report").title == "Treasurer's report"
    assert parse.match_heading("Kassenbericht des Vorstands") is None
    assert parse.norm_key("„Haushalt – 2024“") == "haushalt2024"
    assert parse.norm_key("Treasurer's Report") == "treasurersreport"


def test_a_standup_paragraph_is_found_where_its_first_letter_lets_the_pattern_match():
    # content tests a paragraph's first character before STANDUP_DONE_RE ("Done:", "Erledigt:").
    from transferhub.protocols.reader import content

    words = [*_cased(["Done", "Did", "Yesterday", "Completed", "Erledigt", "Gemacht"]), ":", " "]
    words += [*_cased(["Gestern", "Today", "Heute"]), "ſ", "\u212a", "Ärger", "- "]
    for text in _random_texts(words, seed=1100, count=1500):
        plain = tasks.STANDUP_DONE_RE.match(text)
        assert plain is None or text[:1] in content._STANDUP_DONE_OPENS, text
    assert "E" in content._STANDUP_DONE_OPENS and "d" in content._STANDUP_DONE_OPENS

"""Alternations the regex engine scans fast, matching what the plain ones match.

The reader's patterns search minutes for one of many words. Python's engine tries the
branches of an alternation one after the other at every position; with re.IGNORECASE it
cannot even skip a branch by its first letter. `word_tree` factors the words' shared
beginnings out, `lead` puts a one-character test before an alternation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from re import _constants as C  # the parser's own names, to read what it parsed
from re import _parser as sre_parse


def word_tree(literals: Iterable[str]) -> str:
    """Return a non-capturing alternation of literal words with their shared beginnings
    factored out, as a tree: ("reported", "reports") gives "(?:report(?:ed|s))".

    The regex engine tries an alternation's branches one after the other at every position
    it scans; in the tree it tries each letter once. It finds what the flat alternation finds
    where a word that begins another cannot end the match there (the pattern goes on with
    \\b, or only whether any word occurs is asked), since the tree prefers the longer word.
    """
    tree: dict = {}
    for word in literals:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def branch(node: dict) -> str:
        ends = "" in node
        arms = [re.escape(ch) + branch(sub) for ch, sub in node.items() if ch]
        if not arms:
            return ""
        if len(arms) > 1 and all(len(a) == 1 for a in arms):
            body = "[" + "".join(arms) + "]"
        elif len(arms) == 1 and not ends:
            return arms[0]
        else:
            body = "(?:" + "|".join(arms) + ")"
        return body + "?" if ends else body

    return "(?:" + branch(tree) + ")"


# Characters of lower-cased minutes, German and English, from the most to the least common
# (counted over the corpus and the seed); any other character is rarer than all of them.
_COMMON_FIRST = " enitrsaodhlucmg\nbwfkpz.v-y,:#/*|()jüäxqö"


# How many of a thousand characters of lower-cased minutes are each of these (the corpus's
# plain-text files, German and English); any other character is rarer than all of them.
_PER_MILLE = {
    " ": 153.6, "e": 97.6, "t": 61.5, "n": 58.2, "i": 53.3, "a": 51.1, "r": 49.8, "s": 49.3,
    "o": 45.0, "d": 30.8, "l": 29.3, "h": 27.0, "u": 24.7, "c": 24.6, "m": 22.9, "\n": 21.8,
    "g": 20.3, "p": 17.1, "f": 14.4, "b": 13.4, "w": 12.4, "-": 11.0, ".": 10.1, "k": 8.6,
    "v": 8.5, "y": 6.6, "*": 6.1, "/": 5.6, ",": 5.1, ":": 4.8, "#": 4.8, "0": 4.3, "z": 3.8,
    "1": 3.7, "2": 3.7, "j": 2.7, ")": 2.6, "(": 2.5, "ü": 2.0, "x": 1.8, "3": 1.7, "ä": 1.4,
}  # fmt: skip
_RARER = 0.5  # a character not counted above


def _anchors(words: list[str]) -> set[str]:
    """The characters to enter the words at: each word holds one, and together they are as
    rare as a greedy cover finds (the character that enters the most words not yet entered
    for the fewest characters of minutes, again and again). Each word's own rarest
    character would enter "bestimmt." at "." and "bestimmt," at ",": "b" enters both, and
    "beschlo" and "billig" too (might_decide: 185 -> 146 characters a thousand tried)."""
    left = set(words)
    chosen: set[str] = set()
    while left:
        found = {ch for word in left for ch in word}
        best = min(
            found,
            key=lambda ch: (_PER_MILLE.get(ch, _RARER) / sum(ch in w for w in left), ch),
        )
        chosen.add(best)
        left = {w for w in left if best not in w}
    return chosen


def anchored_words(literals: Iterable[str]) -> str:
    """Return an alternation that matches where one of the words occurs, each word entered
    at a rare character (_anchors): "stimm" entered at "m" is "m(?:m(?<=stimm))", the
    tail after the character matched on from there, then the word whole checked behind its
    end; the tails of the words entered at one character share their beginnings, as a tree.

    Only whether a text holds one of the words can be asked of it (search(...) is None or
    not); where a match starts and ends is not where the word does. The engine tries the
    alternation only at the characters the words are entered at, which a search finds with
    its first-character test: in prose, a sixth of the characters where word_tree's
    alternation is tried at four out of five. There the tails are tried first, each branch
    skipped by its first letter at one test, the most common character's first; a lookbehind
    (a costly step of the engine) is entered only where a tail matched (might_decide over
    the seed: 3.9 -> 2.1 M instructions).
    """
    words = list(dict.fromkeys(literals))
    if not all(words):
        raise ValueError("an empty word matches every text")
    anchors = _anchors(words)
    # For each anchor, the tree of the tails after it; at a tail's end, the words to check
    # behind it ("" where the anchor is the word's first character: nothing to check).
    by_anchor: dict[str, dict] = {}
    for word in words:
        # The rarest anchor the word holds, at its first place there.
        ch = min((c for c in anchors if c in word), key=lambda c: (_PER_MILLE.get(c, _RARER), c))
        j = word.index(ch)
        node = by_anchor.setdefault(ch, {})
        for nxt in word[j + 1 :]:
            node = node.setdefault(nxt, {})
        node.setdefault("", set()).add(word if j else "")

    def branch(node: dict) -> str:
        ends = node.get("", set())
        if "" in ends:
            return ""  # a word ends here whole: whatever follows, the text holds it
        arms = [re.escape(ch) + branch(sub) for ch, sub in sorted(node.items()) if ch]
        arms += [f"(?<={re.escape(word)})" for word in sorted(ends)]
        return arms[0] if len(arms) == 1 else "(?:" + "|".join(arms) + ")"

    # The most common anchor first: the engine tries the arms in turn at each one it meets.
    order = sorted(by_anchor, key=lambda c: (-_PER_MILLE.get(c, _RARER), c))
    return "(?:" + "|".join(re.escape(ch) + branch(by_anchor[ch]) for ch in order) + ")"


# Words spelt only with the letters up to "u" in _COMMON_FIRST ("ernenn", "returned", "lost"):
# entered at one of those ("r", "a", "d", "u", "l"), each a twentieth to a sixteenth of the
# characters of minutes, the alternation would be tried at a fifth of them for a few words.
_PLAIN_BELOW = _COMMON_FIRST.index("u") + 1


def word_finder(literals: Iterable[str]) -> Callable[[str], bool]:
    """A test whether a text holds any of the words, as the search of anchored_words' pattern
    tells it (its answer for every text), where the words with only the commonest letters
    are looked for by `in`, one pass each, and the pattern holds the others (might_decide
    over the seed: 5.0 -> 3.9 M instructions).
    """
    rarity = {ch: k for k, ch in enumerate(_COMMON_FIRST)}
    unknown = len(_COMMON_FIRST)
    words = tuple(dict.fromkeys(literals))
    if not all(words):
        raise ValueError("an empty word matches every text")
    plain = tuple(w for w in words if max(rarity.get(ch, unknown) for ch in w) < _PLAIN_BELOW)
    rest = [w for w in words if w not in plain]
    search = re.compile(anchored_words(rest)).search if rest else None

    def holds(text: str) -> bool:
        if search is not None and search(text) is not None:
            return True
        for word in plain:
            if word in text:
                return True
        return False

    holds.words = words  # type: ignore[attr-defined]
    return holds


_CATEGORY_CLASS = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _first(seq: list) -> tuple[set[str] | None, bool]:
    """The class items a match of seq can begin with (None: any) and whether it can be empty.

    seq is a parsed pattern (re._parser); an item this does not know gives None, no gate.
    """
    found: set[str] = set()
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue  # \b, ^, a lookaround: no character of its own
        if op is C.LITERAL:
            found.add(_char(av))
            return found, False
        if op is C.IN:
            for kind, value in av:
                if kind is C.LITERAL:
                    found.add(_char(value))
                elif kind is C.RANGE:
                    found.add(_char(value[0]) + "-" + _char(value[1]))
                elif kind is C.CATEGORY and value in _CATEGORY_CLASS:
                    found.add(_CATEGORY_CLASS[value])
                else:
                    return None, False  # a negated class, a locale category
            return found, False
        if op is C.BRANCH:
            nullable = False
            for arm in av[1]:
                first, empty = _first(arm)
                if first is None:
                    return None, False
                found |= first
                nullable = nullable or empty
            if not nullable:
                return found, False
            continue
        if op is C.SUBPATTERN or op is C.ATOMIC_GROUP:
            inner = av if op is C.ATOMIC_GROUP else av[3]
            if op is C.SUBPATTERN and (av[1] or av[2]):
                return None, False  # (?i:…), (?-i:…): flags of their own
            first, empty = _first(inner)
            if first is None:
                return None, False
            found |= first
            if not empty:
                return found, False
            continue
        if op in _REPEATS:
            first, empty = _first(av[2])
            if first is None:
                return None, False
            found |= first
            if av[0] > 0 and not empty:
                return found, False
            continue
        return None, False  # ".", a back-reference, anything else: no gate
    return found, True


def lead(fragment: str) -> str:
    """Return a lookahead for the characters a match of fragment can begin with ("" if any).

    Put before an alternation, it lets the engine pass a character no branch can begin with
    at one test, instead of trying every branch there (which, with re.IGNORECASE, it cannot
    skip by their first letters). What the alternation matches stays the same.
    """
    try:
        parsed = sre_parse.parse(fragment)
        if parsed.state.flags & ~C.SRE_FLAG_UNICODE:
            return ""
        first, empty = _first(parsed.data)
    except Exception:  # re's parser is private: a form it reads otherwise gives no gate
        return ""
    if not first or empty:
        return ""
    return "(?=[" + "".join(sorted(first)) + "])"


def holds_any(text: str, words: Iterable[str]) -> bool:
    """Whether text holds any of the words: any(map(text.__contains__, words)) as a loop,
    which calls no method wrapper a word (a third fewer instructions; it is run some 1,400
    times a read of the seed, most of them by Needs and the task tests)."""
    for word in words:
        if word in text:
            return True
    return False


# str.lower() of the texts the read under way lowered: the same paragraph or sentence is
# lowered by several tests (might_decide, might_mark, marked_task, the vote and Needs tests),
# and minutes with one "–" or "„" are lowered character by character (some 60 instructions
# each). Emptied when a read begins (forget_lowered).
_LOWERED: dict[str, str] = {}


def lowered(text: str) -> str:
    """text.lower(), once a read for each text."""
    low = _LOWERED.get(text)
    if low is None:
        if len(_LOWERED) > 20000:
            _LOWERED.clear()  # called outside a read (tests, tools): never grows without bound
        low = _LOWERED[text] = text.lower()
    return low


def forget_lowered() -> None:
    """Drop the texts lowered before: a read costs what its first read cost."""
    _LOWERED.clear()


def fold_case(text: str) -> str:
    """Text as re.IGNORECASE compares it, for `in` tests before a case-insensitive pattern.

    str.lower(), and the letters the engine also takes for "i" and "s" ("ı", "ſ", the dot
    str.lower() leaves on "İ"), so that no word such a pattern finds is missed.
    """
    return fold_lower(lowered(text))


def fold_lower(low: str) -> str:
    """fold_case of a text already lower-cased (str.lower()): a caller that needs both lowers
    the text once."""
    if not low.isascii():
        for odd, plain in (("ı", "i"), ("ſ", "s"), ("\u0307", "")):
            if odd in low:
                low = low.replace(odd, plain)
    return low


_MAX_WORDS = 64  # more spellings than this make no cheap test


def _exact(op, av) -> set[str] | None:
    """The strings one item of a parsed pattern matches, if it matches only a few literals."""
    if op is C.LITERAL:
        return {chr(av)}
    if op is C.IN:
        if len(av) > 8 or any(kind is not C.LITERAL for kind, _ in av):
            return None  # a range, a category, a negated class: too many characters
        return {chr(value) for _, value in av}
    if op is C.SUBPATTERN:
        return None if av[1] or av[2] else _exact_seq(av[3])
    if op is C.BRANCH:
        arms = [_exact_seq(arm) for arm in av[1]]
        if any(arm is None for arm in arms):
            return None
        found = set().union(*arms)
        return found if len(found) <= _MAX_WORDS else None
    if op in _REPEATS and av[0] == 0 and av[1] == 1:
        inner = _exact_seq(av[2])  # "x?": x or nothing
        return None if inner is None else inner | {""}
    return None


def _exact_seq(seq) -> set[str] | None:
    found = {""}
    for op, av in seq:
        if op in _ZERO_WIDTH:
            return None  # \b, a lookaround: more than the letters decide whether it matches
        item = _exact(op, av)
        if item is None:
            return None
        found = {a + b for a in found for b in item}
        if len(found) > _MAX_WORDS:
            return None
    return found


def _best(candidates: list[set[str]]) -> set[str] | None:
    # The longer the shortest word, the fewer texts hold one; then the fewer words to test.
    useful = [c for c in candidates if "" not in c]
    return max(useful, key=lambda c: (min(5, *map(len, c)), -len(c)), default=None)


def _needed(seq) -> set[str] | None:
    """Literal strings one of which every match of seq contains, or None if none are known."""
    candidates: list[set[str]] = []
    run: set[str] | None = None  # the strings the items just passed spell together
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue  # takes no character: the strings around it still stand side by side
        item = _exact(op, av)
        if item is not None:
            joined = {a + b for a in (run or {""}) for b in item}
            if len(joined) <= _MAX_WORDS:
                run = joined
                continue
            candidates.append(run or {""})
            run = item
            continue
        if run is not None:
            candidates.append(run)
            run = None
        inner = None
        if op is C.SUBPATTERN and not (av[1] or av[2]):
            inner = _needed(av[3])
        elif op is C.ATOMIC_GROUP:
            inner = _needed(av)
        elif op is C.BRANCH:
            arms = [_needed(arm) for arm in av[1]]
            if all(arms) and sum(map(len, arms)) <= _MAX_WORDS:
                inner = set().union(*arms)
        elif op in _REPEATS and av[0] >= 1:
            inner = _needed(av[2])
        if inner:
            candidates.append(inner)
    if run is not None:
        candidates.append(run)
    return _best(candidates)


class Needs:
    """The literal words one of which every match of a pattern holds (found in its parse),
    as a test to put before the pattern where most texts hold none of them: Python's engine
    tries a pattern that begins with \\b, a lookbehind or a case-insensitive alternation at
    every character, an `in` test runs over the text once a word.

    needs(text) is False only where the pattern cannot match; without words it is always True.
    """

    def __init__(self, pattern: re.Pattern) -> None:
        self.folds = bool(pattern.flags & re.IGNORECASE)
        try:
            found = _needed(sre_parse.parse(pattern.pattern, pattern.flags).data)
        except Exception:  # re's parser is private: a form it reads otherwise gives no test
            found = None
        words = {fold_case(w) for w in found} if found and self.folds else found or set()
        # A word that holds another is found wherever that one is.
        self.words = tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))

    def __call__(self, text: str, folded: str | None = None) -> bool:
        """folded: fold_case(text), where the caller tests one text against several Needs."""
        if not self.words:
            return True
        if self.folds:
            text = fold_case(text) if folded is None else folded
        for word in self.words:  # holds_any, without a call more
            if word in text:
                return True
        return False


# The characters opens() tests a pattern's class on: those below, where every character lives
# whose case folds to a letter of Latin, Greek or Cyrillic (the regex engine's IGNORECASE
# joins "K" and the Kelvin sign, "s" and "ſ"), and the class's own characters above them.
_FOLDS_BELOW = 0x2500
_MAX_RANGE = 1000  # a wider range of characters opens too much to be worth a table


class _Every:
    """Every character: what opens() gives where it knows no set."""

    def __contains__(self, ch: object) -> bool:
        return True


EVERY = _Every()


def opens(pattern: re.Pattern) -> frozenset[str] | _Every:
    """The characters a match of pattern can begin with (EVERY: no such set is known).

    For a pattern matched at a text's start ("^…", pattern.match(text)), text[:1] in the set
    is a test before it: where the first character is none of them the match fails, and a
    call of the engine (some 1,400 instructions, most of them before it looks at a character)
    is saved. A pattern that can match nothing, or begins with \\w, \\s, \\d or a negated or
    wide class, gives EVERY.
    """
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        first, empty = _first(parsed.data)
    except Exception:  # re's parser is private: a form it reads otherwise gives no test
        return EVERY
    if not first or empty or any(item.startswith("\\") and len(item) == 2 for item in first):
        return EVERY  # a category (\w, \s, \d): most characters
    own: set[str] = set()
    for item in first:
        low, _, high = item.partition("-")
        lo = int(low[2:], 16)
        hi = int(high[2:], 16) if high else lo
        if hi - lo > _MAX_RANGE:
            return EVERY
        own.update(map(chr, range(lo, hi + 1)))
    flags = pattern.flags & (re.IGNORECASE | re.ASCII)
    klass = re.compile("[" + "".join(sorted(first)) + "]", flags)
    candidates = "".join(map(chr, range(_FOLDS_BELOW))) + "".join(sorted(own))
    return frozenset(klass.findall(candidates))

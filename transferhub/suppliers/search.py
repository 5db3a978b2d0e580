"""The supplier search: full text over name and products, filters, sorting.

Every word of the query of three letters or more must occur somewhere in the supplier's
search text, also inside a compound ("schweiß" finds "Schweißbaugruppen", "technik" finds
"Präzisionstechnik"); a word's German inflection ending is cut first, by the stemmer
the minutes search uses too (lib.search: "Blechen" finds "Blechbearbeitung"), and
umlauts are folded on both sides ("Muller" finds "Müller"). A word of one or two letters
("IT", "ab", "3D") must occur as a whole word, in the name or the products, alone and
beside longer words: delimited by anything that is not a letter or digit (the start or
end of the text, a space, hyphen, slash, comma, parenthesis, ...), so "IT" finds
"IT-Service", "Beratung (IT)" and "Netzwerk/IT", not "Kitchen", "Italien" or "Splitt".
The public search looks at `search_public`, which leaves out hidden products; purchasers
search `search_all`.

Indexes answer the words at any size of the database. The longer words: on SQLite the
FTS5 trigram table `suppliers_search` (kept in sync by triggers, see migration 0002), on
PostgreSQL pg_trgm GIN indexes on the folded columns. The short words, which have no
trigram: on SQLite the FTS5 table `suppliers_words`, whose unicode61 tokens are exactly
those words, on PostgreSQL GIN indexes on the folded columns split into their words
(migration 0008). Every filter is on an indexed column of Supplier or an EXISTS on the
seal index, so a page costs the same few queries at any size of the database.
"""

import re
import string
import time
from typing import NamedTuple

from django.db import connection
from django.db.models import (
    BooleanField,
    Case,
    Exists,
    ExpressionWrapper,
    Func,
    OuterRef,
    Q,
    QuerySet,
    TextField,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from transferhub.lib import site_search
from transferhub.lib.search import stem

from .forms import SORTS
from .models import Seal, Supplier

TABLE = "suppliers_search"
# The whole words (migration 0008): on SQLite an FTS5 table, on PostgreSQL GIN indexes on
# the folded columns split at every run of characters that are not letters or digits.
WORDS = "suppliers_words"
WORD_SPLIT = "[^[:alnum:]]+"
MAX_WORDS = 8
# Trigram indexes find words of three letters and more; shorter ones are found as words.
MIN_INDEXED = 3
_PUNCTUATION = string.punctuation + "„“”‚‘’«»–…"


class Folded(Func):
    """The column with umlauts folded, as the indexes store it (see migration 0002)."""

    template = "REPLACE(REPLACE(REPLACE(%(expressions)s, 'ä', 'a'), 'ö', 'o'), 'ü', 'u')"
    output_field = TextField()


class HasWord(Func):
    """PostgreSQL: the folded `column` holds `word` as a whole word. The expression is the
    one its GIN index holds (migration 0008), so the index answers it."""

    output_field = BooleanField()

    def __init__(self, column: str, word: str):
        super().__init__(Folded(column), Value(word))

    def as_sql(self, compiler, connection, **extra_context):
        folded, word = (compiler.compile(e) for e in self.get_source_expressions())
        sql = f"regexp_split_to_array({folded[0]}, '{WORD_SPLIT}') @> ARRAY[{word[0]}]::text[]"
        return sql, (*folded[1], *word[1])


def query_words(q: str) -> list[str]:
    """The query as folded word stems, each once: "Schweißer Blechen" gives schweiss, blech.

    A short word that is not all letters and digits ("€") cannot be a word: it is left out
    like punctuation."""
    out: list[str] = []
    for word in (q or "").split():
        word = word.strip(_PUNCTUATION)
        if word:
            s = stem(word.casefold())
            if s not in out and (len(s) >= MIN_INDEXED or s.isalnum()):
                out.append(s)
    return out[:MAX_WORDS]


def _fts_phrase(column: str, word: str) -> str:
    # A quoted string is a phrase of trigrams, i.e. a substring; quotes inside are doubled.
    escaped = word.replace('"', '""')
    return f'{{{column}}} : "{escaped}"'


class _NoIndex(Func):
    """`+id`: SQLite then cannot drive the query by the word matches' ids (see below)."""

    template = "+%(expressions)s"


# Where a filter on an indexed column (state, size, area, industry) leaves few suppliers and
# the words are common, checking each of those rows (LIKE on its own column) is cheaper than
# the trigram index, which reads every posting list of the words' trigrams and keeps all
# matches: "drehteil" (10,590 of 100,000 suppliers at scale 1) in Schleswig-Holstein's
# 1,255 medium-sized ones took 4.4 ms through the index, 1.6 ms row by row; a rare word is
# the other way round (0.14 ms against 1.6). The choice is made by the costs below,
# measured at scale 1 in microseconds, from how many suppliers each trigram and the
# filters find; those counts are kept a while per process. Both ways give the same rows.
INDEX_US_PER_POSTING = 0.044  # one supplier in one trigram's posting list
INDEX_US_PER_MATCH = 0.13  # one supplier the words match, kept for the lookup
ROW_US = 1.3  # one row's LIKE on the column as stored
ROW_FOLDED_US = 2.6  # the same with umlauts folded first (a word with a, o or u)
COUNTS_SECONDS = 600
TRIGRAMS_ASKED = 8  # at most this many trigrams of a word are counted
COUNTS_MOST = 10_000
_counts: dict[tuple, tuple[int, float]] = {}


def _counted(key: tuple, count) -> int:
    """count(), or its value of the last COUNTS_SECONDS (an estimate: it only picks a plan)."""
    now = time.monotonic()
    known = _counts.get(key)
    if known is not None and now - known[1] < COUNTS_SECONDS:
        return known[0]
    if len(_counts) >= COUNTS_MOST:
        _counts.clear()
    value = count()
    _counts[key] = (value, now)
    return value


def _supplier_count() -> int:
    """How many suppliers there are, as _counted keeps it (an estimate that picks a plan)."""
    return _counted(("suppliers", connection.alias), Supplier.objects.count)


def _trigram_count(column: str, trigram: str) -> int:
    def count() -> int:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT count(*) FROM {TABLE} WHERE {TABLE} MATCH %s",
                [_fts_phrase(column, trigram)],
            )
            return cursor.fetchone()[0]

    return _counted(("trigram", connection.alias, column, trigram), count)


def _word_count(column: str, word: str) -> int:
    """How many suppliers hold the short `word` as a word (SQLite's word table), kept a while."""

    def count() -> int:
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT count(*) FROM {WORDS} WHERE {WORDS} MATCH %s",
                [_fts_phrase(column, word)],
            )
            return cursor.fetchone()[0]

    return _counted(("word", connection.alias, column, word), count)


def _word_ids(column: str, words: list[str]) -> RawSQL:
    """SQLite: the ids of the suppliers holding every one of the short `words` as a word."""
    match = " AND ".join(_fts_phrase(column, w) for w in words)
    return RawSQL(f"SELECT rowid FROM {WORDS} WHERE {WORDS} MATCH %s", (match,))


def _trigram_counts(column: str, words: list[str]) -> tuple[float, list[int]]:
    """How many postings the index reads for `words`, and for each word the fewest
    suppliers one of its trigrams is found in (at least as many as the word matches)."""
    postings, fewest = 0.0, []
    for word in words:
        trigrams = [word[i : i + 3] for i in range(len(word) - 2)]
        # A long word: some of its trigrams stand for all (the counts cost a query each).
        asked = trigrams[:: -(-len(trigrams) // TRIGRAMS_ASKED)]
        counts = [_trigram_count(column, trigram) for trigram in asked]
        postings += sum(counts) * len(trigrams) / len(asked)
        fewest.append(min(counts))
    return postings, fewest


# With a seal filter, row by row asks each row for its seal first and searches only the
# sealed ones for the words (see _match_words): a row costs the look in the seal index, and
# the words' cost only in the share of suppliers with such a seal (5 % at scale 1 for a
# valid one): state + size, valid seal, "drehteil" 1.0 ms, state alone 4.2 ms against 7.0
# through the index. Counted so only where one index serves all the filters (state and
# size, or postcode area, or industry alone): where the filters need two, SQLite walks one
# and reads every row for the other, whatever the seals.
SEAL_FIRST_US = 0.45  # one row asked for its seal
ONE_INDEX = ({"state", "size"}, {"plz"}, {"industry"})


def _sealed_share(seals: QuerySet) -> float:
    """The share of suppliers with a seal `seals` (a filter on Seal) keeps, kept a while."""
    key = ("sealed", connection.alias, str(seals.query), timezone.localdate())
    sealed = _counted(key, lambda: seals.values("supplier_id").distinct().count())
    total = _supplier_count()
    return sealed / max(total, 1)


def _row_by_row_is_cheaper(
    column: str,
    words: list[str],
    narrowing: dict,
    seals: QuerySet | None = None,
    walk: "_Walk | None" = None,
) -> bool:
    """Whether checking `words` in each row the filters leave costs less than the index;
    `seals`: the seal filter's seals, if any (a row's seal is asked before its words);
    `walk`: where the filters need two indexes, the one walked (_walk)."""
    postings, fewest = _trigram_counts(column, words)
    matches = min(fewest)
    index = INDEX_US_PER_POSTING * postings + INDEX_US_PER_MATCH * matches
    per_row = sum(ROW_FOLDED_US if _needs_fold(w) else ROW_US for w in words)
    if walk is not None:
        # Every row of the walked index is read for the other filters (the index's way
        # checks its set in the index alone); the words only in those all filters keep.
        if index < READ_US * walk.rows:  # reading them costs more already
            return False
        words_us = per_row - READ_US
        if seals is not None:
            words_us = SEAL_FIRST_US + _sealed_share(seals) * words_us
        return READ_US * walk.rows + words_us * walk.kept < index
    if seals is not None and any(set(narrowing) <= served for served in ONE_INDEX):
        per_row = SEAL_FIRST_US + _sealed_share(seals) * per_row
    if index < per_row * 50:  # not even 50 rows would be cheaper: no need to count them
        return False
    return per_row * _narrowed_count(narrowing) < index


# Where the filters need two indexes (postcode area and industry, state and industry, ...),
# SQLite walks one and reads each of its rows for the others. It picks the index by
# ANALYZE's averages, which do not know that an industry's section C holds 40 % of the
# suppliers at scale 1 (the average section 12,500): "logistik" in postcode area 8 and
# section C walked C's 39,957 rows, not the area's 4,504 (1,799 both), 300-450 ms of SQL at
# load 6-7 where the area takes 25-40. So the filter whose index is walked is chosen from
# the counts (kept a while), and the others' columns are written `+column`, which no index
# serves. An index in the sort order (state, size, an area of two digits, a section) stops
# after the rows the first page and its count take; one of several areas or a class of the
# industry reads all its rows and sorts the matches.
READ_US = 1.15  # one row read (of ROW_US: 4.5 of 5.1 us at load 6)
_ONE_INDEX_GROUPS = (("state", "size"), ("state",), ("size",), ("plz",), ("industry",))


class _Walk(NamedTuple):
    filters: tuple[str, ...]  # the filters whose index is walked
    rows: float  # the rows walked for the first page and its count
    kept: float  # of those, the rows every filter keeps


def _index_groups(narrowing: dict) -> list[tuple[str, ...]]:
    """The filters of `narrowing` by the index that serves them."""
    groups, left = [], set(narrowing)
    for group in _ONE_INDEX_GROUPS:
        if left.issuperset(group):
            groups.append(group)
            left -= set(group)
    return groups


def _walk(narrowing: dict, *, ordered: bool, share: float) -> _Walk | None:
    """SQLite: where the filters need two indexes or more, the one to walk (fewest rows
    read); `ordered`: the sort is by name; `share`: the part of the suppliers the words
    match (1 without words). None where one index serves all the filters."""
    groups = _index_groups(narrowing)
    if len(groups) < 2:
        return None
    kept = _narrowed_count(narrowing)
    found = max(kept * share, 1.0)
    best = None
    for group in groups:
        rows = _narrowed_count({f: narrowing[f] for f in group})
        in_order = ordered and (
            group[0] in ("state", "size")
            or (group == ("plz",) and len(narrowing["plz"]) == 2)
            or (group == ("industry",) and len(narrowing["industry"]) == 1)
        )
        read = min(rows, FIRST_ROWS * rows / found) if in_order else rows
        if best is None or read < best.rows:
            best = _Walk(group, read, kept * read / max(rows, 1))
    return best


# With no filter but the words, the index's matches were each looked up by id and sorted
# before the first page: "technik" matches 29,937 of 100,000 suppliers at scale 1 (34 ms of
# SQL). Walking the sort order's index instead and keeping the rows among the matches (a set
# built once) stops after the rows the page counts: 11 ms ("drehteil", 10,511 matches: 19 ->
# 7 ms). A rare word is the other way round: the walk passes most suppliers before it has
# found its few ("muller", 1,017: 3 -> 17 ms). The choice is made by these costs, measured
# at scale 1 in microseconds, the matches estimated from the trigrams' counts.
WALK_US = 0.14  # one supplier of the sort order's index walked past
SORT_US = 0.7  # one match looked up by id and sorted
FIRST_ROWS = 1051  # what the first page reads: a page and the count up to its limit


def _matches(column: str, words: list[str], short: list[str]) -> float:
    """How many suppliers `words` and the short words `short` match together (an estimate:
    the words as independent of each other)."""
    _postings, fewest = _trigram_counts(column, words)
    fewest += [_word_count(column, word) for word in short]
    total = _supplier_count()
    matches = float(total)
    for found in fewest:
        matches *= found / max(total, 1)
    return matches


def _walked_rows(column: str, words: list[str], short: list[str] = ()) -> float:
    """How many suppliers a walk of the sort order passes for the first page and its count."""
    total = _supplier_count()
    return min(total, FIRST_ROWS * total / max(_matches(column, words, short), 1))


def _walk_is_cheaper(column: str, words: list[str], short: list[str] = ()) -> bool:
    """Whether walking the sort order costs less than sorting the matches of `words` (and
    the short words `short`) alone."""
    matches = _matches(column, words, short)
    if matches < 1:
        return False
    return WALK_US * _walked_rows(column, words, short) < SORT_US * matches


def _needs_fold(word: str) -> bool:
    # The index holds the text with ä, ö, ü folded to a, o, u (and the words are folded):
    # a word without a, o or u matches the folded text where it matches the text as stored.
    return any(c in word for c in "aou")


# A short word is checked in the rows that reach it either against the set of the suppliers
# holding it (the word table's ids, built once per query) or in each row: LIKE, then a
# regular expression for the word's edges where the LIKE found it (Python's re). Few rows
# (a word beside a rarer longer one, a narrow filter): row by row; many: the set. Measured
# at scale 1 at a load of 6 (a row's LIKE 5-10 µs, a set's supplier 0.2-0.9 µs, a regular
# expression 10 µs) and scaled to ROW_US above, which was measured on a quiet machine.
SET_US = 0.12  # one supplier of a short word's set
REGEXP_US = 2.0  # one row's regular expression


def _narrowed_count(narrowing: dict) -> int:
    """How many suppliers the filters on indexed columns leave, kept a while (an estimate)."""
    key = ("narrowed", connection.alias, *sorted(narrowing.items()))
    return _counted(key, lambda: _narrowed(Supplier.objects.all(), narrowing).count())


def _short_row_by_row(column: str, word: str, rows: float) -> bool:
    """Whether checking the short `word` in `rows` rows one by one costs less than its set."""
    found = _word_count(column, word)
    share = found / max(_supplier_count(), 1)
    per_row = (ROW_FOLDED_US if _needs_fold(word) else ROW_US) + REGEXP_US * share
    return per_row * rows < SET_US * found


_UMLAUTS = {"a": "aä", "o": "oö", "u": "uü"}


def _word_in_row(column: str, word: str) -> Q:
    """SQLite, row by row: `column` holds the short folded `word` as a word. LIKE finds the
    rows with it anywhere (on the folded text for a, o, u), then Python's re (Django's
    REGEXP) those where no letter or digit touches it; its a, o, u also stand for ä, ö, ü,
    as the fold. The same words the word table's unicode61 tokens make."""
    letters = "".join(f"[{_UMLAUTS[c]}]" if c in _UMLAUTS else re.escape(c) for c in word)
    field = "_folded" if _needs_fold(word) else column
    return Q(**{f"{field}__contains": word, f"{column}__regex": rf"(?<![^\W_]){letters}(?![^\W_])"})


def _pg_word(column: str, word: str, *, beside: bool) -> Q:
    """PostgreSQL: `column` holds the short folded `word` as a word, through its word
    index (HasWord). Without a longer word (`beside`) a LIKE on the column as stored comes
    first, which costs a fraction of splitting a row's text into words: with it the planner
    sorts the word index's 8,321 matches for "it" at scale 1 instead of walking the name
    index through 13,000 rows and splitting each (160-210 -> 35-50 ms at load 6; "it" with
    a valid seal 170-300 -> 55-95 ms). Beside a longer word it made the planner check each
    of that word's rows ("it logistik" 55-90 -> 230 ms): there the word index alone. The
    LIKE is on the column as stored, which no trigram index holds (two letters have no
    trigram: pg_trgm would read its whole index, 300-480 ms), so not for a word with a, o
    or u, which the fold changes.
    """
    if beside or _needs_fold(word):
        return Q(HasWord(column, word))
    return Q(**{f"{column}__contains": word}) & Q(HasWord(column, word))


def _match_words(
    qs: QuerySet,
    column: str,
    words: list[str],
    narrowing: dict,
    *,
    sealed: Exists | None,
    seals: QuerySet | None,
    alone: bool,
    walk: _Walk | None = None,
) -> tuple[QuerySet, bool]:
    """`qs` with each word in `column`; `narrowing` holds the filters on indexed columns.

    `sealed`: the seal filter's EXISTS, if any (`seals` its seals). When the words are
    checked row by row, it is checked first and the words only in the rows it keeps (True:
    `sealed` is in the query).
    `alone`: the words are all the search asks for (no filter at all).
    `walk`: where the filters need two indexes, the one SQLite walks (_walk).
    """
    indexed = [w for w in words if len(w) >= MIN_INDEXED]
    short = [w for w in words if len(w) < MIN_INDEXED]
    if connection.vendor != "sqlite":
        # pg_trgm's GIN indexes serve LIKE on the folded column, the word indexes HasWord;
        # the planner combines them (or walks a filter's index) by its statistics.
        if indexed:
            qs = qs.alias(_folded=Folded(column))
        for word in indexed:
            qs = qs.filter(_folded__contains=word)
        for word in short:
            qs = qs.filter(_pg_word(column, word, beside=bool(indexed)))
        return qs, False
    in_query = False
    if any(_needs_fold(w) for w in words):
        qs = qs.alias(_folded=Folded(column))
    # Which index drives the query (its matches looked up by id and sorted): "indexed" the
    # trigram table, "short" the word table; None: a filter's index or the sort order's is
    # walked (see _row_by_row_is_cheaper, _walk_is_cheaper) and the words checked in each
    # row. `rows`: how many rows reach the check of a short word (None: not known).
    drive, rows = None, None
    if indexed and narrowing and _row_by_row_is_cheaper(column, indexed, narrowing, seals, walk):
        found = Q()
        for word in indexed:
            field = "_folded" if _needs_fold(word) else column
            found &= Q(**{f"{field}__contains": word})
        # The few rows the filters leave: the short words in each of them too.
        for word in short:
            found &= _word_in_row(column, word)
        short = []
        if sealed is None:
            qs = qs.filter(found)
        else:
            # SQLite checks a condition with a subquery after all others, whatever their
            # order: each of the rows the filters leave was read and searched for the
            # words, then asked for its seal. CASE asks the seal first (a look in the seal
            # index) and reads and searches only the sealed rows: "drehteil", valid seal,
            # Bavaria, small at scale 1 (2,254 rows, 110 sealed): 4.5 -> 1.0 ms of SQL.
            words_found = ExpressionWrapper(found, output_field=BooleanField())
            qs = qs.filter(Case(When(sealed, then=words_found), default=Value(False)))
            in_query = True
        indexed = []
    elif narrowing:
        # A filter on an indexed column (state, size, area, industry) leaves fewer rows than
        # a common word matches: SQLite then walks that index and checks each row against
        # the matches (a set built once) instead of looking up every match by id and
        # sorting them (state + size at scale 1: 15 -> 4 ms).
        if short:
            rows = _narrowed_count(narrowing)
    elif alone and _walk_is_cheaper(column, indexed, short):
        # Without filters, the same for a common word in the sort order's index (WALK_US).
        if short:
            rows = _walked_rows(column, indexed, short)
    else:
        # The words with the fewest matches drive: "it service" looks up the 10,456
        # suppliers with the word "it" at scale 1, not the 19,365 with "service".
        drive, rows = "indexed", _matches(column, indexed, [])
        if short and (not indexed or min(_word_count(column, w) for w in short) < rows):
            drive = "short"
    if indexed and drive == "short":
        # The rows the short words' matches look up are read anyway: a LIKE in each costs a
        # fraction of the longer words' set (scale 1, load 7: "it service" 10,456 rows,
        # LIKE +6 ms against the set of "service" +21 ms; "ag drehteil" +13 against +35).
        for word in indexed:
            field = "_folded" if _needs_fold(word) else column
            qs = qs.filter(**{f"{field}__contains": word})
    elif indexed:
        ids = RawSQL(
            f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s",
            (" AND ".join(_fts_phrase(column, w) for w in indexed),),
        )
        if drive == "indexed":
            qs = qs.filter(pk__in=ids)
        else:
            qs = qs.alias(_match_id=_NoIndex("pk")).filter(_match_id__in=ids)
    if short and drive == "short":
        qs = qs.filter(pk__in=_word_ids(column, short))
    elif short:
        by_row = [w for w in short if rows is not None and _short_row_by_row(column, w, rows)]
        for word in by_row:
            qs = qs.filter(_word_in_row(column, word))
        in_set = [w for w in short if w not in by_row]
        if in_set:
            ids = _word_ids(column, in_set)
            qs = qs.alias(_word_id=_NoIndex("pk")).filter(_word_id__in=ids)
    return qs, in_query


def _begins(field: str, prefix: str) -> Q:
    """`field` starts with `prefix`, also as the range of values an index on the field can
    serve (SQLite's LIKE cannot use one)."""
    return Q(
        **{
            f"{field}__startswith": prefix,
            f"{field}__gte": prefix,
            f"{field}__lt": f"{prefix}\uffff",
        }
    )


def search_suppliers(data: dict, *, protected: bool) -> QuerySet[Supplier]:
    """Filter suppliers by the cleaned search form; `protected` searches hidden products too."""
    qs = Supplier.objects.all()
    words = query_words(data.get("q") or "")
    narrowing = {f: data[f] for f in NARROWING if data.get(f)}
    sealed = seals = None
    seal, status = data.get("seal"), data.get("seal_status")
    if seal or status:

        def kept(seals: QuerySet) -> QuerySet:
            if seal:
                seals = seals.filter(kind=seal)
            return seals.filter(Seal.status_q(status)) if status else seals

        seals = kept(Seal.objects.all())
        sealed = Exists(kept(Seal.objects.filter(supplier=OuterRef("pk"))))
    column = "search_all" if protected else "search_public"
    sort = data.get("sort") or "name"
    walk = None
    if len(_index_groups(narrowing)) > 1 and connection.vendor == "sqlite":
        share = 1.0
        if words:
            indexed = [w for w in words if len(w) >= MIN_INDEXED]
            short = [w for w in words if len(w) < MIN_INDEXED]
            share = _matches(column, indexed, short) / max(_supplier_count(), 1)
        walk = _walk(narrowing, ordered=sort in ("name", "-name"), share=share)
    # The filters on the row's own columns first: SQLite checks the conditions it does not
    # look up in an index in the order written (one with a subquery last), so a word's
    # LIKE is asked only in the rows they keep.
    qs = _narrowed(qs, narrowing, walk)
    if data.get("lksg"):
        qs = qs.filter(lksg_declared_on__isnull=False)
    if words:
        alone = not narrowing and sealed is None and not data.get("lksg")
        qs, in_query = _match_words(
            qs, column, words, narrowing, sealed=sealed, seals=seals, alone=alone, walk=walk
        )
        if in_query:
            sealed = None
    if sealed is not None:
        qs = qs.filter(sealed)
    return qs.order_by(*SORTS.get(sort, SORTS["name"]))


# The filters on indexed columns of Supplier, and the columns they ask.
NARROWING = ("industry", "size", "plz", "state")
COLUMNS = {
    "wz_section": "industry",
    "wz_code": "industry",
    "size_class": "size",
    "postcode_area": "plz",
    "federal_state": "state",
}


def _narrowed(qs: QuerySet, narrowing: dict, walk: _Walk | None = None) -> QuerySet:
    """`qs` with the filters on indexed columns (industry, size, postcode area, state);
    with `walk`, only the walked filters' index serves (the others' columns `+column`)."""

    industry = narrowing.get("industry")
    fields = {}
    for name, filter_name in COLUMNS.items():
        fields[name] = name
        if walk is None or filter_name not in narrowing or filter_name in walk.filters:
            continue
        if filter_name == "industry" and (name == "wz_section") != (len(industry) == 1):
            continue  # a section asks wz_section, a class of it wz_code
        fields[name] = f"_{name}"
        qs = qs.alias(**{fields[name]: _NoIndex(name)})
    if industry:
        if len(industry) == 1:
            qs = qs.filter(**{fields["wz_section"]: industry})
        elif fields["wz_code"] == "wz_code":
            # The range lets the wz_code index serve the prefix (SQLite's LIKE cannot).
            qs = qs.filter(_begins("wz_code", industry))
        else:
            qs = qs.filter(**{f"{fields['wz_code']}__startswith": industry})
    if narrowing.get("size"):
        qs = qs.filter(**{fields["size_class"]: narrowing["size"]})
    plz = narrowing.get("plz")
    if plz:
        # Two digits are stored per supplier; one digit means the ten areas under it.
        areas = [plz] if len(plz) == 2 else [f"{plz}{i}" for i in range(10)]
        qs = qs.filter(**{f"{fields['postcode_area']}__in": areas})
    if narrowing.get("state"):
        qs = qs.filter(**{fields["federal_state"]: narrowing["state"]})
    return qs


# --- The header search (lib.site_search) ------------------------------------------------------


def _site_search(user, query: str, limit: int):
    """Everyone finds suppliers; only the fields the one visibility rule lets them see."""
    from .permissions import sees_protected, staff_supplier_ids

    if not query_words(query):
        return site_search.Found(count=0)
    protected = sees_protected(user)
    suppliers = search_suppliers({"q": query}, protected=protected)
    count = site_search.capped_count(suppliers)
    own = staff_supplier_ids(user) if count else set()
    hits = []
    for s in suppliers[:limit] if count else []:
        full = protected or s.pk in own
        hits.append(
            site_search.Hit(
                title=s.name,
                url=s.get_absolute_url(),
                context=" ".join(p for p in (s.postcode, s.town) if p)
                if s.shows("address", full=full)
                else "",
                snippet=site_search.snippet(s.products) if s.shows("products", full=full) else "",
            )
        )
    return site_search.Found(count=count, hits=hits)


def site_search_register() -> None:
    """Offer suppliers to the header search (SuppliersConfig.ready)."""
    site_search.register(
        "supplier",
        label=_("Lieferanten"),
        search=_site_search,
        url_name="suppliers:search",
        order=50,
    )

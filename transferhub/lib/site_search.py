"""The header search over everything a person may see, put together from the apps.

Each app that keeps something worth finding registers a `SearchProvider` per kind in its
`AppConfig.ready()` (protocols: minutes, decisions, tasks; papers; suppliers). The site-wide
search (portal:search, /api/v1/search/groups) asks each provider for a capped count and
the first few hits; a provider answers with a fixed number of queries whatever the amount
of data, and applies the app's own rule of who may see what.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.urls import reverse
from django.utils.http import urlencode

from .registry import Registry
from .text import shorten

# Hits shown per kind, and the count beyond which a group says "more than".
HITS_PER_KIND = 5
COUNT_CAP = 100
MAX_QUERY_CHARS = 200
# Characters of a hit's passage where the provider shows a plain text (papers, suppliers).
SNIPPET_CHARS = 200


@dataclass(frozen=True)
class Hit:
    """One result: a title linking to the item, a line of context and a passage."""

    title: str
    url: str
    context: str = ""
    snippet: Any = ""  # may be SafeString with <mark>ed words


@dataclass(frozen=True)
class Found:
    """What a provider found: a count capped at COUNT_CAP + 1, and the first hits."""

    count: int
    hits: list[Hit] = field(default_factory=list)


@dataclass(frozen=True)
class SearchProvider:
    """One kind of thing the header search finds.

    `search(user, query, limit)` returns a `Found`, or None when the user may not search
    this kind at all (the group is then left out); `full_url(query)` the app's own search
    page for the query, where all hits and its filters are.
    """

    label: Any
    search: Callable[[Any, str, int], Found | None]
    full_url: Callable[[str], str]


providers: Registry[SearchProvider] = Registry(
    'Kinds the header search finds: kind ("minutes", "paper", "supplier") → SearchProvider.'
)


def register(
    kind: str,
    *,
    label: Any,
    search: Callable[[Any, str, int], Found | None],
    url_name: str,
    order: int,
    params: dict[str, str] | None = None,
) -> SearchProvider:
    """Offer one kind to the header search; its full search is `url_name` with ?q= and params."""

    def full_url(query: str) -> str:
        return reverse(url_name) + "?" + urlencode({"q": query, **(params or {})})

    return providers.register(
        kind, SearchProvider(label=label, search=search, full_url=full_url), order=order
    )


def snippet(text: str) -> str:
    """A hit's passage from a plain text, cut at SNIPPET_CHARS."""
    return shorten(text or "", SNIPPET_CHARS)


@dataclass(frozen=True)
class Group:
    kind: str
    label: Any
    count: int
    more: bool  # the count is capped: more than COUNT_CAP
    hits: list[Hit]
    full_url: str


def search_everything(user, query: str, kinds: list[str] | None = None) -> list[Group]:
    """The groups of hits the user may see, in the registry's order; kinds None for all."""
    query = (query or "").strip()[:MAX_QUERY_CHARS]
    if not query:
        return []
    groups = []
    for kind, provider in providers.items():
        if kinds is not None and kind not in kinds:
            continue
        found = provider.search(user, query, HITS_PER_KIND)
        if found is None:
            continue
        groups.append(
            Group(
                kind=kind,
                label=provider.label,
                count=min(found.count, COUNT_CAP),
                more=found.count > COUNT_CAP,
                hits=found.hits[:HITS_PER_KIND],
                full_url=provider.full_url(query),
            )
        )
    return groups


def capped_count(qs) -> int:
    """The number of rows of a queryset, counting no further than COUNT_CAP + 1."""
    return qs[: COUNT_CAP + 1].count()

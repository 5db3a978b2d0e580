"""Pages of a list: `limit` (1–100, 50 unless asked) rows from `offset`, with the total.

ninja's pagination with our names and envelope: an operation returns its whole queryset
and declares `Page[...]` as its answer; `@paginate(LimitOffset)` takes the page.
"""

from typing import Any

from ninja import Field, Schema
from ninja.pagination import PaginationBase

MAX_LIMIT = 100
MAX_OFFSET = 10**9


class LimitOffset(PaginationBase):
    class Input(Schema):
        limit: int = Field(50, ge=1, le=MAX_LIMIT)
        offset: int = Field(0, ge=0, le=MAX_OFFSET)

    # The operations declare their answer as Page[...] (schemas.Page), so the envelope
    # and its name in the OpenAPI document stay ours; ninja leaves the answer as it is.
    Output = None

    def paginate_queryset(self, queryset, pagination: Input, request, **params) -> dict:
        """One page; a page past the end is empty, with the total (and costs no query)."""
        limit, offset = pagination.limit, pagination.offset
        total = self._items_count(queryset)
        rows = list(queryset[offset : offset + limit]) if offset < total else []
        return {"total": total, "limit": limit, "offset": offset, "items": rows}


class Converted:
    """A queryset whose rows are converted only when a page of them is taken."""

    def __init__(self, queryset, convert):
        self.queryset, self.convert = queryset, convert

    def __len__(self) -> int:
        return self.queryset.count()

    def __getitem__(self, page: slice) -> list[Any]:
        return [self.convert(row) for row in self.queryset[page]]

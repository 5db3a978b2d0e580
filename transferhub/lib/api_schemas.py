"""What every app's API router shares: the error body, the id bound, and pages of a list.

The api app sits above the apps whose routers it mounts, so the apps cannot import its
schemas; the one error shape and the one way of paging they all use live here instead.

Pages: `limit` (1–100, 50 unless asked) rows from `offset`, with the total — ninja's
pagination with our names and envelope: an operation returns its whole queryset (or a
`Converted` one) and declares `Page[...]` as its answer; `@paginate(LimitOffset)` takes
the page.
"""

import datetime as dt
from typing import Annotated, Any, Generic, TypeVar

from ninja import Schema
from ninja.pagination import PaginationBase
from pydantic import AfterValidator, Field, WithJsonSchema

from . import api_response_models  # noqa: F401  (one response model per answer type)
from .db import MAX_ID  # noqa: F401  (each router bounds its path ids by it)

T = TypeVar("T")
MAX_LIMIT = 100
MAX_OFFSET = 10**9


def _without_offset(value: dt.time) -> dt.time:
    if value.tzinfo is not None:
        raise ValueError("Bitte die Uhrzeit ohne Zeitzone angeben, z. B. 09:00.")
    return value


# A wall-clock time in the network's time zone ("09:00:00"), in and out. JSON Schema's
# "time" format demands an offset, and a time with one cannot be compared with the
# meetings' times, so one sent with an offset is refused (422) instead of a server error.
WallTime = Annotated[
    dt.time,
    AfterValidator(_without_offset),
    WithJsonSchema({"type": "string", "pattern": r"^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$"}),
]


class ErrorDetail(Schema):
    loc: list[str]
    msg: str
    type: str


class ErrorOut(Schema):
    code: str = Field(description="Stabiler Fehlercode, z. B. `not_found`.")
    message: str = Field(description="Meldung für Menschen (Deutsch).")
    errors: list[ErrorDetail] | None = None
    retry_after: int | None = None
    current_version: int | None = Field(
        None, description="Bei 412: die aktuelle Version (ETag) des Datensatzes."
    )


ERROR_STATUSES = frozenset({400, 401, 403, 404, 409, 412, 413, 422, 429})
ERRORS = {ERROR_STATUSES: ErrorOut}


def responses(ok: int, schema) -> dict:
    """The response map of an operation: its success plus the documented errors."""
    return {ok: schema, **ERRORS}


class Page(Schema, Generic[T]):
    total: int
    limit: int
    offset: int
    items: list[T]


class LimitOffset(PaginationBase):
    class Input(Schema):
        limit: int = Field(50, ge=1, le=MAX_LIMIT)
        offset: int = Field(0, ge=0, le=MAX_OFFSET)

    # The operations declare their answer as Page[...], so the envelope and its name in
    # the OpenAPI document stay ours; ninja leaves the answer as it is.
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

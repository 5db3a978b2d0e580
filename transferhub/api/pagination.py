"""Pages of a list: `limit` and `offset`, at most 100 rows."""

MAX_LIMIT = 100
MAX_OFFSET = 10**9


def paginate(queryset, limit: int, offset: int, convert=lambda row: row) -> dict:
    """One page of `queryset`; a page past the end is empty, with the total."""
    total = queryset.count()
    rows = list(queryset[offset : offset + limit]) if offset < total else []
    return {"total": total, "limit": limit, "offset": offset, "items": [convert(r) for r in rows]}

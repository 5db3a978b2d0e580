"""Pages of a list: ninja's pagination with our names (kept in lib for every app's router)."""

from transferhub.lib.api_schemas import MAX_LIMIT, MAX_OFFSET, Converted, LimitOffset  # noqa: F401

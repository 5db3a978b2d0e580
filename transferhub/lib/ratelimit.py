"""A fixed-window request counter in Django's cache (API tokens, registrations).

The counts live in CACHES: per process unless a shared cache is configured.
"""

from django.core.cache import cache
from django.utils import timezone


def over_limit(scope: str, key: str, *, limit: int, window_seconds: int) -> bool:
    """Count one more request of `key` in the current window; True beyond `limit` (0: off)."""
    if not limit:
        return False
    window = int(timezone.now().timestamp() // window_seconds)
    cache_key = f"{scope}:{key}:{window}"
    cache.add(cache_key, 0, timeout=2 * window_seconds)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # evicted between add and incr
        cache.set(cache_key, 1, timeout=2 * window_seconds)
        count = 1
    return count > limit

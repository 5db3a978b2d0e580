"""The Redis every app server shares, when REDIS_URL is set (cache, rate limits, locks).

A Redis that does not answer must not take the site down: the cache then answers as an
empty cache and rate limits are counted in the database, for PAUSE_SECONDS before Redis
is asked again (so a dead Redis costs one timeout per process and pause, not one per
request). Locks do not fall back: another server may hold one in Redis.
"""

from __future__ import annotations

import functools
import logging
import time
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.cache.backends.redis import RedisCache

if TYPE_CHECKING:
    import redis

# redis-py is imported where a Redis is used (REDIS_URL set): a process without one, like
# most test processes and `transferhub check`, does not pay for importing it.

logger = logging.getLogger(__name__)

PAUSE_SECONDS = 10.0
_paused_until: dict[str, float] = {}


@functools.cache
def connection(url: str) -> redis.Redis:
    """One client (with its own connection pool) per URL and process."""
    import redis

    timeout = settings.REDIS_TIMEOUT_SECONDS
    return redis.Redis.from_url(
        url, socket_timeout=timeout, socket_connect_timeout=timeout, health_check_interval=30
    )


def client() -> redis.Redis | None:
    """The shared Redis, or None when REDIS_URL is not set (memory and database then)."""
    url = getattr(settings, "REDIS_URL", "")
    return connection(url) if url else None


def answering() -> redis.Redis | None:
    """The shared Redis unless it is not set or failed in the last PAUSE_SECONDS."""
    url = getattr(settings, "REDIS_URL", "")
    if not url or time.monotonic() < _paused_until.get(url, 0.0):
        return None
    return connection(url)


def failed(url: str, error: Exception, doing: str) -> None:
    """Note that Redis at `url` did not answer: leave it alone for PAUSE_SECONDS."""
    _paused_until[url] = time.monotonic() + PAUSE_SECONDS
    logger.warning("Redis did not answer (%s), %s for %.0f s", error, doing, PAUSE_SECONDS)


def errors() -> type[Exception]:
    """redis-py's base error (imported when asked: a Redis is in use by then)."""
    import redis

    return redis.RedisError


def key(*parts: str) -> str:
    """A key of this install: REDIS_KEY_PREFIX keeps several installs on one Redis apart."""
    return ":".join([settings.REDIS_KEY_PREFIX, *parts])


def _tolerant(name: str, fallback):
    method = getattr(RedisCache, name)

    @functools.wraps(method)
    def call(self, *args, **kwargs):
        if time.monotonic() < _paused_until.get(self._url, 0.0):
            return fallback(*args, **kwargs)
        try:
            return method(self, *args, **kwargs)
        except errors() as error:
            failed(self._url, error, "the cache answers as an empty one")
            return fallback(*args, **kwargs)

    return call


def _default(key, default=None, version=None):
    return default


class TolerantRedisCache(RedisCache):
    """Django's RedisCache that answers as an empty cache while Redis is unreachable."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._url = server

    get = _tolerant("get", _default)
    add = _tolerant("add", lambda *a, **k: False)
    set = _tolerant("set", lambda *a, **k: None)
    touch = _tolerant("touch", lambda *a, **k: False)
    delete = _tolerant("delete", lambda *a, **k: False)
    get_many = _tolerant("get_many", lambda *a, **k: {})
    has_key = _tolerant("has_key", lambda *a, **k: False)
    set_many = _tolerant("set_many", lambda *a, **k: [])
    delete_many = _tolerant("delete_many", lambda *a, **k: None)
    clear = _tolerant("clear", lambda *a, **k: None)

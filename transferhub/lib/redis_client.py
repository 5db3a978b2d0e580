"""The Redis every app server shares, when REDIS_URL is set (rate limits, locks).

Django's cache talks to the same Redis through its own RedisCache backend (settings).
"""

import functools

import redis
from django.conf import settings


@functools.cache
def connection(url: str) -> redis.Redis:
    """One client (with its own connection pool) per URL and process."""
    timeout = settings.REDIS_TIMEOUT_SECONDS
    return redis.Redis.from_url(
        url, socket_timeout=timeout, socket_connect_timeout=timeout, health_check_interval=30
    )


def client() -> redis.Redis | None:
    """The shared Redis, or None when REDIS_URL is not set (memory and database then)."""
    url = getattr(settings, "REDIS_URL", "")
    return connection(url) if url else None


def key(*parts: str) -> str:
    """A key of this install: REDIS_KEY_PREFIX keeps several installs on one Redis apart."""
    return ":".join([settings.REDIS_KEY_PREFIX, *parts])

"""A fixed-window request counter in the database (API tokens, registrations).

Every worker and process of an install counts in the same table, so a limit of 10 an
hour is 10 an hour, not 10 per gunicorn worker. One statement counts (an upsert that
returns the new count); windows past their end are deleted when a new one begins.

With REDIS_URL set the count lives in Redis instead, shared by every app server: INCR and
EXPIREAT in one MULTI, so the window's key counts atomically and vanishes when the window
ends. A Redis that does not answer is logged and the database counts for a while
(lib/redis_client.py), so a limit never turns into a server error.

Windows are fixed: a limit of an hour counts per clock hour. `clock` is the time the
limits read; the tests hold it still (the root conftest's `rate_clock`), so a test's
requests never fall into two windows because its run crossed a full hour or minute.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import connections, router
from django.utils import timezone

from . import redis_client
from .models import RateCount

if TYPE_CHECKING:
    import redis

# The time every limit reads (an aware moment); the tests put a held clock here.
clock: Callable[[], dt.datetime] = timezone.now


def seconds_left(window_seconds: int) -> int:
    """Seconds until the current window of `window_seconds` ends (1 to window_seconds)."""
    return window_seconds - int(clock().timestamp()) % window_seconds


def _count_one_more(key: str, expires: dt.datetime) -> int:
    db = router.db_for_write(RateCount)
    connection = connections[db]
    table, key_col, count_col, expires_col = (
        connection.ops.quote_name(name)
        for name in (RateCount._meta.db_table, "key", "count", "expires")
    )
    # ON CONFLICT ... RETURNING: PostgreSQL, and SQLite since 3.35.
    sql = (
        f"INSERT INTO {table} ({key_col}, {count_col}, {expires_col}) VALUES (%s, 1, %s) "
        f"ON CONFLICT ({key_col}) DO UPDATE SET {count_col} = {table}.{count_col} + 1 "
        f"RETURNING {count_col}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [key, connection.ops.adapt_datetimefield_value(expires)])
        return cursor.fetchone()[0]


def _count_in_redis(shared: redis.Redis, key: str, expires: dt.datetime) -> int:
    pipe = shared.pipeline(transaction=True)
    pipe.incr(redis_client.key("rate", key))
    pipe.expireat(redis_client.key("rate", key), expires)
    count, _expiry_set = pipe.execute()
    return count


def over_limit(scope: str, key: str, *, limit: int, window_seconds: int) -> bool:
    """Count one more request of `key` in the current window; True beyond `limit` (0: off)."""
    if not limit:
        return False
    now = clock()
    window = int(now.timestamp() // window_seconds)
    who = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    expires = dt.datetime.fromtimestamp((window + 1) * window_seconds, tz=dt.UTC)
    key = f"{scope}:{who}:{window}"
    shared = redis_client.answering()
    if shared is not None:
        try:
            return _count_in_redis(shared, key, expires) > limit
        except redis_client.errors() as error:
            redis_client.failed(settings.REDIS_URL, error, "rate limits count in the database")
    count = _count_one_more(key, expires)
    if count == 1:  # a new window: forget the ended ones (one ending now has ended)
        RateCount.objects.filter(expires__lte=now).delete()
    return count > limit

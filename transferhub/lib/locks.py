"""A named lock across every app server and worker, for work that must not run twice at once.

With REDIS_URL set it is a Redis key (SET NX with an expiry, released only by its holder:
redis-py's Lock), which expires after `ttl` seconds, so a holder killed mid-way (SIGKILL,
power loss) blocks the next run only until then. Without Redis: on PostgreSQL a session
advisory lock (every server shares the database), on SQLite a file lock under DATA_DIR
(SQLite serves one machine); both end with the process that holds them.

Rows of the data (a meeting, a vote) are still locked in their own transaction
(select_for_update, PostgreSQL's advisory transaction locks): such a lock must last
exactly as long as the transaction that writes, which no outside lock can promise.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import connection
from django.utils.translation import gettext as _

from . import redis_client

if TYPE_CHECKING:
    import redis

logger = logging.getLogger(__name__)


class LockBusy(Exception):
    """Another process holds the lock; the message is fit to show."""

    def __init__(self, name: str):
        self.name = name
        super().__init__(
            _("„%(name)s“ läuft gerade schon an anderer Stelle; bitte später erneut versuchen.")
            % {"name": name}
        )


class LockUnavailable(LockBusy):
    """Redis did not answer: nobody can tell whether another process holds the lock."""

    def __init__(self, name: str):
        self.name = name
        Exception.__init__(
            self,
            _("„%(name)s“ kann gerade nicht starten: Redis ist nicht erreichbar.") % {"name": name},
        )


@contextmanager
def _in_redis(shared: redis.Redis, name: str, ttl: int) -> Iterator[None]:
    lock = shared.lock(redis_client.key("lock", name), timeout=ttl, blocking=False)
    redis_error = redis_client.errors()
    try:
        acquired = lock.acquire(token=uuid.uuid4().hex)
    except redis_error:
        raise LockUnavailable(name) from None
    if not acquired:
        raise LockBusy(name)
    try:
        yield
    finally:
        try:
            lock.release()
        except redis_error:
            # Expired meanwhile (held past ttl) and maybe taken by another: not ours to free.
            logger.warning("lock %s expired before it was released", name)


@contextmanager
def _in_postgresql(name: str) -> Iterator[None]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(hashtext(%s))", [f"lock:{name}"])
        if not cursor.fetchone()[0]:
            raise LockBusy(name)
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_unlock(hashtext(%s))", [f"lock:{name}"])


@contextmanager
def _in_a_file(name: str) -> Iterator[None]:
    folder = Path(settings.DATA_DIR) / "locks"
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(name.encode()).hexdigest()[:32]
    with open(folder / f"{digest}.lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LockBusy(name) from None
        yield  # closing the file releases the lock


@contextmanager
def exclusive(name: str, *, ttl: int = 3600) -> Iterator[None]:
    """Hold `name` for the block across every server; raise LockBusy when another holds it.

    `ttl` bounds a Redis lock whose holder died; the other two end with their process.
    """
    shared = redis_client.client()
    if shared is not None:
        held = _in_redis(shared, name, ttl)
    elif connection.vendor == "postgresql":
        held = _in_postgresql(name)
    else:
        held = _in_a_file(name)
    with held:
        yield

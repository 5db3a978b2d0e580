"""Seeing a thread's transaction wait for a lock another transaction holds (PostgreSQL).

The race tests hold one transaction open and start a second that must wait for it. They
used to let the second run for a fixed time (2–3 s) and then find it still running; a
slow machine could pass that without any wait, and a quick one idled for seconds. Here
the server says when the second transaction waits on a lock (`pg_stat_activity`), which
is what those tests assert, as soon as it does.
"""

import threading
import time

from django.db import connections

WAITING_ON_A_LOCK = """
SELECT count(*) FROM pg_stat_activity
WHERE datname = current_database() AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'
"""


def waits_for_a_lock(thread: threading.Thread, *, timeout: float = 60.0) -> bool:
    """Whether, while `thread` is still running, another connection to this test database
    waits for a lock (PostgreSQL only): True as soon as one does; False if `thread` ends
    first or nothing waits within `timeout` seconds."""
    deadline = time.monotonic() + timeout
    with connections["default"].cursor() as cursor:
        while thread.is_alive() and time.monotonic() < deadline:
            cursor.execute(WAITING_ON_A_LOCK)
            if cursor.fetchone()[0] and thread.is_alive():
                return True
            time.sleep(0.01)
    return False

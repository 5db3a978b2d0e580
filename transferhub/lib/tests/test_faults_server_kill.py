"""SIGKILL the server during a burst of writes: after a restart every acknowledged write is there.

The gunicorn master is killed first, then (unless they stopped by themselves)
its orphaned workers in the middle of their requests; the server is started
again while the clients keep writing.
"""

import threading
import time
import uuid

import pytest

from transferhub.lib.testing.install import fresh_install
from transferhub.lib.testing.load import (
    WRITES,
    Recorder,
    User,
    answered_since,
    prepare,
    run_users,
    verify,
    wait_until,
)
from transferhub.lib.testing.server import Server, group_alive

# Real servers and processes: run once per `make test`, on the production database.
pytestmark = pytest.mark.system

USERS = 12
# Writes acknowledged before the kill, and requests answered after the restart: once each
# user has had about one, the kill lands in the middle of a steady burst. Waiting for
# these counts (not for a fixed time) holds on a busy machine and costs little on an idle
# one; WAIT_AT_MOST seconds bound each wait.
BEFORE_KILL = USERS
AFTER_RESTART = USERS
WAIT_AT_MOST = 120.0


@pytest.fixture
def install(tmp_path):
    with fresh_install(tmp_path / "install") as install:
        yield install


def test_killed_servers_lose_no_acknowledged_write_and_answer_again_after_restart(install):
    target = prepare(install, USERS)
    server = Server(install, workers=3)
    server.start()
    run = f"KILL{uuid.uuid4().hex[:6].upper()}"
    recorder = Recorder()
    # Three files per upload: a kill may land between the files of one request.
    users = [
        User(n, server.url, target, run, recorder, mix=WRITES, files_per_import=3)
        for n in range(USERS)
    ]
    for user in users:
        user.login()
    stop = threading.Event()
    burst = threading.Thread(target=run_users, args=(users, 600), kwargs={"stop": stop})
    burst.start()
    try:
        assert wait_until(
            lambda: sum(w.acked for w in recorder.writes) >= BEFORE_KILL, WAIT_AT_MOST
        ), "the server acknowledged too few writes before the kill"
        server.kill_master()
        killed = time.monotonic()
        # Orphaned sync workers look for their parent only when no connection waits:
        # under load they go on serving, unsupervised, and hold the port. A supervisor
        # ends the whole process group (systemd's KillMode=control-group): so do we, with
        # SIGKILL, in the middle of whatever requests the workers hold — once the orphans
        # have answered a request of their own, or after a second at most.
        wait_until(lambda: answered_since(recorder, killed) > 0, 1.0)
        orphans = group_alive(server.pgid)
        server.kill_all()
        all_killed = time.monotonic()
        server.wait_gone()
        server.start()
        restarted = time.monotonic()
        assert wait_until(
            lambda: answered_since(recorder, restarted) >= AFTER_RESTART, WAIT_AT_MOST
        ), "too few requests answered after the restart"
        stop.set()
        burst.join()
        # A graceful stop (SIGTERM, as a supervisor sends it) ends the idle workers at
        # once: their exit took 7-11 s at load 8 while each copied the pages it shared
        # with the master (lib/warmup.py freezes them now).
        stopped_in = server.stop()
    finally:
        stop.set()
        burst.join()
        server.stop()

    after_restart = [s for s in recorder.samples if s.started > restarted]
    assert after_restart and all(s.status is not None for s in after_restart)
    assert not [s for s in recorder.samples if s.status is not None and s.status >= 500]
    assert not [code for code in server.statuses() if code >= 500], server.log_tail()
    acked = sum(w.acked for w in recorder.writes)
    by_orphans = [s for s in recorder.samples if killed < s.started < all_killed and s.status]
    print(
        f"\nServer kill: {len(recorder.writes)} writes sent, {acked} acknowledged; "
        f"orphaned workers {'still' if orphans else 'no longer'} running after the master, "
        f"{len(by_orphans)} requests answered without master; graceful stop {stopped_in:.1f} s"
    )
    assert stopped_in < 6, f"the graceful stop took {stopped_in:.1f} s"
    assert acked > 0
    assert verify(install, target, recorder, run) == []
    if not install.database_url:
        assert install.scalar("PRAGMA integrity_check") == "ok"

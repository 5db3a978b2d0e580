"""Fifty secretaries at once against a real server: no server error, no lost write.

Six more (LOAD_CONTENDERS) write the same item's minutes and the same task at once, four
through the API with If-Match and two in the browser: no write is lost and none silently
overwritten; every refused save got 412 or the form back with both versions.

LOAD_SECONDS (20 under CI=1, else 15) and LOAD_USERS (50) set the size of this stress run,
whose users think only 0–0.2 s between two actions. Then the same users go on at a person's
pace, 1–3 s between two actions, for LOAD_REALISTIC_SECONDS (20): the
latency people would see. Both runs' figures are printed (`pytest -rP` or `-s`).
"""

import os
import threading
import time
import uuid

import pytest

from transferhub.lib.testing.install import fresh_install
from transferhub.lib.testing.load import (
    LOAD_CONTENDERS,
    LOAD_REALISTIC_SECONDS,
    LOAD_SECONDS,
    LOAD_THINK_SECONDS,
    LOAD_USERS,
    Contender,
    Recorder,
    User,
    client_cpu,
    contested_summary,
    database_cpu,
    database_cpu_between,
    percentile,
    prepare,
    run_users,
    server_cpu,
    summary,
    verify,
    verify_contested,
)
from transferhub.lib.testing.server import Server

# Real servers and processes: run once per `make test`, on the production database.
pytestmark = pytest.mark.system


@pytest.fixture
def install(tmp_path):
    with fresh_install(tmp_path / "install") as install:
        yield install


def cpu_now(server: Server, install) -> tuple:
    """The CPU counters of the load client, the server and PostgreSQL's backends (if any)."""
    return client_cpu(), server_cpu(server.pgid), database_cpu(install)


def cpu_since(start: tuple, server: Server, install) -> tuple[float, float, float | None]:
    client, served, database = cpu_now(server, install)
    db = database_cpu_between(start[2], database) if install.database_url else None
    return client - start[0], served - start[1], db


def cpu_figures(
    client: float, server: float, database: float | None, requests: int, seconds: float
) -> str:
    """Where the CPU went: with N users and little think time the test offers more load than
    the cores can serve, and latency is the queue: p50 ≈ N × CPU per request / cores."""
    per = 1000 / max(requests, 1)
    db = f", PostgreSQL {database * per:.1f} ms" if database is not None else ""
    return (
        f"CPU per request: server {server * per:.1f} ms, load client {client * per:.1f} ms{db} "
        f"({(server + client + (database or 0)) / seconds:.2f} of {os.cpu_count()} cores; "
        f"load average {os.getloadavg()[0]:.1f})"
    )


def answered_between(recorder: Recorder, since: float, until: float) -> list[float]:
    """Seconds each request sent in [since, until) took to be answered (logins left out)."""
    return [
        s.seconds
        for s in recorder.samples
        if s.status is not None and s.action != "login" and since <= s.started < until
    ]


def stress_report(recorder: Recorder, elapsed: float, cpu: tuple) -> str:
    answered = len(answered_between(recorder, 0, float("inf")))
    return (
        f"{summary(recorder, elapsed)}\n{contested_summary(recorder)}\n"
        f"{cpu_figures(*cpu, answered, elapsed)}"
    )


def calm_report(recorder: Recorder, since: float, elapsed: float, cpu) -> str:
    took = answered_between(recorder, since, float("inf"))
    return (
        f"{summary(recorder, elapsed, since=since)}\n{cpu_figures(*cpu, len(took), elapsed)}\n"
        f"at a person's pace: p50 {percentile(took, 50) * 1000:.0f} ms, "
        f"p95 {percentile(took, 95) * 1000:.0f} ms over {len(took)} requests"
    )


def login_all(users: list[User], contenders: list[Contender] = ()) -> None:
    threads = [threading.Thread(target=u.login) for u in [*users, *contenders]]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all("sessionid" in u.session.cookies for u in users), "not every user could log in"


def test_fifty_users_reading_and_writing_see_no_server_error_and_lose_no_write(install):
    target = prepare(install, LOAD_USERS, LOAD_CONTENDERS)
    server = Server(install, workers=3)
    boot = server.start()
    run = f"LAST{uuid.uuid4().hex[:6].upper()}"
    recorder = Recorder()
    users = [User(n, server.url, target, run, recorder) for n in range(LOAD_USERS)]
    # Two of every three contenders write through the API, the others in the browser.
    contenders = [
        Contender(n, "web" if n % 3 == 2 else "api", server.url, target, run, recorder)
        for n in range(LOAD_CONTENDERS)
    ]
    try:
        login_all(users, contenders)
        began, cpu = time.monotonic(), cpu_now(server, install)
        # A few double clicks on a decision form right at the start, so every run has some.
        doubles = [threading.Thread(target=u.write_decision_twice) for u in users[:3]]
        for t in doubles:
            t.start()
        run_users([*users, *contenders], LOAD_SECONDS)
        for t in doubles:
            t.join()
        elapsed = time.monotonic() - began
        cpu = cpu_since(cpu, server, install)
        report = stress_report(recorder, elapsed, cpu)
        # The same fifty at a person's pace: 1–3 s between two actions.
        calm_began, calm_cpu = time.monotonic(), cpu_now(server, install)
        run_users(users, LOAD_REALISTIC_SECONDS, think_range=LOAD_THINK_SECONDS)
        calm_elapsed = time.monotonic() - calm_began
        calm_cpu = cpu_since(calm_cpu, server, install)
    finally:
        server.stop()

    calm = calm_report(recorder, calm_began, calm_elapsed, calm_cpu)
    print(f"\nLoad: {LOAD_USERS} users and {LOAD_CONTENDERS} contenders, "
          f"{LOAD_SECONDS:.0f} s, 3 gunicorn workers, think 0–0.2 s "
          f"(server up in {boot:.1f} s)\n{report}\n\n"
          f"At a person's pace: the {LOAD_USERS} users, think {LOAD_THINK_SECONDS[0]:.0f}–"
          f"{LOAD_THINK_SECONDS[1]:.0f} s, {LOAD_REALISTIC_SECONDS:.0f} s\n{calm}")  # fmt: skip
    report = f"{report}\n{calm}"
    server_errors = [s for s in recorder.samples if s.status is None or s.status >= 500]
    assert not server_errors, f"{len(server_errors)} failed requests\n{report}"
    assert not [code for code in server.statuses() if code >= 500], server.log_tail()
    refused = [w for w in recorder.writes if not w.acked]
    assert not refused, f"{len(refused)} writes not acknowledged, e.g. {refused[:3]}\n{report}"
    assert {w.kind for w in recorder.writes} == {
        "minutes",
        "decision",
        "task",
        "task_status",
        "import",
        "decision_twice",
    }
    assert verify(install, target, recorder, run) == []
    # The shared records: contended for, some saves refused, none lost or overwritten unseen.
    outcomes = {w.outcome for w in recorder.contested}
    assert {"accepted", "refused"} <= outcomes, contested_summary(recorder)
    assert verify_contested(install, target, recorder) == []

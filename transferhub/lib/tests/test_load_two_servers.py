"""Two app servers on one database and one Redis, behind a proxy without sticky sessions.

Fifty secretaries (LOAD_USERS) and six contenders (LOAD_CONTENDERS) send each request to
the next server in turn, as a round-robin proxy would: one login holds on both, no
server error, no lost write, no silent overwrite. Then one address subscribes to a public
calendar more often than SUBSCRIBE_RATE_LIMIT allows, alternating between the servers:
the limit is counted once across both (in Redis, not per server nor in the database).

LOAD_SECONDS (60 under CI=1, else 15) sets the length; figures with `pytest -rP`.
"""

import datetime as dt
import itertools
import os
import threading
import time
import uuid

import pytest
import redis
import requests

from transferhub.lib.testing.install import fresh_install
from transferhub.lib.testing.load import (
    Contender,
    Recorder,
    User,
    contested_summary,
    prepare,
    run_users,
    summary,
    verify,
    verify_contested,
)
from transferhub.lib.testing.redis import with_database
from transferhub.lib.testing.server import Server

# Real servers and processes: run once per `make test`, on the production database.
pytestmark = pytest.mark.system

CI = os.environ.get("CI", "").lower() in ("1", "true")
LOAD_SECONDS = float(os.environ.get("LOAD_SECONDS", "60" if CI else "15"))
LOAD_USERS = int(os.environ.get("LOAD_USERS", "50"))
LOAD_CONTENDERS = int(os.environ.get("LOAD_CONTENDERS", "6"))
SUBSCRIBE_LIMIT = 12
PUBLIC_BODY = """
from transferhub.network.models import Body
from transferhub.subscriptions.services import calendar_publish
body = Body.objects.order_by("pk").first()
calendar_publish(body=body, public=True)
result = body.pk
"""


class RoundRobinSession(requests.Session):
    """A browser behind a proxy that sends each request to the next app server."""

    def __init__(self, urls: list[str], start: int):
        super().__init__()
        self.urls = urls
        self.turn = itertools.islice(itertools.cycle(urls), start, None)

    def request(self, method, url, *args, **kwargs):
        for base in self.urls:
            if url.startswith(base):
                url = next(self.turn) + url[len(base) :]
                break
        return super().request(method, url, *args, **kwargs)


@pytest.fixture
def install(tmp_path, redis_server, worker_id):
    # This test run's Redis, a database of its own (the unit tests of this worker use 1+n).
    db = 32 + (int(worker_id[2:]) if worker_id.startswith("gw") else 0)
    url = with_database(redis_server, db)
    redis.Redis.from_url(url).flushdb()
    with fresh_install(tmp_path / "install") as install:
        install.env.update(REDIS_URL=url, SUBSCRIBE_RATE_LIMIT=str(SUBSCRIBE_LIMIT))
        yield install
    redis.Redis.from_url(url).flushdb()


def login_all(people) -> None:
    threads = [threading.Thread(target=p.login) for p in people]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def subscribe_burst(urls: list[str], body_pk: int, tries: int) -> list[int]:
    """Subscribe `tries` addresses from one address, each request to the other server."""
    # A fixed window of an hour: wait out its last seconds rather than straddle two.
    now = dt.datetime.now(dt.UTC)
    if now.minute == 59 and now.second > 40:
        time.sleep(61 - now.second)
    session = requests.Session()
    session.get(f"{urls[0]}/oeffentlich/gremien/{body_pk}/", timeout=60).raise_for_status()
    statuses = []
    for n in range(tries):
        response = session.post(
            f"{urls[n % 2]}/oeffentlich/gremien/{body_pk}/abonnieren/",
            data={
                "email": f"abo{n}@example.org",
                "language": "de",
                "homepage": "",
                "csrfmiddlewaretoken": session.cookies["csrftoken"],
            },
            allow_redirects=False,
            timeout=60,
        )
        statuses.append(response.status_code)
    return statuses


def test_two_servers_share_logins_writes_and_rate_limits(install):
    target = prepare(install, LOAD_USERS, LOAD_CONTENDERS)
    body_pk = install.query(PUBLIC_BODY)
    servers = [Server(install, workers=2, name=f"serve-{n}") for n in "ab"]
    boots = [server.start() for server in servers]
    urls = [server.url for server in servers]
    run = f"ZWEI{uuid.uuid4().hex[:6].upper()}"
    recorder = Recorder()
    users = [User(n, urls[0], target, run, recorder) for n in range(LOAD_USERS)]
    contenders = [
        Contender(n, "web" if n % 3 == 2 else "api", urls[0], target, run, recorder)
        for n in range(LOAD_CONTENDERS)
    ]
    for n, browser in enumerate([*users, *(c.user for c in contenders)]):
        browser.session = RoundRobinSession(urls, start=n)
    try:
        login_all([*users, *contenders])
        assert all("sessionid" in u.session.cookies for u in users), "not every login held"
        began = time.monotonic()
        doubles = [threading.Thread(target=u.write_decision_twice) for u in users[:3]]
        for t in doubles:
            t.start()
        run_users([*users, *contenders], LOAD_SECONDS)
        for t in doubles:
            t.join()
        elapsed = time.monotonic() - began
        statuses = subscribe_burst(urls, body_pk, SUBSCRIBE_LIMIT + 6)
    finally:
        for server in servers:
            server.stop()

    per_server = [sum(s.statuses().values()) for s in servers]
    report = f"{summary(recorder, elapsed)}\n{contested_summary(recorder)}"
    print(f"\nLoad on two servers of 2 gunicorn workers each (up in {boots[0]:.1f} s and "
          f"{boots[1]:.1f} s), one database, one Redis: {LOAD_USERS} users and "
          f"{LOAD_CONTENDERS} contenders, {LOAD_SECONDS:.0f} s, requests per server "
          f"{per_server}, load average {os.getloadavg()[0]:.1f}\n{report}")  # fmt: skip
    server_errors = [s for s in recorder.samples if s.status is None or s.status >= 500]
    assert not server_errors, f"{len(server_errors)} failed requests\n{report}"
    for server in servers:
        assert not [code for code in server.statuses() if code >= 500], server.log_tail()
    assert min(per_server) > 0.4 * sum(per_server), per_server
    refused = [w for w in recorder.writes if not w.acked]
    assert not refused, f"{len(refused)} writes not acknowledged, e.g. {refused[:3]}\n{report}"
    assert verify(install, target, recorder, run) == []
    assert {"accepted", "refused"} <= {w.outcome for w in recorder.contested}
    assert verify_contested(install, target, recorder) == []

    # The limit counted both servers' requests once: exactly SUBSCRIBE_LIMIT got through.
    assert statuses == [302] * SUBSCRIBE_LIMIT + [429] * 6, statuses
    shared = redis.Redis.from_url(install.env["REDIS_URL"])
    (key,) = shared.keys("transferhub:rate:subscribe:*")
    assert int(shared.get(key)) == SUBSCRIBE_LIMIT + 6
    assert install.scalar("SELECT count(*) FROM lib_ratecount WHERE key LIKE 'subscribe:%'") == 0

"""Two app servers on one database, one Redis and one object store, behind a proxy
without sticky sessions.

Fifty secretaries (LOAD_USERS) and six contenders (LOAD_CONTENDERS) send each request to
the next server in turn, as a round-robin proxy would: one login holds on both, no
server error, no lost write, no silent overwrite. Attachments uploaded through one
server are in the bucket (moto's S3 server, in a process of its own) and downloaded
whole through the other. Then one address subscribes to a public calendar more often
than SUBSCRIBE_RATE_LIMIT allows, alternating between the servers: the limit is counted
once across both (in Redis, not per server nor in the database).

TWO_SERVER_LOAD_SECONDS (15, in CI too; the single-server test runs LOAD_SECONDS) sets
the length; figures with `pytest -rP`.
"""

import datetime as dt
import itertools
import os
import subprocess
import sys
import threading
import time
import uuid

import pytest
import requests

from transferhub.lib.testing import s3
from transferhub.lib.testing.install import fresh_install
from transferhub.lib.testing.load import (
    LOAD_CONTENDERS,
    LOAD_USERS,
    TWO_SERVER_LOAD_SECONDS,
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
from transferhub.lib.testing.server import Server, free_port

# Real servers and processes: run once per `make test`, on the production database.
pytestmark = pytest.mark.system

SUBSCRIBE_LIMIT = 12
# An odd number: requests alternate servers, so each file is downloaded from the other one.
ATTACHMENTS = 5
PDF = b"%%PDF-1.4\n%%%s\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%%%EOF\n"
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
def object_store(tmp_path):
    """moto's S3 server in a process of its own (the load's clients run in this one)."""
    port = free_port()
    with open(tmp_path / "moto.log", "wb") as log:
        process = subprocess.Popen(
            [os.path.join(os.path.dirname(sys.executable), "moto_server"), "-H", "127.0.0.1",
             "-p", str(port)], stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                requests.get(endpoint, timeout=2)
                break
            except requests.RequestException:
                assert time.monotonic() < deadline and process.poll() is None, "no moto_server"
                time.sleep(0.1)
        bucket = f"transferhub-{uuid.uuid4().hex[:12]}"
        s3.client(endpoint).create_bucket(
            Bucket=bucket, CreateBucketConfiguration={"LocationConstraint": s3.REGION}
        )
        yield endpoint, bucket
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def install(tmp_path, redis_server, worker_id, object_store):
    import redis  # here, not at collection: 0.15 s of CPU for every test process

    # This test run's Redis, a database of its own (the unit tests of this worker use 1+n).
    db = 32 + (int(worker_id[2:]) if worker_id.startswith("gw") else 0)
    url = with_database(redis_server, db)
    redis.Redis.from_url(url).flushdb()
    endpoint, bucket = object_store
    with fresh_install(tmp_path / "install") as install:
        install.env.update(
            REDIS_URL=url,
            SUBSCRIBE_RATE_LIMIT=str(SUBSCRIBE_LIMIT),
            S3_BUCKET=bucket,
            S3_ENDPOINT_URL=endpoint,
            S3_ACCESS_KEY_ID=s3.ACCESS_KEY,
            S3_SECRET_ACCESS_KEY=s3.SECRET_KEY,
            S3_REGION=s3.REGION,
        )
        yield install
    redis.Redis.from_url(url).flushdb()


ATTACHED = """
from transferhub.meetings.models import Attachment
result = list(Attachment.objects.filter(name__startswith=params).order_by("pk")
              .values_list("pk", "name", "file"))
"""


def attachments_through_both(user: User, install, run: str) -> list[str]:
    """Upload attachments through one server each, download them through the other."""
    problems, sent = [], {}
    meeting, item = user.target["meeting"], user.item
    for n in range(ATTACHMENTS):
        name = f"{run}-Anlage-{n}"
        sent[name] = PDF % name.encode()
        response = user.request(
            "write_attachment", "POST", f"/sitzungen/{meeting}/punkte/{item}/anlage/",
            data={"attachment-name": name,
                  "csrfmiddlewaretoken": user.session.cookies.get("csrftoken", "")},
            files={"attachment-file": (f"{name}.pdf", sent[name], "application/pdf")},
        )  # fmt: skip
        if response is None or response.status_code != 302:
            problems.append(f"upload {name}: {getattr(response, 'status_code', None)}")
    stored = install.query(ATTACHED, run)
    if sorted(row[1] for row in stored) != sorted(sent):
        problems.append(f"attachments stored: {[row[1] for row in stored]}")
    for pk, name, _file in stored:
        response = user.request("read_attachment", "GET", f"/sitzungen/{meeting}/anlagen/{pk}/")
        if response is None or response.status_code != 200 or response.content != sent[name]:
            problems.append(f"download {name}: {getattr(response, 'status_code', None)}")
    return problems


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
        run_users([*users, *contenders], TWO_SERVER_LOAD_SECONDS)
        for t in doubles:
            t.join()
        elapsed = time.monotonic() - began
        file_problems = attachments_through_both(users[0], install, run)
        statuses = subscribe_burst(urls, body_pk, SUBSCRIBE_LIMIT + 6)
    finally:
        for server in servers:
            server.stop()

    per_server = [sum(s.statuses().values()) for s in servers]
    report = f"{summary(recorder, elapsed)}\n{contested_summary(recorder)}"
    print(f"\nLoad on two servers of 2 gunicorn workers each (up in {boots[0]:.1f} s and "
          f"{boots[1]:.1f} s), one database, one Redis, one object store: {LOAD_USERS} users and "
          f"{LOAD_CONTENDERS} contenders, {TWO_SERVER_LOAD_SECONDS:.0f} s, requests per server "
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

    # The uploads live in the object store, and each server served the other's.
    assert file_problems == []
    endpoint, bucket = install.env["S3_ENDPOINT_URL"], install.env["S3_BUCKET"]
    files = [row[2] for row in install.query(ATTACHED, run)]
    assert len(files) == ATTACHMENTS and set(files) <= set(s3.keys(endpoint, bucket))

    # The limit counted both servers' requests once: exactly SUBSCRIBE_LIMIT got through.
    assert statuses == [302] * SUBSCRIBE_LIMIT + [429] * 6, statuses
    import redis

    shared = redis.Redis.from_url(install.env["REDIS_URL"])
    (key,) = shared.keys("transferhub:rate:subscribe:*")
    assert int(shared.get(key)) == SUBSCRIBE_LIMIT + 6
    assert install.scalar("SELECT count(*) FROM lib_ratecount WHERE key LIKE 'subscribe:%'") == 0

"""CPU per request kind of the 50-user load test's mix, and where it goes (a profiler's view).

    python -m transferhub.bench.load_kinds [--requests N] [--profile KIND|all] [--sort tottime]

Builds the load test's install (a copy of the migrated demo, DATABASE_URL's PostgreSQL
server if set, else SQLite; the load users' items and tasks), starts `transferhub serve`
with one gunicorn worker and sends each kind of request of the load test's mix N times
from one user, one after the other: the server's CPU per request of that kind (its
process group, from /proc, gunicorn included), the load client's CPU per request, and the
kind's share of the server's CPU in the mix (its weight in MIX times the requests it
sends times their CPU). The contenders' saves (through the API with If-Match, and through
the web forms) are measured the same way. `--profile KIND` (a kind's name, or "all")
then replays the kind in this process through Django's test client, no server, under
cProfile, and prints its top functions (`--sort tottime`: by their own time).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import json
import os
import pstats
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

SETS_UP_DJANGO = True  # the server runs in its own processes; --profile sets Django up


def _kinds(user, api, web) -> dict:
    """Kind → a callable sending one request (or a few) of that kind."""
    from transferhub.lib.testing.load import MIX

    kinds = {action: getattr(user, action) for action in MIX}
    kinds["contender_api_minutes"] = api.api_minutes
    kinds["contender_api_task"] = api.api_task
    kinds["contender_web_minutes"] = web.web_minutes
    kinds["contender_web_task"] = web.web_task
    return kinds


def _actors(url: str, target: dict, run: str, recorder, session_factory=None):
    from transferhub.lib.testing.load import Contender, User

    user = User(0, url, target, run, recorder)
    api = Contender(0, "api", url, target, run, recorder)
    web = Contender(2, "web", url, target, run, recorder)
    if session_factory:
        for actor in (user, web.user, api.user):
            actor.session = session_factory()
    for actor in (user, web.user):
        actor.login()
    return user, api, web


def measure_server(install, target: dict, requests: int) -> list[dict]:
    """Each kind's CPU per request on a real server (one worker), one request at a time."""
    from transferhub.lib.testing.load import Recorder, client_cpu, server_cpu
    from transferhub.lib.testing.server import Server

    server = Server(install, workers=1)
    server.start()
    rows = []
    try:
        recorder = Recorder()
        run = f"KIND{uuid.uuid4().hex[:6].upper()}"
        kinds = _kinds(*_actors(server.url, target, run, recorder))
        for kind, send in kinds.items():
            for _ in range(3):  # warm-up: templates compiled, caches filled
                send()
            count = len(recorder.samples)
            client, cpu, began = client_cpu(), server_cpu(server.pgid), time.monotonic()
            for _ in range(requests):
                send()
            sent = len(recorder.samples) - count
            rows.append(
                {
                    "kind": kind,
                    "requests_per_action": sent / requests,
                    "server_ms": (server_cpu(server.pgid) - cpu) * 1000 / sent,
                    "client_ms": (client_cpu() - client) * 1000 / sent,
                    "wall_ms": (time.monotonic() - began) * 1000 / sent,
                    "statuses": sorted({s.status for s in recorder.samples[count:]}, key=str),
                }
            )
    finally:
        server.stop()
    return rows


def _group_pids(pgid: int) -> list[int]:
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[2]) == pgid:
            pids.append(int(stat.parent.name))
    return pids


def _cpu_ns(pids: list[int]) -> int:
    """CPU time of these processes in nanoseconds (the scheduler's count, not clock ticks)."""
    total = 0
    for pid in pids:
        try:
            total += int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])
        except (OSError, ValueError):
            pass
    return total


def measure_mix(install, target: dict, steps: int, users: int) -> list[dict]:
    """The mix as the load test sends it, one request at a time: CPU per request by kind.

    `users` take turns, each choosing its next action as in the load test, so caches are
    invalidated as often as there: every minutes save changes the meeting page its readers
    read next. Each request's server CPU is the scheduler's count of the server's
    processes (nanoseconds) from before it was sent until its answer came back.
    """
    from transferhub.lib.testing.load import Recorder, User
    from transferhub.lib.testing.server import Server

    server = Server(install, workers=1)
    server.start()
    per_action: dict[str, list[float]] = {}
    try:
        recorder = Recorder()
        run = f"MIX{uuid.uuid4().hex[:6].upper()}"
        crowd = [User(n, server.url, target, run, recorder) for n in range(users)]
        for user in crowd:
            user.login()
        pids = _group_pids(server.pgid)
        original = User.request

        def timed(self, action, method, path, **kwargs):
            before = _cpu_ns(pids)
            response = original(self, action, method, path, **kwargs)
            per_action.setdefault(action, []).append((_cpu_ns(pids) - before) / 1e6)
            return response

        User.request = timed
        try:
            for step in range(steps):
                user = crowd[step % users]
                action = user.rng.choices(list(user.mix), weights=list(user.mix.values()))[0]
                if action == "write_decision_twice":
                    action = "write_decision"  # its two posts at once overlap in the count
                getattr(user, action)()
        finally:
            User.request = original
    finally:
        server.stop()
    total = sum(sum(v) for v in per_action.values())
    count = sum(len(v) for v in per_action.values())
    rows = [
        {
            "kind": action,
            "n": len(values),
            "mean": sum(values) / len(values),
            "p50": sorted(values)[len(values) // 2],
            "share": sum(values) / total,
        }
        for action, values in sorted(per_action.items(), key=lambda kv: -sum(kv[1]))
    ]
    rows.append({"kind": "all", "n": count, "mean": total / count, "p50": 0, "share": 1})
    return rows


def mix_table(rows: list[dict]) -> str:
    lines = [f"{'kind (mix, in turn)':<24}{'n':>6}{'mean ms':>9}{'p50 ms':>8}{'share':>8}"]
    lines += [
        f"{r['kind']:<24}{r['n']:>6}{r['mean']:>9.1f}{r['p50']:>8.1f}{100 * r['share']:>7.0f}%"
        for r in rows
    ]
    return "\n".join(lines)


class _Response:
    """What the load client reads of a `requests` response, from a test client's."""

    def __init__(self, response):
        self.status_code = response.status_code
        self.headers = response.headers
        self.content = response.content

    @property
    def text(self) -> str:
        return self.content.decode()

    def json(self):
        return json.loads(self.content)


class _Cookies:
    def __init__(self, client):
        self.client = client

    def get(self, name: str, default: str = "") -> str:
        morsel = self.client.cookies.get(name)
        return morsel.value if morsel is not None else default

    def __contains__(self, name: str) -> bool:
        return name in self.client.cookies


class ClientSession:
    """The part of `requests.Session` the load client uses, over Django's test client."""

    def __init__(self):
        from django.test import Client

        self.client = Client()
        self.cookies = _Cookies(self.client)

    def get(self, url: str, **kwargs):
        return self.request("GET", url, **kwargs)

    def request(self, method, url, *, data=None, files=None, json=None, headers=None, **_):
        from django.core.files.uploadedfile import SimpleUploadedFile

        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        extra = {f"HTTP_{k.upper().replace('-', '_')}": v for k, v in (headers or {}).items()}
        if json is not None:
            body = __import__("json").dumps(json)
            return _Response(self.client.generic(method, path, body, "application/json", **extra))
        if method == "GET":
            return _Response(self.client.get(path, **extra))
        data = dict(data or {})
        for name, (filename, content, content_type) in files or []:
            upload = SimpleUploadedFile(filename, content, content_type)
            data.setdefault(name, []).append(upload)
        return _Response(self.client.post(path, data, **extra))


def profile_in_process(install, target: dict, kinds: list[str], requests: int, args) -> None:
    """Replay the kinds through Django's test client in this process, under cProfile."""
    for name in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL"):
        os.environ.pop(name, None)
    os.environ.update(install.env)
    os.environ["ALLOWED_HOSTS"] += ",testserver"
    os.environ["DJANGO_SETTINGS_MODULE"] = "transferhub.settings"
    import django

    django.setup()
    from django.core.management import call_command

    from transferhub.lib.testing.load import Recorder

    call_command("collectstatic", interactive=False, verbosity=0)  # as `serve` does

    collecting: dict = {}

    def gc_clock(phase: str, info: dict) -> None:
        if phase == "start":
            collecting["began"] = time.process_time()
        elif "began" in collecting:
            collecting.setdefault("spent", []).append(time.process_time() - collecting["began"])
            collecting.setdefault("generations", Counter())[info["generation"]] += 1

    gc.callbacks.append(gc_clock)
    recorder = Recorder()
    run = f"PROF{uuid.uuid4().hex[:6].upper()}"
    every = _kinds(*_actors("http://testserver", target, run, recorder, ClientSession))
    for kind in kinds:
        send = every[kind]
        for _ in range(3):
            send()
        from django.db import connections
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connections["default"]) as queries:
            send()
        sql = len(queries.captured_queries)
        if args.sql:
            for query in queries.captured_queries:
                print(f"  SQL {query['sql'][: args.sql]}")
        times = []
        count = len(recorder.samples)
        gc.collect()
        gc.freeze()  # as the server's master does before forking (lib/warmup.py)
        collecting.clear()
        for _ in range(requests):
            started = time.process_time()
            send()
            times.append((time.process_time() - started) * 1000)
        in_gc = sum(collecting.get("spent", [])) * 1000 / requests
        per_action = (len(recorder.samples) - count) / requests
        times.sort()
        print(
            f"{kind}: {per_action:.1f} requests an action, {sql} SQL, CPU per action median "
            f"{times[len(times) // 2]:.2f} ms, min {times[0]:.2f} ms (no profiler), "
            f"garbage collector {in_gc:.2f} ms an action "
            f"({dict(collecting.get('generations', Counter()))})"
        )
        if args.no_profile:
            continue
        count, started = len(recorder.samples), time.process_time()
        profile = cProfile.Profile(time.process_time)
        profile.enable()
        for _ in range(requests):
            send()
        profile.disable()
        sent = len(recorder.samples) - count
        spent = (time.process_time() - started) * 1000 / max(sent, 1)
        out = io.StringIO()
        stats = pstats.Stats(profile, stream=out).sort_stats(args.sort)
        stats.print_stats(*([args.only] if args.only else []), args.top)
        print(f"\n## {kind}: {sent} requests, {spent:.1f} ms CPU each under the profiler")
        print(out.getvalue())


def table(rows: list[dict]) -> str:
    from transferhub.lib.testing.load import MIX

    weighted = {
        r["kind"]: MIX[r["kind"]] * r["requests_per_action"] * r["server_ms"]
        for r in rows
        if r["kind"] in MIX
    }
    total = sum(weighted.values())
    lines = [
        f"{'kind':<24}{'req/act':>8}{'server ms':>10}{'client ms':>10}{'wall ms':>9}"
        f"{'mix share':>10}  statuses"
    ]
    for r in rows:
        share = f"{100 * weighted[r['kind']] / total:.0f} %" if r["kind"] in weighted else "–"
        lines.append(
            f"{r['kind']:<24}{r['requests_per_action']:>8.1f}{r['server_ms']:>10.1f}"
            f"{r['client_ms']:>10.1f}{r['wall_ms']:>9.1f}{share:>10}  {r['statuses']}"
        )
    requests = sum(MIX[r["kind"]] * r["requests_per_action"] for r in rows if r["kind"] in MIX)
    lines.append(
        f"mix average: server {total / requests:.1f} ms CPU per request "
        f"(the users' kinds in MIX's weights; load average {os.getloadavg()[0]:.1f})"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=30, help="requests of each kind")
    parser.add_argument("--profile", default="", help="a kind, or 'all'")
    parser.add_argument("--no-server", action="store_true", help="no kind-by-kind table")
    parser.add_argument("--mix", type=int, default=0, help="N requests of the mix in turn")
    parser.add_argument("--mix-users", type=int, default=10, help="users taking turns")
    parser.add_argument("--no-profile", action="store_true", help="with --profile: time only")
    parser.add_argument("--sql", type=int, default=0, help="print each query's first N chars")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--only", default="", help="only functions whose path matches")
    parser.add_argument("--sort", default="cumulative", help="cumulative or tottime")
    args = parser.parse_args(argv)

    from transferhub.lib.testing.install import fresh_install
    from transferhub.lib.testing.load import prepare

    with tempfile.TemporaryDirectory(prefix="transferhub-kinds-") as tmp:
        with fresh_install(Path(tmp) / "install") as install:
            target = prepare(install, users=max(1, args.mix_users), contenders=3)
            if not args.no_server:
                print(table(measure_server(install, target, args.requests)))
            if args.mix:
                print(mix_table(measure_mix(install, target, args.mix, args.mix_users)))
            if args.profile:
                from transferhub.lib.testing.load import MIX

                names = [*MIX, "contender_api_minutes", "contender_api_task"]
                names += ["contender_web_minutes", "contender_web_task"]
                chosen = names if args.profile == "all" else args.profile.split(",")
                profile_in_process(install, target, chosen, args.requests, args)


def run() -> None:
    main([])


if __name__ == "__main__":
    main()

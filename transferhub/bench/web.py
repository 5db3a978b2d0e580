"""Benchmark the main pages through a real server on loopback (`python -m transferhub.bench web`).

1. Generate BENCH_SCALE (default 0.1) into a fresh SQLite file in a temporary
   DATA_DIR, and a tenth of it (at most 0.1: the SQL counts at 0.1 and 1 are compared)
   into another, with production settings (DEBUG=0).
2. In a Django process per database: log a secretariat user in, find the pages
   (a meeting, the task register filtered, the decision search, the OParl meeting
   list if /oparl/v1/system answers, the supplier search with a word and three
   filters, the latest planned meeting of the body with the most tasks, whose page
   lists that body's open tasks, the meeting's protocol as PDF) and count the SQL
   queries each costs (CaptureQueriesContext, after one warm-up request).
3. Write a static file of each page's size, start `transferhub serve` (gunicorn,
   WhiteNoise) on a free loopback port and load each page and its static twin
   with wrk (or a small threaded Python client when wrk is missing) for
   BENCH_SECONDS (10) with BENCH_CONNECTIONS (one per core) connections, after BENCH_WARMUP (3)
   seconds of the same load: every gunicorn worker compiles its templates and opens
   its caches on its first requests, which is not what a running server does.
4. Count the CPU time the server's processes spent per request (from /proc): on a
   machine shared with other work, latency measures the neighbours too; CPU time
   per request measures our code.

The static twin is the floor of the stack: same server, same bytes, no Django
view. The ratio shows what our code costs.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from ._setup import production_env

SETS_UP_DJANGO = True  # everything Django runs in child processes with their own DATA_DIR

SCALE = float(os.environ.get("BENCH_SCALE", "0.1"))
SMALL_SCALE = float(os.environ.get("BENCH_SMALL_SCALE", min(0.1, SCALE / 10)))
SECONDS = int(os.environ.get("BENCH_SECONDS", "10"))
WARMUP = int(os.environ.get("BENCH_WARMUP", "3"))
# One connection per core by default: the latency of a loaded server, not of a queue.
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", os.cpu_count() or 2))
PROJECT = Path(__file__).resolve().parents[2]

WRK_SCRIPT = """
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format("BENCH %d %d %d %d %d %d %d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    summary.errors.status, errors))
end
"""


def _transferhub(*args: str, env: dict[str, str]) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "transferhub.cli", *args],
        env=env,
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise RuntimeError(f"transferhub {' '.join(args)} ist fehlgeschlagen:\n{result.stderr}")
    return result.stdout


def install(data_dir: Path, scale: float) -> tuple[dict[str, str], float]:
    """Migrate and generate into data_dir; return the environment and the seconds generate took."""
    env = production_env(data_dir)
    _transferhub("migrate", "--noinput", env=env)
    _transferhub("collectstatic", "--noinput", "-v0", env=env)  # DEBUG=0 pages need the manifest
    started = time.monotonic()
    _transferhub("generate", "--scale", str(scale), "--seed", "1", "-v0", env=env)
    return env, time.monotonic() - started


def prepare(env: dict[str, str]) -> dict:
    """Run _prepare_pages() in a Django process on env's database."""
    result = subprocess.run(
        [sys.executable, "-m", "transferhub.bench.web", "--prepare"],
        env=env,
        cwd=PROJECT,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise RuntimeError(f"Seiten vorbereiten ist fehlgeschlagen:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _prepare_pages() -> dict:
    """Log in, choose the pages, count their queries and sizes (runs inside Django)."""
    import django

    django.setup()
    from urllib.parse import urlsplit

    from django.contrib.auth.models import Group, User
    from django.db import connection
    from django.db.models import Count
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from transferhub.decisions.models import Task
    from transferhub.meetings.models import Meeting
    from transferhub.network.permissions import SECRETARIAT_GROUP

    user = User.objects.get_or_create(username="bench-geschaeftsstelle")[0]
    user.groups.add(Group.objects.get_or_create(name=SECRETARIAT_GROUP)[0])
    client = Client()
    client.force_login(user)

    meeting = (
        Meeting.objects.filter(state=Meeting.State.MINUTES_APPROVED)
        .annotate(n=Count("agenda_items"))
        .order_by("-n", "-date")
        .first()
    )
    busiest_body = (
        Task.objects.values("body_id").annotate(n=Count("id")).order_by("-n").first()["body_id"]
    )
    pages: list[dict] = [
        {"name": "Sitzung (Tagesordnung, Protokoll)", "path": f"/sitzungen/{meeting.pk}/"},
        {
            "name": "Aufgaben, gefiltert (Gremium, offen)",
            "path": f"/aufgaben/?body={busiest_body}&status=open_any",
        },
        {"name": "Beschlüsse, Suche „Glossar“", "path": "/beschluesse/?q=Glossar"},
    ]
    oparl = {"name": "OParl: Sitzungen eines Gremiums", "path": None}
    try:
        system = client.get("/oparl/v1/system")
        if system.status_code == 200:
            bodies = client.get(urlsplit(system.json()["body"]).path)
            first = bodies.json()["data"][0]
            parts = urlsplit(first["meeting"])
            oparl["path"] = parts.path + (f"?{parts.query}" if parts.query else "")
        else:
            oparl["note"] = f"/oparl/v1/system antwortet {system.status_code}: nicht gemessen"
    except (ValueError, KeyError, IndexError) as e:
        oparl["note"] = f"OParl-Liste nicht gefunden ({type(e).__name__}): nicht gemessen"
    pages.append(oparl)
    pages.append(_supplier_page())
    planned = (
        Meeting.objects.filter(body_id=busiest_body, state=Meeting.State.PLANNED)
        .order_by("-date", "-start_time", "-pk")
        .first()
    )
    pages.append(
        {
            # Lists the body's open tasks from before the meeting: the 25 most pressing.
            "name": "Geplante Sitzung des Gremiums mit den meisten Aufgaben",
            "path": f"/sitzungen/{planned.pk}/" if planned else None,
            "note": "keine geplante Sitzung dieses Gremiums: nicht gemessen",
        }
    )
    pages.append(
        {
            "name": "Protokoll als PDF",
            "path": reverse("protocols:protocol_pdf", args=[meeting.pk]),
        }
    )

    for page in pages:
        if not page["path"]:
            continue
        client.get(page["path"])  # warm-up: session, content types, template loading
        with CaptureQueriesContext(connection) as queries:
            response = client.get(page["path"])
        page["status"] = response.status_code
        page["bytes"] = len(response.content)
        page["queries"] = len(queries.captured_queries)
        page["content_type"] = response.headers.get("Content-Type", "")
    session = client.cookies["sessionid"].value
    return {"pages": pages, "cookie": f"sessionid={session}"}


def _supplier_page() -> dict:
    """The supplier search with a word and three filters that find something (as the web UI)."""
    from urllib.parse import urlencode

    from django.urls import reverse

    from transferhub.suppliers.search import search_suppliers

    query = {"q": "Drehteile", "seal_status": "valid"}
    first = (
        search_suppliers(query, protected=True).values_list("federal_state", "size_class").first()
    )
    if first:
        query.update(state=first[0], size=first[1])
    return {
        "name": "Lieferantensuche (Wort, Siegelstatus, Bundesland, Größe)",
        "path": f"{reverse('suppliers:search')}?{urlencode(query)}",
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`transferhub serve` on a loopback port, stopped with SIGTERM on exit."""

    def __init__(self, env: dict[str, str], log: Path):
        self.env, self.log, self.port = env, log, free_port()
        self.base = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Server:
        self.logfile = self.log.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "transferhub.cli", "serve", "--host", "127.0.0.1"]
            + ["--port", str(self.port)],
            env=self.env,
            cwd=PROJECT,
            stdout=self.logfile,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Server beendet: {self.log.read_text()[-2000:]}")
            try:
                urllib.request.urlopen(self.base + "/anmelden/", timeout=2).read()
                return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.3)
        raise RuntimeError("Der Server antwortet nicht.")

    def cpu_seconds(self) -> float | None:
        """CPU time (user + system) the server and its workers spent so far; None off Linux."""
        total, ticks = 0, os.sysconf("SC_CLK_TCK")
        try:
            pids = [self.process.pid]  # the command, gunicorn, its workers: a tree
            for pid in pids:
                children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
                pids += [int(p) for p in children]
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                total += int(fields[11]) + int(fields[12])  # utime, stime
        except (OSError, ValueError, IndexError):
            return None
        return total / ticks

    def __exit__(self, *exc) -> None:
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.logfile.close()


def measure(url: str, cookie: str | None, script: Path, server: Server | None = None) -> dict:
    """Load url for WARMUP, then SECONDS with CONNECTIONS connections; latencies in ms.

    With a server, also the server's CPU milliseconds per request ("cpu_ms", None if unknown).
    """
    if WARMUP:
        _load(url, cookie, script, WARMUP)
    before = server.cpu_seconds() if server else None
    result = _load(url, cookie, script, SECONDS)
    after = server.cpu_seconds() if server else None
    result["cpu_ms"] = (
        (after - before) * 1000 / result["requests"]
        if before is not None and after is not None and result["requests"]
        else None
    )
    return result


def _load(url: str, cookie: str | None, script: Path, seconds: int) -> dict:
    if shutil.which("wrk"):
        args = ["wrk", f"-t{min(CONNECTIONS, 2)}", f"-c{CONNECTIONS}", f"-d{seconds}s"]
        args += ["--timeout", "10s", "-s", str(script)]
        if cookie:
            args += ["-H", f"Cookie: {cookie}"]
        out = subprocess.run([*args, url], capture_output=True, text=True, check=True).stdout
        line = next(x for x in out.splitlines() if x.startswith("BENCH "))
        n, duration, p50, p95, p99, bad_status, errors = map(int, line.split()[1:])
        return {
            "rps": n / (duration / 1e6),
            "p50": p50 / 1000,
            "p95": p95 / 1000,
            "p99": p99 / 1000,
            "errors": bad_status + errors,
            "requests": n,
        }
    return _measure_python(url, cookie, seconds)


def _measure_python(url: str, cookie: str | None, seconds: int = SECONDS) -> dict:
    """A small threaded client: the fallback when wrk is not installed."""
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    headers = {"Cookie": cookie} if cookie else {}
    deadline = time.monotonic() + seconds

    def worker():
        nonlocal errors
        while time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(urllib.request.Request(url, headers=headers)) as r:
                    r.read()
                    ok = r.status < 400
            except (urllib.error.URLError, ConnectionError):
                ok = False
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                latencies.append(elapsed)
                errors += not ok

    threads = [threading.Thread(target=worker) for _ in range(CONNECTIONS)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    q = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else latencies * 99
    return {
        "rps": len(latencies) / (time.monotonic() - started),
        "p50": q[49],
        "p95": q[94],
        "p99": q[98],
        "errors": errors,
        "requests": len(latencies),
    }


def _machine() -> str:
    cpu = "?"
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines():
            if line.startswith("Model name:"):
                cpu = line.split(":", 1)[1].strip()
    except OSError:
        pass
    return f"{os.cpu_count()} cores ({cpu}), load average before the run {_load_average()}"


def _span(values: list[float]) -> str:
    return f"{min(values):.1f}–{max(values):.1f}" if values else "–"


def _load_average() -> str:
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def run() -> str:
    tool = "wrk" if shutil.which("wrk") else "Python client (wrk not installed)"
    with tempfile.TemporaryDirectory(prefix="transferhub-bench-") as tmp:
        tmp = Path(tmp)
        machine = _machine()
        print(f"Generating scale {SCALE} and {SMALL_SCALE} …", flush=True)
        env, generate_seconds = install(tmp / "main", SCALE)
        small_env, _small_seconds = install(tmp / "small", SMALL_SCALE)
        info = prepare(env)
        small = {p["name"]: p for p in prepare(small_env)["pages"]}

        static_dir = Path(env["DATA_DIR"]) / "static" / "bench"
        static_dir.mkdir(parents=True, exist_ok=True)
        for i, page in enumerate(info["pages"]):
            if page["path"]:
                page["static"] = f"/static/bench/page-{i}.html"
                (static_dir / f"page-{i}.html").write_bytes(b"x" * page["bytes"])
        script = tmp / "report.lua"
        script.write_text(WRK_SCRIPT)

        rows, notes, loads = [], [], []
        with Server(env, tmp / "server.log") as server:
            for page in info["pages"]:
                if not page["path"]:
                    notes.append(f"{page['name']}: {page.get('note', 'nicht gemessen')}")
                    continue
                if page["status"] != 200:
                    notes.append(f"{page['name']}: status {page['status']} in the test client")
                print(f"Measuring {page['name']} …", flush=True)
                ours = measure(server.base + page["path"], info["cookie"], script, server)
                floor = measure(server.base + page["static"], None, script, server)
                if ours["errors"] or floor["errors"]:
                    notes.append(
                        f"{page['name']}: {ours['errors']} failed requests "
                        f"(floor: {floor['errors']})"
                    )
                loads.append(os.getloadavg()[0])
                small_queries = small.get(page["name"], {}).get("queries", "–")
                rows.append(
                    [
                        f"{page['name']} `{page['path']}`",
                        f"{page['bytes'] / 1024:.0f} KB",
                        small_queries,
                        page["queries"],
                        f"{ours['rps']:.0f}",
                        f"{ours['p50']:.1f}",
                        f"{ours['p95']:.1f}",
                        f"{ours['p99']:.1f}",
                        f"{ours['cpu_ms']:.1f}" if ours["cpu_ms"] is not None else "–",
                        f"{floor['rps']:.0f}",
                        f"{floor['p95']:.1f}",
                        f"{ours['p95'] / floor['p95']:.0f}×" if floor["p95"] else "–",
                    ]
                )

    from transferhub.bench.__main__ import markdown_table

    table = markdown_table(
        [
            "Page",
            "Size",
            f"SQL @{SMALL_SCALE:g}",
            f"SQL @{SCALE:g}",
            "req/s",
            "p50 ms",
            "p95 ms",
            "p99 ms",
            "server CPU ms/req",
            "floor req/s",
            "floor p95 ms",
            "p95 / floor",
        ],
        rows,
    )
    workers = 2 * (os.cpu_count() or 1) + 1
    head = (
        f"Scale {SCALE:g} (generated in {generate_seconds:.0f} s), SQLite (WAL), DEBUG=0, "
        f"`transferhub serve` = gunicorn with {workers} sync workers, logged in as the "
        f"secretariat; {tool}, {CONNECTIONS} connections, {SECONDS} s per URL on loopback "
        f"after {WARMUP} s of warm-up. Machine: {machine}, at the end {_load_average()}; "
        f"1-minute load average after each page {_span(loads)}. "
        "Floor: the same server sending a static file of the same size (WhiteNoise). "
        "Server CPU ms/req: CPU time of gunicorn and its workers per request (less "
        "dependent on other load on the machine than the latencies)."
    )
    return "\n\n".join(
        [head, table, *([("Notes:\n" + "\n".join(f"- {n}" for n in notes))] if notes else [])]
    )


if __name__ == "__main__":
    if sys.argv[1:] == ["--prepare"]:
        print(json.dumps(_prepare_pages()))
    else:
        print(run())

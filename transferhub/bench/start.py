"""Start and login (`python -m transferhub.bench start`).

Starts `transferhub serve` (gunicorn, production settings) on the demo data in a fresh
DATA_DIR, BENCH_START_ROUNDS (3) times, and measures:

- the first request of every fresh worker: as many simultaneous first requests to the
  home page as there are workers, once the server sends a static file (which the
  workers answer without loading the URLconf);
- a login (POST of the login form with the demo password), the first one (which may
  rehash a password stored with older argon2 parameters) and the next ones.
"""

from __future__ import annotations

import http.cookiejar
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

from transferhub.bench._setup import production_env
from transferhub.bench.web import PROJECT, _machine, _transferhub, free_port

SETS_UP_DJANGO = True  # the server runs in child processes with their own DATA_DIR
ROUNDS = 3
WORKERS = 2
DEMO_PASSWORD = "demo-transferhub"


def _wait_for_static(base: str, process: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("Der Server wurde beendet, bevor er antwortete.")
        try:
            urllib.request.urlopen(base + "/static/js/htmx.min.js", timeout=1).read()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("Der Server antwortet nicht.")


def _first_requests(base: str) -> list[float]:
    """One simultaneous first request per worker; milliseconds each."""
    times: list[float] = []

    def get():
        started = time.perf_counter()
        urllib.request.urlopen(base + "/", timeout=30).read()
        times.append((time.perf_counter() - started) * 1000)

    threads = [threading.Thread(target=get) for _ in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return times


def _login(base: str, username: str) -> float:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    url = base + "/anmelden/"
    html = opener.open(url, timeout=30).read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    data = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token, "username": username, "password": DEMO_PASSWORD}
    ).encode()
    request = urllib.request.Request(url, data=data, headers={"Referer": url})
    started = time.perf_counter()
    response = opener.open(request, timeout=30)
    response.read()
    elapsed = (time.perf_counter() - started) * 1000
    if response.geturl().rstrip("/").endswith("/anmelden"):
        raise RuntimeError(f"Anmeldung von {username} ist fehlgeschlagen.")
    return elapsed


def run() -> list[tuple[str, str]]:
    firsts: list[float] = []
    first_logins: list[float] = []
    logins: list[float] = []
    ready: list[float] = []
    users = ["geschaeftsstelle", "leitung", "mitglied", "betrieb", "beratung", "einkauf"]
    with tempfile.TemporaryDirectory(prefix="transferhub-bench-start-") as tmp:
        env = production_env(Path(tmp))
        env["WEB_CONCURRENCY"] = str(WORKERS)
        _transferhub("migrate", "--noinput", env=env)
        _transferhub("load-instruments", env=env)
        _transferhub("demo", env=env)
        for round_number in range(ROUNDS):
            port = free_port()
            base = f"http://127.0.0.1:{port}"
            started = time.perf_counter()
            process = subprocess.Popen(
                [sys.executable, "-m", "transferhub.cli", "serve", "--port", str(port)],
                env=env,
                cwd=PROJECT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            try:
                _wait_for_static(base, process)
                ready.append(time.perf_counter() - started)
                firsts += _first_requests(base)
                user = users[round_number % len(users)]
                first_logins.append(_login(base, user))
                logins += [_login(base, user) for _ in range(5)]
            finally:
                process.terminate()
                process.wait(timeout=30)
    return [
        (
            "Server bereit (Start bis erste statische Datei), Median",
            f"{statistics.median(ready):.1f} s",
        ),
        (
            f"erste Anfrage je frischem Worker ({WORKERS} gleichzeitig, {ROUNDS} Starts), max",
            f"{max(firsts):.0f} ms (Median {statistics.median(firsts):.0f} ms)",
        ),
        ("erste Anmeldung je Start (neues Passwort-Hashing), max", f"{max(first_logins):.0f} ms"),
        (
            "Anmeldung, p95 / Median",
            f"{sorted(logins)[int(0.95 * (len(logins) - 1))]:.0f} / {statistics.median(logins):.0f} ms",
        ),
        ("argon2id", "m = 19 MiB, t = 2, p = 1 (OWASP-Minimum)"),
        ("Rechner", _machine()),
    ]

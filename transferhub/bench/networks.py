"""Benchmark the networks' public pages (`python -m transferhub.bench networks`).

1. In a throwaway SQLite database (DATA_DIR in a temporary directory) with production
   settings (DEBUG=0): `generate` at BENCH_SCALE (default 1: 200 bodies, 5,000 meetings,
   ..., 21 networks, 2,000 events, 100,000 registrations).
2. Through the Django test client in this process, anonymous: after BENCH_WARMUP (10)
   requests, each page BENCH_REQUESTS (200) times. Each figure is the time the view took
   in the server process, one request at a time: p50/p95 of the wall clock and the
   median CPU time (on a shared machine CPU time is the steadier figure).
3. Count the SQL queries of one request of each page.

Target (issue 16): p95 under 50 ms at scale 1.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from ._setup import setup_production

SETS_UP_DJANGO = True
SCALE = float(os.environ.get("BENCH_SCALE", "1"))
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "200"))
WARMUP = int(os.environ.get("BENCH_WARMUP", "10"))
TARGET_MS = 50


def _pages() -> list[tuple[str, str]]:
    from django.utils import timezone

    from transferhub.events.models import Event
    from transferhub.network.models import Network

    regional = Network.objects.filter(kind=Network.Kind.REGIONAL).order_by("pk").first()
    event = Event.objects.public().filter(network=regional, ends_at__gte=timezone.now()).first()
    event = event or Event.objects.public().filter(network=regional).first()
    return [
        ("network list (/netzwerke/)", "/netzwerke/"),
        ("network list, state filter", "/netzwerke/?land=RP"),
        ("regional network website", f"/netzwerke/{regional.slug}/"),
        ("federal network website", "/netzwerke/offensive-mittelstand/"),
        (
            "event page with registration form",
            f"/netzwerke/{regional.slug}/veranstaltungen/{event.pk}/",
        ),
        ("contact form", f"/netzwerke/{regional.slug}/kontakt/"),
        ("events feed (.ics)", "/veranstaltungen/feed.ics"),
    ]


def _p(values: list[float], percent: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[percent - 1]


def run() -> list[tuple[str, str]]:
    with tempfile.TemporaryDirectory(prefix="bench-networks-") as directory:
        setup_production(Path(directory))
        from django.db import connection
        from django.test import Client

        from transferhub.lib.db import refresh_planner_statistics
        from transferhub.lib.generate import generate

        started = time.perf_counter()
        generate(scale=SCALE)
        refresh_planner_statistics()
        rows = [(f"generate --scale {SCALE:g}", f"{time.perf_counter() - started:.0f} s")]
        client = Client()
        for label, url in _pages():
            for _n in range(WARMUP):
                assert client.get(url).status_code == 200, url
            queries: list[str] = []

            def count(execute, sql, *args, seen=queries):
                seen.append(sql)
                return execute(sql, *args)

            with connection.execute_wrapper(count):
                response = client.get(url)
            wall, cpu = [], []
            for _n in range(REQUESTS):
                start, start_cpu = time.perf_counter(), time.process_time()
                client.get(url)
                wall.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)
            p95 = _p(wall, 95)
            verdict = "met" if p95 < TARGET_MS else "MISSED"
            rows.append(
                (
                    f"{label} ({len(response.content) // 1024} KB, {len(queries)} SQL)",
                    f"p50 {_p(wall, 50):.1f} ms, p95 {p95:.1f} ms, CPU {statistics.median(cpu):.1f} ms"
                    f" — target p95 < {TARGET_MS} ms {verdict}",
                )
            )
        return rows

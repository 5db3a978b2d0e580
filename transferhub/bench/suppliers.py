"""Benchmark the supplier search on 100,000 generated suppliers (`python -m transferhub.bench.suppliers`).

Builds a throwaway SQLite database in a temporary directory (never the real
one), bulk-creates the suppliers and their seals with the data generator, then
times the search with full text and three filters through the real view, and
counts the SQL queries a result page costs.

`BENCH_DATABASE_URL=postgres://...` runs it on an EMPTY throwaway PostgreSQL
database instead (migrated and filled here; never point it at real data).
"""

import os
import statistics
import tempfile
import time
from pathlib import Path

N_SUPPLIERS = int(os.environ.get("BENCH_SUPPLIERS", "100000"))
RUNS = int(os.environ.get("BENCH_RUNS", "40"))

# Search requests: full text plus three filters, varied so the query cache does not flatter.
SEARCHES = [
    {"q": "blech", "state": "NW", "size": "small", "seal_status": "valid"},
    {"q": "logistik", "plz": "8", "industry": "C", "lksg": "on"},
    {"q": "montage", "state": "BY", "seal": "safety", "size": "medium"},
    {"q": "müller", "plz": "52", "industry": "25", "seal_status": "valid"},
    {"q": "it-service", "state": "BE", "size": "micro", "sort": "-modified"},
]


def _setup_database(directory: Path) -> None:
    os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL") or (
        f"sqlite:///{directory / 'bench.sqlite3'}"
    )
    os.environ["DATA_DIR"] = str(directory)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "transferhub.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    # Lets the benchmark read response.context (to check a page has 50 rows); mails stay local.
    setup_test_environment()

    call_command("migrate", verbosity=0, interactive=False)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run() -> dict:
    """Generate the suppliers, time the searches, print and return the figures."""
    with tempfile.TemporaryDirectory(prefix="th-bench-suppliers-") as tmp:
        _setup_database(Path(tmp))
        import random

        from django.contrib.auth.models import User
        from django.db import connection
        from django.test import Client
        from django.test.utils import CaptureQueriesContext

        from transferhub.suppliers.generate import generate_suppliers
        from transferhub.suppliers.models import Purchaser, Seal, Supplier

        if Supplier.objects.exists():
            raise SystemExit("The benchmark database must be empty.")
        started = time.perf_counter()
        generate_suppliers(N_SUPPLIERS, random.Random(1))
        build_seconds = time.perf_counter() - started
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        load_before = os.getloadavg()[0]

        user = User.objects.create_user("bench-purchaser")
        Purchaser.objects.create(user=user, organisation_name="Benchmark AG")
        client = Client()
        client.force_login(user)

        timings: dict[str, list[float]] = {"anonymous": [], "purchaser": []}
        anonymous = Client()
        for who, c in (("anonymous", anonymous), ("purchaser", client)):
            c.get("/lieferanten/", SEARCHES[0])  # warm up
            for i in range(RUNS):
                params = {**SEARCHES[i % len(SEARCHES)], "page": 1 + i % 3}
                t0 = time.perf_counter()
                response = c.get("/lieferanten/", params)
                timings[who].append((time.perf_counter() - t0) * 1000)
                assert response.status_code == 200, response.status_code

        queries = {}
        # "ag": a short word, found as a word (the legal form AG) in one supplier of six.
        for label, params in (("page 1", {"q": "ag"}), ("page 40", {"q": "ag", "page": 40})):
            with CaptureQueriesContext(connection) as ctx:
                response = client.get("/lieferanten/", params)
            assert len(response.context["suppliers"]) == 50
            queries[label] = len(ctx.captured_queries)
        with CaptureQueriesContext(connection) as ctx:
            client.get("/lieferanten/", {"q": "nichtvorhanden"})
        queries["no hits"] = len(ctx.captured_queries)

        figures = {
            "database": connection.vendor,
            "load_average": (round(load_before, 1), round(os.getloadavg()[0], 1)),
            "suppliers": Supplier.objects.count(),
            "seals": Seal.objects.count(),
            "build_seconds": round(build_seconds, 1),
            "runs": RUNS,
            **{
                f"{who}_p50_ms": round(statistics.median(values), 1)
                for who, values in timings.items()
            },
            **{
                f"{who}_p95_ms": round(_percentile(values, 0.95), 1)
                for who, values in timings.items()
            },
            "queries_per_page": queries,
        }
    print(
        f"Supplier search benchmark ({figures['database']}, full text + three filters, 50 per page)"
    )
    print(
        f"  suppliers: {figures['suppliers']:,}  seals: {figures['seals']:,}  "
        f"generated in {figures['build_seconds']} s"
    )
    load = figures["load_average"]
    print(
        f"  load average (1 min) before/after timing: {load[0]} / {load[1]} on {os.cpu_count()} CPUs"
    )
    for who in ("anonymous", "purchaser"):
        print(
            f"  {who:<10} p50 {figures[f'{who}_p50_ms']:>7} ms   p95 {figures[f'{who}_p95_ms']:>7} ms"
            f"   ({RUNS} requests through the view)"
        )
    print("  SQL queries per result page:", ", ".join(f"{k}: {v}" for k, v in queries.items()))
    return figures


if __name__ == "__main__":
    run()

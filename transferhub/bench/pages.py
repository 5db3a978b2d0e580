"""CPU per request of the hot pages, in one process, and where it goes (a profiler's view).

    DATA_DIR=... DEBUG=0 python -m transferhub.bench.pages [--requests N] [--profile PAGE]

Runs on the database DATA_DIR points at (generate it first: `transferhub generate
--scale 1`), with the Django test client in this process: no server, no network, so the
figure is our code's CPU time per request (process time, median of N requests after
warm-up) and its SQL count. The pages are those of `bench web` (a meeting, the task
register, the decision search, the OParl meeting list, the supplier search) plus the
"logged-in overhead": the same small page (the login page, which reads no data) for an
anonymous and a logged-in visitor. `--profile PAGE` (a number from the table, or
"all") prints cProfile's top functions by cumulative CPU time for that page
(`--sort tottime`: by their own time). The meeting page and the OParl meeting list keep
their parts in the cache, keyed by the meetings' content stamps, and the registers their
filter forms, keyed by what the form shows, so the figures are those of a page read
again; `--no-cache` runs with Django's dummy cache instead: every request renders
everything, as the first one after a change does.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import statistics
import time


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--profile", default="", help="page number (1, 2, …) or 'all'")
    parser.add_argument("--top", type=int, default=45)
    parser.add_argument(
        "--sort", default="cumulative", help="cProfile order: cumulative or tottime (own time)"
    )
    parser.add_argument(
        "--no-cache", action="store_true", help="every request renders all (no cached parts)"
    )
    args = parser.parse_args(argv)

    from transferhub.bench.web import _prepare_pages

    prepared = _prepare_pages()  # sets Django up, logs the bench user in, chooses the pages
    if args.no_cache:
        from django.test.utils import override_settings

        dummy = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
        override_settings(CACHES=dummy).enable()
    from django.db import connections
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    logged_in = Client()
    logged_in.cookies["sessionid"] = prepared["cookie"].split("=", 1)[1]
    pages = [
        (p["name"], p["path"], logged_in)
        for p in prepared["pages"]
        if p["path"] and "pdf" not in p.get("content_type", "")
    ]
    pages += [
        ("Anmeldeseite, anonym", "/anmelden/", Client()),
        ("Anmeldeseite, angemeldet", "/anmelden/", logged_in),
    ]
    print(f"{'#':>2} {'page':<58} {'status':>6} {'SQL':>4} {'CPU ms p50':>10} {'min':>6}")
    for number, (name, path, client) in enumerate(pages, 1):
        for _ in range(3):
            response = client.get(path)
        with CaptureQueriesContext(connections["default"]) as queries:
            response = client.get(path)
        sql = len(queries.captured_queries)  # read now: the next request empties the log
        times = []
        for _ in range(args.requests):
            started = time.process_time()
            client.get(path)
            times.append((time.process_time() - started) * 1000)
        print(
            f"{number:>2} {name[:58]:<58} {response.status_code:>6} "
            f"{sql:>4} {statistics.median(times):>10.1f} "
            f"{min(times):>6.1f}"
        )
        if args.profile in (str(number), "all"):
            profile = cProfile.Profile(time.process_time)
            profile.enable()
            for _ in range(args.requests):
                client.get(path)
            profile.disable()
            out = io.StringIO()
            pstats.Stats(profile, stream=out).sort_stats(args.sort).print_stats(args.top)
            print(out.getvalue())


if __name__ == "__main__":
    main()

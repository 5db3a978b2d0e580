"""CPU per request of the hot pages, in one process, and where it goes (a profiler's view).

    DATA_DIR=... DEBUG=0 python -m transferhub.bench.pages [--requests N] [--profile PAGE]

Runs on the database DATA_DIR points at (generate it first: `transferhub generate
--scale 1`), with the Django test client in this process: no server, no network, so the
figure is our code's CPU time per request (process time, median of N requests after
warm-up) and its SQL count. The pages are those of `bench web` (a meeting, the task
register, the decision search, the OParl meeting list, the supplier search, the planned
meeting of the body with the most tasks, which lists its open tasks), an item's recording
page (the item with the most decisions of the largest held meeting: the load test's
largest page, its forms open; `python -m transferhub.bench.load_kinds --profile read_item`
profiles the load test's own), plus the
"logged-in overhead": the same small page (the login page, which reads no data) for an
anonymous and a logged-in visitor, and their difference (session, user, roles, the
account menu). `--profile PAGE` (a number from the table, or
"all") prints cProfile's top functions by cumulative CPU time for that page
(`--sort tottime`: by their own time). The meeting page and the OParl meeting list keep
their parts in the cache, keyed by the meetings' content stamps, and the registers their
filter forms, keyed by what the form shows, so the figures are those of a page read
again; `--no-cache` runs with Django's dummy cache instead: every request renders
everything, as the first one after a change does. `--writes` adds the meeting page read
after a decision on one of its items, after a minutes text and after a change to the
meeting itself (each write not timed; all rolled back at the end).

`--serve` measures the same pages through a real server instead: `transferhub serve`
with `--workers` (2) gunicorn workers on this database, loaded by wrk (or a small
Python client when wrk is missing) with `--connections` (2, one per core) for
`--seconds` (10) per page after 3 s of warm-up; it prints p50/p95/p99, requests per
second, the server's CPU per request and the load average beside each page.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import shutil
import statistics
import tempfile
import time
from pathlib import Path


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
    parser.add_argument(
        "--writes",
        action="store_true",
        help="also the meeting page after a decision, a minutes text, a meeting change",
    )
    parser.add_argument(
        "--serve", action="store_true", help="latency through `transferhub serve` and wrk"
    )
    parser.add_argument("--workers", type=int, default=2, help="with --serve: gunicorn workers")
    parser.add_argument("--connections", type=int, default=2, help="with --serve: at once")
    parser.add_argument("--seconds", type=int, default=10, help="with --serve: per page")
    args = parser.parse_args(argv)
    if args.serve:
        serve(workers=args.workers, connections=args.connections, seconds=args.seconds)
        return

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
    item = busiest_open_item()
    if item is not None:  # the load test's largest page: an item's recording page
        pages.append(("Punkt einer Sitzung (Protokoll, Formulare)", item, logged_in))
    pages += [
        ("Anmeldeseite, anonym", "/anmelden/", Client()),
        ("Anmeldeseite, angemeldet", "/anmelden/", logged_in),
    ]
    print(f"{'#':>2} {'page':<58} {'status':>6} {'SQL':>4} {'CPU ms p50':>10} {'min':>6}")
    medians: dict[str, float] = {}
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
        medians[name] = statistics.median(times)
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
    if args.writes:
        for name, times, sql, status in after_writes(logged_in, args.requests):
            number += 1
            print(
                f"{number:>2} {name[:58]:<58} {status:>6} {sql:>4} "
                f"{statistics.median(times):>10.1f} {min(times):>6.1f}"
            )
    overhead = medians["Anmeldeseite, angemeldet"] - medians["Anmeldeseite, anonym"]
    print(f"   logged-in overhead (the login page logged in less anonymous): {overhead:.1f} ms")
    print(f"   load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def busiest_open_item() -> str | None:
    """The recording page of the item with the most decisions of the held meeting (or one
    with draft minutes) with the most items: its forms are open, as the load test's are."""
    from django.db.models import Count

    from transferhub.meetings.models import AgendaItem, Meeting

    open_states = (Meeting.State.HELD, Meeting.State.MINUTES_DRAFT)
    item = (
        AgendaItem.objects.filter(meeting__state__in=open_states)
        .annotate(n=Count("decisions"))
        .order_by("-n", "meeting_id", "order")
        .first()
    )
    return f"/sitzungen/{item.meeting_id}/punkte/{item.pk}/" if item else None


def after_writes(client, requests: int):
    """(name, CPU ms of each request, SQL, status) of the meeting page read after each write.

    On the held meeting (or one with draft minutes) with the most items, as the secretariat:
    each request follows a write of its kind, not timed, that the page must show: a decision
    on the item with the most decisions (that item's section is rendered again), a minutes
    text (the same), or a change to the meeting (the whole agenda part). All in one
    transaction that is rolled back: the database stays as it was.
    """
    from django.db import connection, transaction
    from django.db.models import Count
    from django.test.utils import CaptureQueriesContext

    from transferhub.decisions.services import decision_record
    from transferhub.meetings.content import meeting_content_changed
    from transferhub.meetings.models import Meeting
    from transferhub.meetings.services import minutes_record

    open_states = (Meeting.State.HELD, Meeting.State.MINUTES_DRAFT)
    meeting = (
        Meeting.objects.filter(state__in=open_states)
        .select_related("body")
        .annotate(n=Count("agenda_items"))
        .order_by("-n", "pk")
        .first()
    )
    item = meeting.agenda_items.annotate(n=Count("decisions")).order_by("-n", "order").first()
    item.meeting = meeting
    counter = iter(range(10**6))
    writes = {
        "Sitzung nach einem Beschluss zu einem Punkt": lambda: decision_record(
            meeting=meeting, agenda_item=item, text=f"Bench-Beschluss {next(counter)}."
        ),
        "Sitzung nach einem Protokolltext zu einem Punkt": lambda: minutes_record(
            item=item, minutes=f"Bench-Protokoll {next(counter)}."
        ),
        "Sitzung nach einer Änderung der Sitzung (ganzer Teil)": lambda: meeting_content_changed(
            meeting.pk
        ),
    }
    path = meeting.get_absolute_url()
    with transaction.atomic():
        for name, write in writes.items():
            for _ in range(3):
                write()
                client.get(path)
            write()
            with CaptureQueriesContext(connection) as queries:
                status = client.get(path).status_code
            # Counted now: captured_queries slices the connection's log when read, and the
            # next request empties the log (the rows printed 0 when it was read at the end).
            sql = len(queries.captured_queries)
            times = []
            for _ in range(requests):
                write()
                started = time.process_time()
                client.get(path)
                times.append((time.process_time() - started) * 1000)
            yield f"{name} ({meeting.pk})", times, sql, status
        transaction.set_rollback(True)


def serve(*, workers: int, connections: int, seconds: int) -> None:
    """p50/p95 of the pages through `transferhub serve` on DATA_DIR's database, loaded by wrk."""
    from transferhub.bench import web
    from transferhub.bench._setup import production_env

    env = production_env(Path(os.environ["DATA_DIR"]))  # one secret key for login and server
    env["WEB_CONCURRENCY"] = str(workers)
    web.CONNECTIONS, web.SECONDS = connections, seconds
    info = web.prepare(env)
    tool = "wrk" if shutil.which("wrk") else "Python client"
    print(
        f"{workers} workers, {connections} connections, {seconds} s a page ({tool}); "
        f"load average before: {web._load_average()}"
    )
    print(f"{'page':<58} {'req/s':>6} {'p50':>6} {'p95':>6} {'p99':>6} {'CPU ms':>6} {'load':>5}")
    with tempfile.TemporaryDirectory(prefix="transferhub-pages-") as tmp:
        script = Path(tmp) / "report.lua"
        script.write_text(web.WRK_SCRIPT)
        with web.Server(env, Path(tmp) / "server.log") as server:
            for page in info["pages"]:
                if not page["path"] or "pdf" in page.get("content_type", ""):
                    continue
                result = web.measure(server.base + page["path"], info["cookie"], script, server)
                cpu = f"{result['cpu_ms']:.1f}" if result["cpu_ms"] is not None else "–"
                errors = f"  {result['errors']} errors" if result["errors"] else ""
                print(
                    f"{page['name'][:58]:<58} {result['rps']:>6.0f} {result['p50']:>6.1f} "
                    f"{result['p95']:>6.1f} {result['p99']:>6.1f} {cpu:>6} "
                    f"{os.getloadavg()[0]:>5.2f}{errors}",
                    flush=True,
                )


if __name__ == "__main__":
    main()

"""Benchmark the recording page (Protokollieren) of a 30-item meeting and its autosave.

    python -m transferhub.bench recording

1. In a throwaway SQLite database (DATA_DIR in a temporary directory, never the
   developer's var/) with production settings (DEBUG=0): load the seed network and
   meeting (network.demo), copy its items into a meeting of BENCH_ITEMS (30) items with
   minutes on every item, the seed's presenters, decisions and tasks
   (bench.protocols.large_meeting), and one file per item.
2. Through the Django test client in this process, logged in as the secretariat:
   after BENCH_WARMUP (10) requests, load the page BENCH_REQUESTS (200) times, and
   autosave an item's minutes as the page's script does (POST with minutes and
   version, header X-Autosave: 1, JSON answer) as often. Each figure is the time
   the view took in the server process (no network, one request at a time):
   p50/p95 of the wall clock and the median CPU time (on a machine shared with other
   work the wall clock measures the neighbours too; CPU time measures our code).
3. Count the SQL queries of one page and of one autosave.

Targets (issue 12): page p95 under 60 ms, autosave under 30 ms server time.
BENCH_PROFILE=1 prints the 25 functions of 50 page loads with the most own time (cProfile).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

from ._setup import setup_production

SETS_UP_DJANGO = True  # run() points Django at its own DATA_DIR first

ITEMS = int(os.environ.get("BENCH_ITEMS", "30"))
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "200"))
WARMUP = int(os.environ.get("BENCH_WARMUP", "10"))
PROFILE = os.environ.get("BENCH_PROFILE", "") not in ("", "0")
PAGE_TARGET_MS = 60
AUTOSAVE_TARGET_MS = 30


def _build(items: int):
    """The seed meeting copied into `items` items with minutes, plus one file per item."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from transferhub.bench.protocols import large_meeting
    from transferhub.meetings.services import attachment_add, attendance_add
    from transferhub.network.demo import demo_load

    meeting = large_meeting(demo_load(), items)
    # The list at the door: two thirds of the members present, one guest.
    members = {m.person for m in meeting.body.current_memberships().select_related("person")}
    for person in sorted(members, key=lambda p: p.pk)[: len(members) * 2 // 3]:
        attendance_add(meeting=meeting, person=person)
    attendance_add(meeting=meeting, guest_name="Gerda Gast")
    pdf = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n"
    for item in meeting.agenda_items.exclude(kind="break").order_by("order"):
        attachment_add(
            meeting=meeting,
            agenda_item=item,
            file=SimpleUploadedFile(
                f"Folien TOP {item.number}.pdf", pdf, content_type="application/pdf"
            ),
        )
    meeting.refresh_from_db()
    return meeting


def _client():
    from django.contrib.auth.models import Group, User
    from django.test import Client

    from transferhub.network.permissions import SECRETARIAT_GROUP

    user = User.objects.create_user("bench-geschaeftsstelle")
    user.groups.add(Group.objects.get_or_create(name=SECRETARIAT_GROUP)[0])
    client = Client()
    client.force_login(user)
    return client


def _timed(func, rounds: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds of each of `rounds` calls."""
    wall, cpu = [], []
    for _ in range(rounds):
        start, start_cpu = time.perf_counter(), time.process_time()
        func()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return wall, cpu


def _p(values: list[float], percent: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[percent - 1]


def _queries(func) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as ctx:
        func()
    return len(ctx.captured_queries)


def _profile(func, rounds: int = 50) -> None:
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(rounds):
        func()
    profiler.disable()
    print(f"\ncProfile, {rounds} page loads, by own time:\n")
    pstats.Stats(profiler).sort_stats(os.environ.get("BENCH_PROFILE_SORT", "tottime")).print_stats(
        os.environ.get("BENCH_PROFILE_FILTER", ""), 25
    )
    if os.environ.get("BENCH_PROFILE_CALLEES"):
        pstats.Stats(profiler).sort_stats("cumulative").print_callees(
            os.environ["BENCH_PROFILE_CALLEES"]
        )


def _row(label: str, wall: list[float], cpu: list[float], target: int) -> tuple[str, str]:
    p95 = _p(wall, 95)
    verdict = "met" if p95 < target else "MISSED"
    return (
        label,
        f"p50 {_p(wall, 50):.1f} ms, p95 {p95:.1f} ms, CPU median {statistics.median(cpu):.1f} ms"
        f" (target p95 < {target} ms: {verdict})",
    )


def run() -> list[tuple[str, str]]:
    with tempfile.TemporaryDirectory(prefix="transferhub-bench-recording-") as tmp:
        setup_production(Path(tmp))
        from django.urls import reverse

        from transferhub.meetings.models import AgendaItem

        started = time.perf_counter()
        meeting = _build(ITEMS)
        build_seconds = time.perf_counter() - started
        client = _client()
        page_url = reverse("meetings:record", args=[meeting.pk])
        numbered = list(meeting.agenda_items.exclude(kind="break").order_by("order"))
        item = numbered[len(numbered) // 2]
        minutes_url = reverse("meetings:record_minutes", args=[meeting.pk, item.pk])
        load_before = os.getloadavg()[0]

        def page():
            response = client.get(page_url)
            assert response.status_code == 200, response.status_code
            return response

        state = {"version": AgendaItem.objects.get(pk=item.pk).version, "n": 0}
        base_text = f"{item.minutes}\n\nErgänzung"

        def post(text):
            return client.post(
                minutes_url,
                {
                    "minutes": text,
                    "version": state["version"],
                    "status": "discussed",
                    "public_sent": "1",
                    "public": "on",
                },
                headers={"X-Autosave": "1"},
            )

        def autosave():
            # What the script sends while someone types: the whole text, a bit longer each time.
            state["n"] += 1
            response = post(f"{base_text} {state['n']}.")
            data = response.json()
            assert response.status_code == 200 and data["ok"], (response.status_code, data)
            state["version"] = data["version"]

        for _ in range(WARMUP):
            page()
            autosave()
        size = len(page().content)
        page_queries = _queries(page)
        autosave_queries = _queries(autosave)
        page_wall, page_cpu = _timed(page, REQUESTS)
        save_wall, save_cpu = _timed(autosave, REQUESTS)
        load_after = os.getloadavg()[0]
        counts = {
            "items": meeting.agenda_items.exclude(kind="break").count(),
            "decisions": meeting.decisions.count(),
            "tasks": meeting.tasks.count(),
            "presenters": sum(i.presentations.count() for i in numbered),
            "attachments": meeting.attachments.count(),
            "attendances": meeting.attendances.count(),
        }
        if PROFILE:
            _profile(page)
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    print(
        f"Recording page of a meeting of {counts['items']} items ({ITEMS} and the approval of "
        "the previous minutes), Django test client in one process, "
        f"DEBUG=0, SQLite; {REQUESTS} requests each after {WARMUP} warm-up rounds. "
        f"{os.cpu_count()} cores ({cpu}), load average {load_before:.1f} before / "
        f"{load_after:.1f} after.\n",
        flush=True,
    )
    return [
        ("meeting", ", ".join(f"{n} {what}" for what, n in counts.items())),
        ("built in", f"{build_seconds:.1f} s"),
        _row(f"recording page ({size / 1024:.0f} KB)", page_wall, page_cpu, PAGE_TARGET_MS),
        ("SQL queries, recording page", str(page_queries)),
        _row("autosave round trip (server time)", save_wall, save_cpu, AUTOSAVE_TARGET_MS),
        ("SQL queries, autosave", str(autosave_queries)),
    ]


if __name__ == "__main__":
    for label, value in run():
        print(f"{label}: {value}")

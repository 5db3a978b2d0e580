"""SIGKILL in the middle of a bulk import: whole meetings or none, and a rerun does the rest.

`protocol_store` writes one file in one transaction, so a killed
`transferhub import-protocol` leaves the files before it complete and nothing
of the file it was reading; the rerun refuses the imported ones as duplicates.
"""

import json
import os
import signal
import time
import uuid
from pathlib import Path

import pytest

from transferhub.lib.testing.install import fresh_install
from transferhub.lib.testing.minutes import PEOPLE, write_minutes

# Real servers and processes: run once per `make test`, on the production database.
pytestmark = pytest.mark.system

FILES = 30
KILL_AFTER = 4  # imported meetings seen before the kill
IMPORTED = "SELECT COUNT(*) FROM meetings_meeting WHERE source_sha256 <> ''"
COUNTS = ("items", "decisions", "tasks", "participants")
NAMES = [name.split() for _title, name, _org in PEOPLE]

SNAPSHOT = """
from pathlib import Path

from transferhub.meetings.models import Meeting
from transferhub.network.models import Person

meetings = Meeting.objects.filter(source_text__contains=params["run"]).order_by("pk")
result = {
    "meetings": [
        {
            "name": Path(m.source_name).name, "sha": m.source_sha256, "state": m.state,
            "items": m.agenda_items.count(), "decisions": m.decisions.count(),
            "tasks": m.tasks.count(), "participants": m.attendances.count(),
        }
        for m in meetings
    ],
    # The people the minutes name are added with the first meeting that names them.
    "people": [
        Person.objects.filter(given_name=given, family_name=family).count()
        for given, family in params["people"]
    ],
}
"""


@pytest.fixture
def install(tmp_path):
    with fresh_install(tmp_path / "install") as install:
        yield install


def read_counts(install, paths: list[Path]) -> dict[str, dict[str, int]]:
    """What the reader makes of each file (`import-protocol --dry-run --json`)."""
    results = json.loads(install.command("import-protocol", "--dry-run", "--json", *paths).stdout)
    return {
        Path(r["source"]["path"]).name: {
            "items": len(r["agenda"]) + len(r["breaks"]),
            "decisions": sum(len(i["decisions"]) for i in r["agenda"]),
            "tasks": sum(len(i["tasks"]) for i in r["agenda"]),
            "participants": len(r["participants"]),
        }
        for r in results
    }


def assert_whole(snapshot: dict, expected: dict[str, dict[str, int]]) -> None:
    for meeting in snapshot["meetings"]:
        got = {k: meeting[k] for k in COUNTS}
        assert got == expected[meeting["name"]], f"half meeting {meeting['name']}: {got}"
        assert meeting["state"] == "minutes_draft"
    assert max(snapshot["people"]) == 1, "someone was added twice"


def test_a_killed_bulk_import_leaves_whole_meetings_and_a_rerun_imports_the_rest(install, tmp_path):
    run = f"IMPORT{uuid.uuid4().hex[:6].upper()}"
    files = write_minutes(tmp_path / "minutes", FILES, marker=run)
    paths = [str(path) for path, _ in files]
    expected = read_counts(install, paths)
    # The generator and the reader agree on every file.
    assert expected == {m.name: {k: getattr(m, k) for k in COUNTS} for _, m in files}
    before = install.scalar(IMPORTED)

    process = install.start("import-protocol", "--body", "AG Transfer", *paths)
    deadline = time.monotonic() + 180
    while install.scalar(IMPORTED) - before < KILL_AFTER:
        assert process.poll() is None, "the import ended before it could be killed"
        assert time.monotonic() < deadline, "the import made no progress"
        time.sleep(0.01)
    os.killpg(process.pid, signal.SIGKILL)
    assert process.wait() == -signal.SIGKILL

    killed = install.query(SNAPSHOT, {"run": run, "people": NAMES})
    done = {m["name"] for m in killed["meetings"]}
    print(f"\nImport killed after {len(done)} of {FILES} files")
    assert KILL_AFTER <= len(done) < FILES
    assert_whole(killed, expected)

    rerun = install.command(
        "import-protocol", "--body", "AG Transfer", *paths, check=False, env={"COLUMNS": "400"}
    )
    assert rerun.returncode == 0  # the files stored before are skipped, none refused
    skipped = [line for line in rerun.stdout.splitlines() if "bereits importiert" in line]
    assert len(skipped) == len(done)
    assert all(any(name in line for line in skipped) for name in done)

    final = install.query(SNAPSHOT, {"run": run, "people": NAMES})
    assert sorted(m["name"] for m in final["meetings"]) == sorted(expected)
    assert len({m["sha"] for m in final["meetings"]}) == FILES
    assert install.scalar(IMPORTED) - before == FILES
    assert_whole(final, expected)

"""Secretaries uploading minutes at the same moment: one meeting per file, no error.

On PostgreSQL two transactions run side by side (SQLite writes one at a time),
so this is where "already imported" checks and register numbers are put to it.
"""

import threading
import uuid

import pytest

from transferhub.lib.testing.install import fresh_install
from transferhub.lib.testing.load import Recorder, User, prepare
from transferhub.lib.testing.minutes import minutes
from transferhub.lib.testing.server import Server

# Real servers and processes: run once per `make test`, on the production database.
pytestmark = pytest.mark.system

USERS = 4
ROUNDS = 3

COUNTS = """
from django.db.models import Count
from transferhub.decisions.models import Decision
from transferhub.meetings.models import Meeting
from transferhub.network.models import Organisation

imported = Meeting.objects.filter(source_text__contains=params)
result = {
    "per_file": sorted(imported.values("source_sha256").annotate(n=Count("id")).values_list("n", flat=True)),
    "decisions": Decision.objects.filter(meeting__in=imported).count(),
    "organisations": Organisation.objects.filter(name__startswith="Gastinstitut").count(),
}
"""


@pytest.fixture(scope="module")
def install(tmp_path_factory):
    with fresh_install(tmp_path_factory.mktemp("install")) as install:
        yield install


@pytest.fixture(scope="module")
def users(install):
    """USERS secretaries logged in to a server with as many workers (one server for the module)."""
    target = prepare(install, USERS)
    bodies = install.query(
        "from transferhub.network.models import Body\n"
        "result = list(Body.objects.filter(name__in=['AG Transfer', 'FG Arbeitsschutz'])"
        ".values_list('pk', flat=True))"
    )
    server = Server(install, workers=USERS)
    server.start()
    users = [User(n, server.url, target, "PARALLEL", Recorder()) for n in range(USERS)]
    for user in users:
        user.login()
    yield users, bodies
    server.stop()
    assert not [code for code in server.statuses() if code >= 500], server.log_tail()


def upload_at_once(users, files: list[tuple[str, str, int]]) -> list[str]:
    """Each user uploads its (name, text, body) at the same moment; return the pages."""
    barrier = threading.Barrier(len(users))
    responses = [None] * len(users)

    def upload(index: int):
        name, text, body = files[index]
        barrier.wait()
        responses[index] = users[index].post(
            "import",
            "/protokolle/import/",
            {"body": body},
            files=[("files", (name, text.encode(), "text/markdown"))],
        )

    threads = [threading.Thread(target=upload, args=(i,)) for i in range(len(users))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [r and r.status_code for r in responses] == [200] * len(users)
    return [r.text for r in responses]


def test_the_same_file_uploaded_at_once_becomes_one_meeting(install, users):
    users, bodies = users
    run = f"GLEICH{uuid.uuid4().hex[:6].upper()}"
    for round_ in range(ROUNDS):
        text = minutes(round_, marker=f"{run}-{round_}").text
        pages = upload_at_once(users, [("gleich.md", text, bodies[0])] * USERS)
        assert sum("1 von 1 Dateien wurden als Entwurf gespeichert." in p for p in pages) == 1
        assert sum("Diese Datei wurde bereits importiert" in p for p in pages) == USERS - 1
    counts = install.query(COUNTS, run)
    assert counts["per_file"] == [1] * ROUNDS


def test_different_files_at_once_are_all_imported_with_their_decisions(install, users):
    users, bodies = users
    run = f"VERSCHIEDEN{uuid.uuid4().hex[:6].upper()}"
    expected_decisions = 0
    for round_ in range(ROUNDS):
        files = []
        for n in range(USERS):
            m = minutes(n, marker=f"{run}-{round_}-{n}")
            # A guest nobody knows yet, with an organisation nobody knows yet, in every file.
            guest = f"- Gustav Gast{round_} (Gastinstitut {round_})\n"
            text = m.text.replace("Teilnehmende:\n", "Teilnehmende:\n" + guest)
            files.append((f"{run}-{round_}-{n}.md", text, bodies[n % 2]))
            expected_decisions += m.decisions
        pages = upload_at_once(users, files)
        failed = [p for p in pages if "1 von 1 Dateien wurden als Entwurf gespeichert." not in p]
        assert not failed, failed[0][failed[0].find("import-error") :][:600]
    counts = install.query(COUNTS, run)
    assert counts["per_file"] == [1] * (ROUNDS * USERS)
    assert counts["decisions"] == expected_decisions
    assert counts["organisations"] == ROUNDS

"""Many files or a ZIP: the web import runs as a background job with progress on its page.

The job runs the way other job tests run theirs: the test backend is immediate, and the
job is enqueued after the commit (django_capture_on_commit_callbacks executes it).
"""

import datetime as dt
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from transferhub.decisions.models import Decision, Task
from transferhub.lib.testing.minutes import minutes
from transferhub.meetings.models import Meeting
from transferhub.network.demo import SEED
from transferhub.protocols import imports
from transferhub.protocols.imports import import_run_process, zip_bytes
from transferhub.protocols.models import ImportFile, ImportRun

IMPORT = reverse("protocols:import")


def _minutes_files(count: int, marker: str) -> list[SimpleUploadedFile]:
    files = []
    for n in range(count):
        m = minutes(n, marker=marker)
        files.append(SimpleUploadedFile(m.name, m.text.encode()))
    return files


def _text(response) -> str:
    html = response.content.decode()
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def _counts():
    return (
        Meeting.objects.count(),
        Decision.objects.count(),
        Task.objects.count(),
        ImportRun.objects.count(),
    )


def _status(client, run) -> str:
    return _text(client.get(reverse("protocols:import_run_status", args=[run.pk])))


def test_many_files_run_as_a_job_and_a_refused_file_is_named_with_its_reason(
    client_as, people, django_capture_on_commit_callbacks
):
    client = client_as("secretariat")
    files = _minutes_files(5, "web") + [
        SimpleUploadedFile("kaputt.pdf", b"%PDF-1.4 garbage \x00\x01\x02"),
    ]
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(IMPORT, {"files": files})
    assert len(callbacks) == 1  # the job, enqueued after the commit
    run = ImportRun.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("protocols:import_run", args=[run.pk])
    page = client.get(response["Location"])
    text = _text(page)
    assert "6 von 6 Dateien verarbeitet" in text and "fertig" in text
    assert "Gespeichert: 5 · bereits importiert: 0 · abgelehnt: 1" in text
    assert "kaputt.pdf abgelehnt Das PDF ist beschädigt und kann nicht gelesen werden." in text
    assert Meeting.objects.filter(source_sha256__gt="").count() == 5
    assert 'hx-trigger="every 1s"' not in page.content.decode()  # done: no more polling
    stored = ImportFile.objects.filter(run=run, outcome="stored")
    assert stored.count() == 5 and all(f.meeting_id for f in stored)
    assert not any(bytes(f.data) for f in ImportFile.objects.filter(run=run))  # bytes dropped
    for meeting in Meeting.objects.filter(source_sha256__gt=""):
        assert reverse("protocols:import_review", args=[meeting.pk]) in page.content.decode()


def test_the_page_polls_its_status_until_the_job_is_done(client_as, people):
    client = client_as("secretariat")
    # Without executing the commit callbacks the job has not run yet: it waits in the queue.
    response = client.post(IMPORT, {"files": _minutes_files(7, "poll")})
    run = ImportRun.objects.get()
    page = client.get(response["Location"]).content.decode()
    assert 'hx-get="{}"'.format(reverse("protocols:import_run_status", args=[run.pk])) in page
    assert 'hx-trigger="every 1s"' in page
    assert "0 von 7 Dateien verarbeitet" in _status(client, run)
    assert "wartet darauf, dass der Hintergrunddienst ihn aufnimmt" in _status(client, run)
    import_run_process(run_id=run.pk)
    status = client.get(reverse("protocols:import_run_status", args=[run.pk])).content.decode()
    assert "hx-trigger" not in status
    text = _text(client.get(reverse("protocols:import_run_status", args=[run.pk])))
    assert "7 von 7 Dateien verarbeitet" in text and "Dateien/s" in text
    assert "Gespeichert: 7" in text


def test_a_zip_of_minutes_is_imported_and_a_picture_in_it_is_refused(
    client_as, people, django_capture_on_commit_callbacks
):
    members = {f"2023/{f.name}": f.read() for f in _minutes_files(3, "zip")}
    members["2023/foto.png"] = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    archive = SimpleUploadedFile("protokolle.zip", zip_bytes(members))
    client = client_as("secretariat")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(IMPORT, {"files": archive})
    text = _text(client.get(response["Location"]))
    assert "4 von 4 Dateien verarbeitet" in text
    assert "2023/foto.png abgelehnt Dieser Dateityp wird nicht unterstützt" in text
    assert Meeting.objects.filter(source_sha256__gt="").count() == 3


def test_importing_the_same_files_again_stores_nothing_twice(
    client_as, people, django_capture_on_commit_callbacks
):
    client = client_as("secretariat")
    members = {f.name: f.read() for f in _minutes_files(4, "again")}
    with django_capture_on_commit_callbacks(execute=True):
        client.post(IMPORT, {"files": SimpleUploadedFile("a.zip", zip_bytes(members))})
    meetings = Meeting.objects.filter(source_sha256__gt="").count()
    decisions = Decision.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(IMPORT, {"files": SimpleUploadedFile("b.zip", zip_bytes(members))})
    text = _text(client.get(response["Location"]))
    assert "Gespeichert: 0 · bereits importiert: 4 · abgelehnt: 0" in text
    assert "Diese Datei wurde bereits importiert" in text
    assert Meeting.objects.filter(source_sha256__gt="").count() == meetings == 4
    assert Decision.objects.count() == decisions
    # The job run once more on the same run (a rerun after a worker's death) changes nothing.
    import_run_process(run_id=ImportRun.objects.order_by("-pk").first().pk)
    assert Meeting.objects.filter(source_sha256__gt="").count() == 4


def test_a_worker_dying_midway_loses_nothing_and_a_rerun_goes_on(
    client_as, people, monkeypatch, django_capture_on_commit_callbacks
):
    client = client_as("secretariat")
    client.post(IMPORT, {"files": _minutes_files(6, "kill")})
    run = ImportRun.objects.get()
    real_store = imports.protocol_store
    calls = []

    def dies_on_the_third(result, **kwargs):
        calls.append(result["source"]["path"])
        if len(calls) == 3:
            raise KeyboardInterrupt  # the worker killed while storing the third file
        return real_store(result, **kwargs)

    monkeypatch.setattr(imports, "protocol_store", dies_on_the_third)
    with pytest.raises(KeyboardInterrupt):
        import_run_process(run_id=run.pk)
    outcomes = list(ImportFile.objects.filter(run=run).values_list("outcome", flat=True))
    assert outcomes == ["stored", "stored", "pending", "pending", "pending", "pending"]
    assert Meeting.objects.filter(source_sha256__gt="").count() == 2  # no half third meeting
    # Minutes later the page says the import does not go on and offers to resume it.
    ImportRun.objects.filter(pk=run.pk).update(heartbeat=timezone.now() - dt.timedelta(minutes=5))
    assert "Import fortsetzen" in _status(client, run)
    monkeypatch.setattr(imports, "protocol_store", real_store)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("protocols:import_run_resume", args=[run.pk]))
    assert response.status_code == 302
    text = _status(client, run)
    assert "6 von 6 Dateien verarbeitet" in text and "Gespeichert: 6" in text
    assert Meeting.objects.filter(source_sha256__gt="").count() == 6


def test_too_many_files_are_refused_with_a_german_sentence_and_nothing_kept(
    client_as, people, settings
):
    settings.PROTOCOL_IMPORT_MAX_FILES = 6
    before = _counts()
    response = client_as("secretariat").post(IMPORT, {"files": _minutes_files(7, "many")})
    assert response.status_code == 200
    assert "Ein Import nimmt höchstens 6 Dateien auf" in _text(response)
    assert _counts() == before
    members = {f"{n}.md": b"x" for n in range(7)}
    response = client_as("secretariat").post(
        IMPORT, {"files": SimpleUploadedFile("viele.zip", zip_bytes(members))}
    )
    assert "Ein Import nimmt höchstens 6 Dateien auf" in _text(response)
    assert _counts() == before


def test_a_zip_bomb_is_refused_before_anything_is_unpacked(client_as, people):
    bomb = zip_bytes({"protokoll.txt": b"\x00" * (20 * 1024 * 1024)})
    assert len(bomb) < 100_000
    before = _counts()
    response = client_as("secretariat").post(
        IMPORT, {"files": SimpleUploadedFile("archiv.zip", bomb)}
    )
    assert response.status_code == 200
    assert "Verdacht auf eine ZIP-Bombe" in _text(response)
    assert _counts() == before


def test_files_too_large_together_are_refused(client_as, people, settings):
    settings.PROTOCOL_IMPORT_MAX_TOTAL_BYTES = 5000
    before = _counts()
    response = client_as("secretariat").post(IMPORT, {"files": _minutes_files(8, "big")})
    assert "Die Dateien sind zusammen (ZIP-Archive entpackt) größer als" in _text(response)
    assert _counts() == before


def test_a_file_that_is_no_minutes_is_refused_with_its_reason_and_stores_nothing(
    client_as, people, django_capture_on_commit_callbacks
):
    members = {"einkaufsliste.txt": "Milch\nBrot\nÄpfel\n".encode(), "leer.md": b""}
    client = client_as("secretariat")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(IMPORT, {"files": SimpleUploadedFile("x.zip", zip_bytes(members))})
    text = _text(client.get(response["Location"]))
    assert "Gespeichert: 0 · bereits importiert: 0 · abgelehnt: 2" in text
    assert "einkaufsliste.txt abgelehnt" in text and "leer.md abgelehnt Die Datei ist leer." in text
    assert not Meeting.objects.exists()


def test_a_damaged_zip_is_refused(client_as, people):
    response = client_as("secretariat").post(
        IMPORT, {"files": SimpleUploadedFile("kaputt.zip", b"PK\x03\x04" + b"\x00" * 200)}
    )
    assert "Das ZIP-Archiv „kaputt.zip“ ist beschädigt" in _text(response)
    assert not ImportRun.objects.exists()


@pytest.mark.parametrize("role", ["member", "chair", "outsider"])
def test_only_the_secretariat_sees_a_run(client_as, people, role):
    run = ImportRun.objects.create(total=0)
    client = client_as(role)
    for name in ("protocols:import_run", "protocols:import_run_status"):
        assert client.get(reverse(name, args=[run.pk])).status_code == 403
    assert client.post(reverse("protocols:import_run_resume", args=[run.pk])).status_code == 403


def test_the_seed_in_a_zip_becomes_the_same_draft_as_uploaded_alone(
    client_as, people, django_capture_on_commit_callbacks
):
    members = {"seed.txt": SEED.read_bytes()}
    client = client_as("secretariat")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(IMPORT, {"files": SimpleUploadedFile("seed.zip", zip_bytes(members))})
    meeting = Meeting.objects.get(source_name="seed.txt")
    assert meeting.agenda_items.count() == 10
    assert Decision.objects.filter(meeting=meeting).count() == 5


# The worker closes its database connection between jobs; on PostgreSQL that would end a
# test wrapped in a transaction, so this test commits (as the worker command's tests do).
@pytest.mark.django_db(transaction=True)
def test_the_worker_puts_a_run_a_killed_worker_left_back_and_finishes_it(
    client_as, people, settings, monkeypatch, capsys
):
    from django.core.management import call_command
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    client_as("secretariat").post(IMPORT, {"files": _minutes_files(6, "worker")})
    run = ImportRun.objects.get()
    job = DBTaskResult.objects.get()
    assert job.status == "READY" and job.task_path.endswith("imports.import_run_job")
    # A worker took the job and was killed while storing the third file.
    real_store = imports.protocol_store
    calls = []

    def killed_on_the_third(result, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real_store(result, **kwargs)

    monkeypatch.setattr(imports, "protocol_store", killed_on_the_third)
    with pytest.raises(KeyboardInterrupt):
        import_run_process(run_id=run.pk)
    monkeypatch.setattr(imports, "protocol_store", real_store)
    DBTaskResult.objects.filter(pk=job.pk).update(
        status="RUNNING", started_at=timezone.now() - dt.timedelta(hours=2)
    )
    assert Meeting.objects.filter(source_sha256__gt="").count() == 2
    call_command("worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    assert "1 neu eingereiht" in capsys.readouterr().err
    job.refresh_from_db()
    assert job.status == "SUCCESSFUL"
    assert Meeting.objects.filter(source_sha256__gt="").count() == 6
    assert set(ImportFile.objects.values_list("outcome", flat=True)) == {"stored"}
    assert ImportRun.objects.get().state == "done"

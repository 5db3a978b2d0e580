"""A backup restores into an empty install and it finds everything."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.db import connection

from transferhub.decisions.models import Decision, Task
from transferhub.lib.backup import find_pg_tool
from transferhub.meetings.models import Attachment, Meeting
from transferhub.meetings.services import attachment_add

from .conftest import fresh_database, plain_env, transferhub

PDF = b"%PDF-1.4\n% Anlage mit Umlauten: \xc3\xa4\xc3\xb6\xc3\xbc\n" + bytes(range(256)) * 40
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100 + b"Bildinhalt"

# In the new install's own process: `restore ARCHIVE` (its report printed first), then what
# the install holds. One process instead of two (restore, then a probe): about 3 s of CPU.
RESTORE_AND_PROBE = """
import hashlib, io, json
from django.core.management import call_command
report = io.StringIO()
call_command("restore", ARCHIVE, stdout=report)
print(report.getvalue())
from django.core.files.storage import storages
from transferhub.decisions.models import Decision, Task
from transferhub.meetings.models import Attachment, Meeting
print(json.dumps({
    "meetings": sorted(Meeting.objects.values_list("name", "date", "state"), key=str),
    "items": sorted(Meeting.objects.values_list("agenda_items__name", "agenda_items__minutes"), key=str),
    "decisions": sorted(str(d) + " " + d.text for d in Decision.objects.select_related("body")),
    "tasks": sorted(Task.objects.values_list("text", flat=True)),
    "attachments": sorted(
        (a.name, a.sha256, hashlib.sha256(storages["default"].open(a.file.name).read()).hexdigest())
        for a in Attachment.objects.all()
    ),
}, default=str))
"""


def snapshot() -> dict:
    import hashlib

    from django.core.files.storage import storages

    return json.loads(
        json.dumps(
            {
                "meetings": sorted(Meeting.objects.values_list("name", "date", "state"), key=str),
                "items": sorted(
                    Meeting.objects.values_list("agenda_items__name", "agenda_items__minutes"),
                    key=str,
                ),
                "decisions": sorted(
                    str(d) + " " + d.text for d in Decision.objects.select_related("body")
                ),
                "tasks": sorted(Task.objects.values_list("text", flat=True)),
                "attachments": sorted(
                    (
                        a.name,
                        a.sha256,
                        hashlib.sha256(storages["default"].open(a.file.name).read()).hexdigest(),
                    )
                    for a in Attachment.objects.all()
                ),
            },
            default=str,
        )
    )


@pytest.fixture
def with_attachments(seed_meeting):
    item = seed_meeting.agenda_items.exclude(kind="break").first()
    attachment_add(meeting=seed_meeting, file=SimpleUploadedFile("Präsentation.pdf", PDF))
    attachment_add(meeting=seed_meeting, agenda_item=item, file=SimpleUploadedFile("foto.png", PNG))
    return seed_meeting


def skip_without_pg_dump():
    if connection.vendor == "postgresql" and not (
        find_pg_tool("pg_dump") and find_pg_tool("pg_restore")
    ):
        pytest.skip(
            "!!! SKIPPED ON POSTGRESQL: pg_dump/pg_restore not found on PATH or in "
            "/usr/lib/postgresql/*/bin — backup/restore is NOT tested on PostgreSQL !!!"
        )


@pytest.mark.django_db(transaction=True)
def test_a_backup_restores_into_an_empty_install_with_everything(
    with_attachments, tmp_path, migrate_install
):
    skip_without_pg_dump()
    before = snapshot()
    assert len(before["attachments"]) == 2 and before["decisions"] and before["tasks"]

    call_command("backup", "--output", str(tmp_path / "sicherungen"), verbosity=0)
    (archive,) = (tmp_path / "sicherungen").glob("transferhub-sicherung-*.tar.gz")
    assert archive.stat().st_mode & 0o077 == 0  # personal data: readable by the owner only

    with fresh_database(plain_env(tmp_path / "neu")) as env:
        migrate_install(env)
        code = RESTORE_AND_PROBE.replace("ARCHIVE", repr(str(archive)))
        probe = transferhub("shell", "-c", code, env=env, check=True)
        assert "wiederhergestellt: 1 Sitzungen, 2 Dateien" in probe.stdout
    after = json.loads(probe.stdout.strip().splitlines()[-1])
    assert after == before
    for name, stored_sum, read_sum in after["attachments"]:
        assert stored_sum == read_sum, name


@pytest.mark.django_db(transaction=True)
def test_restore_with_force_replaces_a_database_that_has_data(with_attachments, tmp_path):
    skip_without_pg_dump()
    before = snapshot()
    call_command("backup", "--output", str(tmp_path), verbosity=0)
    (archive,) = tmp_path.glob("transferhub-sicherung-*.tar.gz")
    Meeting.objects.filter(pk=with_attachments.pk).update(name="Nach der Sicherung geändert")
    Attachment.objects.all().delete()

    call_command("restore", str(archive), "--force", verbosity=0)

    assert snapshot() == before


@pytest.mark.only_on("sqlite")  # the manifest is the same on PostgreSQL; checked once
@pytest.mark.django_db(transaction=True)
def test_backup_lists_every_file_with_its_checksum_in_the_manifest(with_attachments, tmp_path):
    import hashlib
    import tarfile

    call_command("backup", "--output", str(tmp_path), verbosity=0)
    (archive,) = tmp_path.glob("*.tar.gz")
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        for name, entry in manifest["files"].items():
            data = tar.extractfile(name).read()
            assert hashlib.sha256(data).hexdigest() == entry["sha256"]
            assert len(data) == entry["size"]
    media = [n for n in manifest["files"] if n.startswith("media/attachments/")]
    assert len(media) == 2
    assert manifest["database"] == {"vendor": "sqlite", "file": "database.sqlite3"}
    assert manifest["counts"]["meetings.Attachment"] == 2
    assert "meetings" in manifest["migrations"]


@pytest.mark.only_on("sqlite")  # what is kept does not depend on the database
@pytest.mark.django_db(transaction=True)
def test_the_backup_keeps_only_the_newest_archives(tmp_path):
    stranger = tmp_path / "notizen.txt"
    stranger.write_text("bleibt")
    for stamp in ("20260101-020000", "20260102-020000", "20260103-020000"):
        (tmp_path / f"transferhub-sicherung-{stamp}.tar.gz").write_bytes(b"alt")
    out = io.StringIO()
    call_command("backup", "--output", str(tmp_path), "--keep", "2", stdout=out)
    kept = sorted(p.name for p in tmp_path.glob("transferhub-sicherung-*.tar.gz"))
    assert len(kept) == 2 and kept[0] == "transferhub-sicherung-20260103-020000.tar.gz"
    assert stranger.exists()
    assert "2 ältere Sicherung(en) gelöscht" in out.getvalue()


@pytest.mark.django_db
def test_a_negative_keep_is_refused_and_writes_nothing(tmp_path):
    with pytest.raises(CommandError, match="ab 0"):
        call_command("backup", "--output", str(tmp_path), "--keep", "-1")
    assert list(tmp_path.iterdir()) == []

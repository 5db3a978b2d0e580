"""Restore of a missing or damaged archive: exit status 2, one German line, nothing changed."""

import io
import json
import tarfile

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from transferhub.meetings.models import Meeting

from .conftest import transferhub, transferhub_here

# Backups read the database through SQLite's backup API: no test transaction may hold it.
# Only the tests that make a backup commit; a refused path or file never reaches the database.
makes_a_backup = pytest.mark.django_db(transaction=True)


def restore_fails(*args) -> str:
    with pytest.raises(CommandError) as error:
        call_command("restore", *args, verbosity=0)
    assert error.value.returncode == 2
    assert "\n" not in str(error.value)
    return str(error.value)


@pytest.fixture
def archive(seed_meeting, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from transferhub.meetings.services import attachment_add

    attachment_add(meeting=seed_meeting, file=SimpleUploadedFile("a.pdf", b"%PDF-1.4 Inhalt"))
    call_command("backup", "--output", str(tmp_path / "b"), verbosity=0)
    (path,) = (tmp_path / "b").glob("*.tar.gz")
    return path


def unchanged(meeting):
    assert Meeting.objects.get().name == meeting.name
    assert Meeting.objects.get().attachments.count() == 1


def test_it_refuses_a_missing_archive(seed_meeting, tmp_path):
    message = restore_fails(str(tmp_path / "gibt-es-nicht.tar.gz"))
    assert message == f"Die Sicherung „{tmp_path / 'gibt-es-nicht.tar.gz'}“ gibt es nicht."
    assert Meeting.objects.get().pk == seed_meeting.pk


def test_it_refuses_a_file_that_is_no_archive(seed_meeting, tmp_path):
    junk = tmp_path / "kaputt.tar.gz"
    junk.write_bytes(b"das ist keine Sicherung" * 100)
    message = restore_fails(str(junk), "--force")
    assert message == f"Die Datei „{junk}“ ist keine lesbare Transferhub-Sicherung."
    assert Meeting.objects.get().pk == seed_meeting.pk


@makes_a_backup
def test_it_refuses_a_truncated_archive(archive, seed_meeting):
    archive.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    message = restore_fails(str(archive), "--force")
    assert "keine lesbare Transferhub-Sicherung" in message or "beschädigt" in message
    unchanged(seed_meeting)


@makes_a_backup
def test_it_refuses_an_archive_whose_file_does_not_match_its_checksum(archive, seed_meeting):
    with tarfile.open(archive) as tar:
        members = [(m, tar.extractfile(m).read()) for m in tar.getmembers()]
    with tarfile.open(archive, "w:gz") as tar:
        for member, data in members:
            if member.name.startswith("media/"):
                data = data.replace(b"Inhalt", b"Fremdes")
                member.size = len(data)
            tar.addfile(member, io.BytesIO(data))
    message = restore_fails(str(archive), "--force")
    assert message.startswith(f"Die Sicherung „{archive}“ ist beschädigt: media/attachments/")
    unchanged(seed_meeting)


@makes_a_backup
def test_it_refuses_an_archive_without_manifest(archive, seed_meeting):
    with tarfile.open(archive) as tar:
        members = [(m, tar.extractfile(m).read()) for m in tar.getmembers()]
    with tarfile.open(archive, "w:gz") as tar:
        for member, data in members:
            if member.name != "manifest.json":
                tar.addfile(member, io.BytesIO(data))
    assert "keine lesbare Transferhub-Sicherung" in restore_fails(str(archive), "--force")
    unchanged(seed_meeting)


@makes_a_backup
def test_it_refuses_a_database_with_data_without_force(archive, seed_meeting):
    message = restore_fails(str(archive))
    assert (
        message
        == "Die Datenbank ist nicht leer; „restore --force“ ersetzt sie durch die Sicherung."
    )
    unchanged(seed_meeting)


@makes_a_backup
def test_it_refuses_a_backup_of_another_database_kind(archive, seed_meeting):
    with tarfile.open(archive) as tar:
        members = [(m, tar.extractfile(m).read()) for m in tar.getmembers()]
    with tarfile.open(archive, "w:gz") as tar:
        for member, data in members:
            if member.name == "manifest.json":
                manifest = json.loads(data)
                other = "postgresql" if manifest["database"]["vendor"] == "sqlite" else "sqlite"
                manifest["database"]["vendor"] = other
                data = json.dumps(manifest).encode()
                member.size = len(data)
            tar.addfile(member, io.BytesIO(data))
    assert "Die Sicherung stammt aus einer" in restore_fails(str(archive), "--force")
    unchanged(seed_meeting)


def test_the_command_line_shows_one_german_line_and_exits_2(prod_env, tmp_path):
    # One real process (the exit status the shell sees), then the entry point in this one.
    missing = tmp_path / "weg.tar.gz"
    result = transferhub("restore", str(missing), env=prod_env)
    assert result.returncode == 2
    assert result.stderr.strip() == f"Fehler: Die Sicherung „{missing}“ gibt es nicht."
    junk = tmp_path / "junk.tar.gz"
    junk.write_bytes(b"\x1f\x8b kaputt")
    result = transferhub_here("restore", str(junk))
    assert result.returncode == 2
    assert (
        result.stderr.strip()
        == f"Fehler: Die Datei „{junk}“ ist keine lesbare Transferhub-Sicherung."
    )

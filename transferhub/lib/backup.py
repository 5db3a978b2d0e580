"""Back up and restore the database and the uploaded files in one archive.

The archive (`transferhub-sicherung-YYYYMMDD-HHMMSS.tar.gz`) holds the database
(SQLite: a copy made with the online backup API, so the app may keep running;
PostgreSQL: `pg_dump -Fc`), every file under the upload storage as
`media/<path>`, and last `manifest.json` with the sha256 and size of each.
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import zlib
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.files import File
from django.core.files.storage import storages
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from django.utils.translation import gettext as _

FORMAT = 1
MANIFEST = "manifest.json"
DB_FILES = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}
# Tables that hold the network's data: any row here means "not an empty install".
DATA_MODELS = [
    "auth.User",
    "network.Organisation",
    "network.Person",
    "network.Body",
    "meetings.Meeting",
]
COUNTED_MODELS = [
    "network.Body",
    "network.Person",
    "meetings.Meeting",
    "meetings.AgendaItem",
    "meetings.Attachment",
    "decisions.Decision",
    "decisions.Task",
]


class BackupError(Exception):
    """A backup or restore that cannot go on; the message is fit to show a user."""


def database_is_empty() -> bool:
    """Tell whether the database holds no network data (a fresh `migrate` leaves it empty)."""
    return not any(apps.get_model(label).objects.exists() for label in DATA_MODELS)


def is_local(storage) -> bool:
    """Tell whether the storage keeps its files in a directory of this machine."""
    try:
        storage.path("probe")
    except (NotImplementedError, AttributeError):
        return False
    return True


def media_root() -> Path | None:
    """The uploads' directory, or None when they live on object storage (S3_BUCKET)."""
    storage = storages["default"]
    return Path(storage.location) if is_local(storage) else None


def find_pg_tool(name: str) -> str | None:
    """Find pg_dump / pg_restore on PATH, else in Debian's /usr/lib/postgresql/<version>/bin."""
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    return candidates[-1] if candidates else None


def _pg_args(tool: str) -> tuple[list[str], dict]:
    db = connection.settings_dict
    args = [tool, "--dbname", db["NAME"]]
    if db.get("HOST"):
        args += ["--host", db["HOST"]]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", db["USER"]]
    env = {**os.environ, "PGPASSWORD": db.get("PASSWORD") or ""}
    return args, env


def _vendor() -> str:
    if connection.vendor not in DB_FILES:
        raise BackupError(
            _("Sicherungen gibt es nur für SQLite und PostgreSQL, nicht für %(vendor)s.")
            % {"vendor": connection.vendor}
        )
    return connection.vendor


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _refuse_open_transaction() -> None:
    # SQLite's backup API would wait forever for the lock our own open transaction holds.
    if connection.in_atomic_block:
        raise BackupError(
            _("Sicherung und Wiederherstellung laufen nicht innerhalb einer Transaktion.")
        )


def _dump_database(vendor: str, target: Path) -> None:
    if vendor == "sqlite":
        _refuse_open_transaction()
        connection.ensure_connection()
        dest = sqlite3.connect(target)
        try:
            # A consistent copy while others may write (SQLite online backup API).
            connection.connection.backup(dest)
        finally:
            dest.close()
        return
    pg_dump = find_pg_tool("pg_dump")
    if not pg_dump:
        raise BackupError(
            _("pg_dump wurde nicht gefunden (Debian: apt-get install postgresql-client).")
        )
    args, env = _pg_args(pg_dump)
    result = subprocess.run(
        [*args, "--format=custom", "--no-owner", "--no-privileges", "--file", str(target)],
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise BackupError(
            _("pg_dump ist fehlgeschlagen: %(error)s")
            % {"error": result.stderr.strip().splitlines()[-1:] or result.returncode}
        )


def _applied_migrations() -> dict[str, list[str]]:
    applied: dict[str, list[str]] = {}
    for app, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app, []).append(name)
    return applied


def backups_prune(*, output_dir: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` archives in output_dir; return those deleted.

    Only our own archives (transferhub-sicherung-YYYYMMDD-HHMMSS.tar.gz) are counted and
    removed; anything else in the folder stays. keep=0 keeps every archive.
    """
    if keep <= 0:
        return []
    archives = sorted(Path(output_dir).glob("transferhub-sicherung-*.tar.gz"), reverse=True)
    gone = archives[keep:]
    for archive in gone:
        archive.unlink(missing_ok=True)
    return gone


def backup_create(*, output_dir: Path) -> tuple[Path, dict]:
    """Write one archive of database and uploads into output_dir; return its path and manifest."""
    vendor = _vendor()
    output_dir = Path(output_dir)
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise BackupError(
            _("Das Verzeichnis „%(dir)s“ lässt sich nicht anlegen: %(error)s")
            % {"dir": output_dir, "error": e.strerror}
        ) from e
    now = dt.datetime.now()
    final = output_dir / f"transferhub-sicherung-{now:%Y%m%d-%H%M%S}.tar.gz"
    partial = final.with_name(f".{final.name}.partial")
    files: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(dir=output_dir, prefix=".transferhub-backup-") as tmp:
        db_name = DB_FILES[vendor]
        db_path = Path(tmp) / db_name
        _dump_database(vendor, db_path)
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(fd, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz") as tar:
                sources = [(db_name, db_path)]
                root = media_root()
                if root is not None and root.is_dir():
                    for path in sorted(p for p in root.rglob("*") if p.is_file()):
                        sources.append((f"media/{path.relative_to(root).as_posix()}", path))
                for arcname, path in sources:
                    files[arcname] = {"sha256": _sha256(path), "size": path.stat().st_size}
                    tar.add(path, arcname=arcname, recursive=False)
                manifest = {
                    "format": FORMAT,
                    "created": now.astimezone().isoformat(timespec="seconds"),
                    "database": {"vendor": vendor, "file": db_name},
                    "migrations": _applied_migrations(),
                    "counts": {
                        label: apps.get_model(label).objects.count() for label in COUNTED_MODELS
                    },
                    "files": files,
                }
                if root is None:
                    # The bucket keeps its own versions or replicas; we copy the database.
                    manifest["uploads"] = "object storage"
                data = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
                info = tarfile.TarInfo(MANIFEST)
                info.size, info.mtime, info.mode = len(data), int(now.timestamp()), 0o600
                tar.addfile(info, io.BytesIO(data))
            os.replace(partial, final)
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
    return final, manifest


def _unreadable(archive: Path) -> BackupError:
    return BackupError(
        _("Die Datei „%(archive)s“ ist keine lesbare Transferhub-Sicherung.") % {"archive": archive}
    )


def _extract(archive: Path, into: Path) -> dict:
    """Unpack into `into` and check every file against the manifest; return the manifest."""
    try:
        with tarfile.open(archive, mode="r:gz") as tar:
            # The "data" filter refuses absolute paths, "..", links out and devices.
            tar.extractall(into, filter="data")
    except (tarfile.TarError, OSError, EOFError, zlib.error) as e:
        raise _unreadable(archive) from e
    try:
        manifest = json.loads((into / MANIFEST).read_text())
        files = manifest["files"]
        vendor = manifest["database"]["vendor"]
        if manifest.get("format") != FORMAT or vendor not in DB_FILES:
            raise ValueError
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise _unreadable(archive) from e
    present = {p.relative_to(into).as_posix() for p in into.rglob("*") if p.is_file()} - {MANIFEST}
    for name in sorted(set(files) | present):
        path = into / name
        entry = files.get(name)
        if entry is None or not path.is_file() or _sha256(path) != entry.get("sha256"):
            raise BackupError(
                _(
                    "Die Sicherung „%(archive)s“ ist beschädigt: %(name)s stimmt nicht mit der Prüfsumme überein."
                )
                % {"archive": archive, "name": name}
            )
    return manifest


def _restore_database(vendor: str, dump: Path) -> None:
    if vendor == "sqlite":
        _refuse_open_transaction()
        source = sqlite3.connect(dump)
        try:
            connection.close()
            connection.ensure_connection()
            source.backup(connection.connection)
        finally:
            source.close()
        return
    pg_restore = find_pg_tool("pg_restore")
    if not pg_restore:
        raise BackupError(
            _("pg_restore wurde nicht gefunden (Debian: apt-get install postgresql-client).")
        )
    args, env = _pg_args(pg_restore)
    connection.close()
    result = subprocess.run(
        [*args, "--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction"]
        + [str(dump)],
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise BackupError(
            _("pg_restore ist fehlgeschlagen: %(error)s")
            % {"error": " ".join(result.stderr.strip().splitlines()[-1:]) or result.returncode}
        )


def backup_restore(*, archive: Path, force: bool = False) -> dict:
    """Replace the database by the archive's and put its uploads back; return the manifest."""
    archive = Path(archive)
    if not archive.is_file():
        raise BackupError(_("Die Sicherung „%(archive)s“ gibt es nicht.") % {"archive": archive})
    vendor = _vendor()
    root = media_root()
    if root is not None:
        root.mkdir(parents=True, exist_ok=True)
    # Unpack next to the uploads, so that moving them in is a rename on the same disk.
    scratch = root.parent if root is not None else Path(settings.DATA_DIR)
    scratch.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=scratch, prefix=".transferhub-restore-") as tmp:
        tmp = Path(tmp)
        manifest = _extract(archive, tmp)
        source = manifest["database"]["vendor"]
        if source != vendor:
            raise BackupError(
                _(
                    "Die Sicherung stammt aus einer %(source)s-Datenbank; "
                    "diese Installation nutzt %(vendor)s."
                )
                % {"source": source, "vendor": vendor}
            )
        if not force and not database_is_empty():
            raise BackupError(
                _(
                    "Die Datenbank ist nicht leer; „restore --force“ ersetzt sie durch die "
                    "Sicherung."
                )
            )
        _restore_database(vendor, tmp / manifest["database"]["file"])
        for name in manifest["files"]:
            if not name.startswith("media/"):
                continue
            if root is None:
                # Object storage: the same key again, whatever was there before.
                key, storage = name.removeprefix("media/"), storages["default"]
                storage.delete(key)
                with open(tmp / name, "rb") as fh:
                    storage.save(key, File(fh))
                continue
            target = root / name.removeprefix("media/")
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp / name, target)
    return manifest

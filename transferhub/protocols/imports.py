"""Web import of many minutes files (several uploads or one ZIP) as a background job.

The upload is checked and kept in the database (ImportRun, ImportFile), the job is
enqueued after the commit, and the job stores the files one by one, each in its own
transaction together with its outcome. A worker that dies midway leaves every finished
file recorded; the job run again (by `transferhub worker` at its start, or by the
"Fortsetzen" button) goes on with the files still waiting, and a file whose bytes were
imported before is a duplicate, never a second meeting.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
import zipfile
from pathlib import PurePosixPath

from django.conf import settings
from django.db import OperationalError, transaction
from django.db.models import Count, Q
from django.template.defaultfilters import filesizeformat
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task

from transferhub.lib.uploads import MAX_ZIP_MEMBERS, ZipBomb, zip_check

from .models import ImportFile, ImportRun
from .reader import ProtocolReadError, read_protocol
from .services import (
    IMPORT_SUFFIXES,
    ProtocolImportError,
    existing_import,
    import_max_bytes,
    protocol_store,
)

logger = logging.getLogger(__name__)

# Uploads up to this many files (and no ZIP) are read at once in the request.
DIRECT_UP_TO = 5
# A run is stale when no file was finished for this long: the page offers to go on.
STALE_AFTER = dt.timedelta(minutes=2)
JOB_ATTEMPTS = 5
JOB_RETRY_MINUTES = (1, 5, 15, 60)


def max_files() -> int:
    """Files in one run, a ZIP's members counted (setting PROTOCOL_IMPORT_MAX_FILES)."""
    return getattr(settings, "PROTOCOL_IMPORT_MAX_FILES", 1000)


def max_total_bytes() -> int:
    """All files of one run together, a ZIP counted unpacked (PROTOCOL_IMPORT_MAX_TOTAL_BYTES)."""
    return getattr(settings, "PROTOCOL_IMPORT_MAX_TOTAL_BYTES", 200 * 1024 * 1024)


def is_zip(upload) -> bool:
    upload.seek(0)
    head = upload.read(4)
    upload.seek(0)
    return upload.name.lower().endswith(".zip") and head == b"PK\x03\x04"


def runs_in_background(uploads) -> bool:
    """Many files or a ZIP run as a job; a few files are read while the page waits."""
    return len(uploads) > DIRECT_UP_TO or any(is_zip(u) for u in uploads)


def _too_many() -> ProtocolImportError:
    return ProtocolImportError(
        _(
            "Ein Import nimmt höchstens %(limit)s Dateien auf (die Dateien in ZIP-Archiven "
            "mitgezählt). Bitte teilen Sie die Dateien auf mehrere Importe auf."
        )
        % {"limit": max_files()}
    )


def _too_large() -> ProtocolImportError:
    return ProtocolImportError(
        _(
            "Die Dateien sind zusammen (ZIP-Archive entpackt) größer als %(limit)s. "
            "Bitte teilen Sie sie auf mehrere Importe auf."
        )
        % {"limit": filesizeformat(max_total_bytes())}
    )


def _entries(uploads):
    """(name, bytes) of each uploaded file and each file inside an uploaded ZIP, checked."""
    total = 0
    for upload in uploads:
        if is_zip(upload):
            members = _zip_entries(upload, budget=max_total_bytes() - total)
        else:
            if total + upload.size > max_total_bytes():
                raise _too_large()
            upload.seek(0)
            # At most one byte past the limit: enough to say "too large" for this file.
            members = [(upload.name, upload.read(import_max_bytes() + 1))]
        for name, data in members:
            total += len(data)
            if total > max_total_bytes():
                raise _too_large()
            yield name, data


def _zip_entries(upload, *, budget: int):
    """The minutes files of a ZIP, judged by its directory before anything is unpacked."""
    try:
        upload.seek(0)
        archive = zipfile.ZipFile(upload)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ProtocolImportError(
            _("Das ZIP-Archiv „%(name)s“ ist beschädigt und kann nicht gelesen werden.")
            % {"name": upload.name}
        ) from exc
    with archive:
        try:
            zip_check(archive, max_unpacked=max(budget, 0))
        except ZipBomb as exc:
            if str(exc).endswith(" bytes unpacked"):
                raise _too_large() from exc
            if str(exc).endswith(" members"):
                raise _too_many() from exc
            raise ProtocolImportError(
                _(
                    "Das ZIP-Archiv „%(name)s“ würde entpackt ein Vielfaches seiner Größe "
                    "belegen (Verdacht auf eine ZIP-Bombe) und wird nicht angenommen."
                )
                % {"name": upload.name}
            ) from exc
        members = [
            info
            for info in archive.infolist()
            if not info.is_dir()
            and not PurePosixPath(info.filename).name.startswith(".")
            and "__MACOSX/" not in info.filename
        ]
        if len(members) > max_files():
            raise _too_many()
        if not members:
            raise ProtocolImportError(
                _("Das ZIP-Archiv „%(name)s“ enthält keine Dateien.") % {"name": upload.name}
            )
        limit = import_max_bytes()
        for info in members:
            if info.flag_bits & 0x1:
                raise ProtocolImportError(
                    _("Das ZIP-Archiv „%(name)s“ ist verschlüsselt und kann nicht gelesen werden.")
                    % {"name": upload.name}
                )
            with archive.open(info) as member:
                # The directory's size bounds what zipfile yields; read one byte past the
                # file limit at most, to say "too large" for that file.
                yield info.filename[-300:], member.read(limit + 1)


@transaction.atomic
def import_run_create(*, uploads, body=None, actor=None) -> ImportRun:
    """Check the uploads and keep them as a run; the job starts after the commit.

    Too many files, too many bytes or a ZIP bomb refuse the whole upload (nothing kept);
    a single file of a kind we do not read is kept as refused with its reason.
    """
    if len(uploads) > max_files():
        raise _too_many()
    run = ImportRun.objects.create(
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
        body=body,
        language=translation.get_language() or settings.LANGUAGE_CODE,
    )
    position = 0
    for name, data in _entries(uploads):
        position += 1
        if position > max_files():
            raise _too_many()
        ImportFile.objects.create(run=run, position=position, **_checked(name, data))
    run.total = position
    run.save(update_fields=["total"])
    transaction.on_commit(lambda: import_run_job.enqueue(run.pk), robust=True)
    return run


def _checked(name: str, data: bytes) -> dict:
    """The row of one file: waiting with its bytes, or refused at once with the reason."""
    fields = {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    refusal = ""
    if not name.lower().endswith(IMPORT_SUFFIXES):
        refusal = _(
            "Dieser Dateityp wird nicht unterstützt; bitte laden Sie TXT, Markdown, "
            "reStructuredText, PDF, DOCX, ODT, RTF oder HTML hoch."
        )
    elif len(data) > import_max_bytes():
        refusal = _("Die Datei ist größer als %(limit)s und wird nicht gelesen.") % {
            "limit": filesizeformat(import_max_bytes())
        }
    if refusal:
        return {
            **fields,
            "outcome": ImportFile.Outcome.REFUSED,
            "message": refusal,
            "finished_at": timezone.now(),
        }
    return {**fields, "data": data}


# --- The job --------------------------------------------------------------------------------


@task()
def import_run_job(run_id: int, attempt: int = 1) -> dict:
    """Background job: store the waiting files of a run; safe to run again."""
    try:
        return import_run_process(run_id=run_id)
    except OperationalError as exc:  # the database busy or gone for a moment
        if attempt >= JOB_ATTEMPTS:
            logger.error("import run %s: attempt %d failed (%s); giving up.", run_id, attempt, exc)
            raise
        logger.warning("import run %s: attempt %d failed (%s); trying again.", run_id, attempt, exc)
        job = import_run_job
        if job.get_backend().supports_defer:
            delay = dt.timedelta(minutes=JOB_RETRY_MINUTES[attempt - 1])
            job = job.using(run_after=timezone.now() + delay)
        job.enqueue(run_id, attempt=attempt + 1)
        return {"run": run_id, "retry": attempt + 1}


def import_run_process(*, run_id: int) -> dict:
    """Store each waiting file of the run in order; return the counts of outcomes."""
    run = ImportRun.objects.filter(pk=run_id).first()
    if run is None:
        return {"run": run_id, "missing": True}
    with translation.override(run.language):
        ImportRun.objects.filter(pk=run.pk).update(
            state=ImportRun.State.RUNNING,
            started_at=run.started_at or timezone.now(),
            heartbeat=timezone.now(),
        )
        body_name = run.body.name if run.body_id else None
        while True:
            waiting = (
                ImportFile.objects.filter(run=run, outcome=ImportFile.Outcome.PENDING)
                .order_by("position")
                .values_list("pk", flat=True)
                .first()
            )
            if waiting is None:
                break
            _import_one(run, waiting, body_name)
        ImportRun.objects.filter(pk=run.pk).update(
            state=ImportRun.State.DONE, finished_at=timezone.now(), heartbeat=timezone.now()
        )
    return {"run": run.pk, **import_run_counts(run)}


def _import_one(run: ImportRun, file_pk: int, body_name: str | None) -> None:
    """Read one file (outside any transaction: reading is the slow part), then store it
    and its outcome in one transaction."""
    file = ImportFile.objects.only("pk", "name", "data", "sha256").get(pk=file_pk)
    result, refusal = None, ""
    already = existing_import(file.sha256) if file.sha256 else None
    if already is None:
        try:
            result = read_protocol(
                bytes(file.data), filename=file.name, body=body_name, with_text=True
            )
        except ProtocolReadError as exc:
            refusal = _(str(exc))
        except Exception:  # a reader bug: this file is refused, the others go on
            logger.exception("import run %s: reading file %s failed", run.pk, file.pk)
            refusal = _("Das Protokoll konnte wegen eines internen Fehlers nicht gelesen werden.")
    with transaction.atomic():
        # Taking the run's row first: two jobs of one run (a rerun while the first still
        # went on) store one file at a time and never the same file twice.
        ImportRun.objects.select_for_update().filter(pk=run.pk).update(heartbeat=timezone.now())
        if not ImportFile.objects.filter(pk=file.pk, outcome=ImportFile.Outcome.PENDING).exists():
            return
        outcome, meeting, message = ImportFile.Outcome.REFUSED, None, refusal
        if already is not None:
            outcome, meeting, message = _duplicate(already)
        elif result is not None:
            try:
                # protocol_store is atomic itself: a refusal rolls back only its savepoint.
                meeting = protocol_store(
                    result,
                    source_text=result.pop("_text", ""),
                    body_name=body_name,
                    actor=run.created_by,
                )
                outcome, message = ImportFile.Outcome.STORED, ""
            except ProtocolImportError as exc:
                if exc.meeting is not None:
                    outcome, meeting, message = _duplicate(exc.meeting)
                else:
                    message = str(exc)
            except OperationalError:
                raise  # the database busy: the job is tried again, this file still waits
            except Exception:  # a bug while storing: this file is refused, the others go on
                logger.exception("import run %s: storing file %s failed", run.pk, file.pk)
                message = _(
                    "Die Datei konnte wegen eines internen Fehlers nicht gespeichert werden."
                )
        ImportFile.objects.filter(pk=file.pk).update(
            outcome=outcome,
            meeting=meeting,
            message=message,
            data=b"",
            finished_at=timezone.now(),
        )


def _duplicate(meeting) -> tuple[str, object, str]:
    return (
        ImportFile.Outcome.DUPLICATE,
        meeting,
        _("Diese Datei wurde bereits importiert: Sitzung „%(name)s“ vom %(date)s (Nr. %(id)s).")
        % {"name": meeting.name, "date": meeting.date.strftime("%d.%m.%Y"), "id": meeting.pk},
    )


# --- Progress -------------------------------------------------------------------------------


def import_run_counts(run: ImportRun) -> dict:
    outcome = ImportFile.Outcome
    return ImportFile.objects.filter(run=run).aggregate(
        stored=Count("pk", filter=Q(outcome=outcome.STORED)),
        duplicate=Count("pk", filter=Q(outcome=outcome.DUPLICATE)),
        refused=Count("pk", filter=Q(outcome=outcome.REFUSED)),
        pending=Count("pk", filter=Q(outcome=outcome.PENDING)),
    )


def import_run_progress(run: ImportRun) -> dict:
    """n of m, files per second and the time left, as the status fragment shows them."""
    counts = import_run_counts(run)
    done = run.total - counts["pending"]
    rate = None
    seconds_left = None
    if run.started_at and done:
        end = run.finished_at or timezone.now()
        # Files refused at upload count from the start; the rate is of files the job did.
        elapsed = max((end - run.started_at).total_seconds(), 0.001)
        by_job = ImportFile.objects.filter(run=run, finished_at__gte=run.started_at).count()
        rate = by_job / elapsed if by_job else None
        if rate and counts["pending"]:
            seconds_left = counts["pending"] / rate
    stale = (
        run.state != ImportRun.State.DONE
        and counts["pending"] > 0
        and (run.heartbeat or run.created) < timezone.now() - STALE_AFTER
    )
    return {
        **counts,
        "done": done,
        "total": run.total,
        "percent": int(100 * done / run.total) if run.total else 100,
        "rate": rate,
        "seconds_left": seconds_left,
        "finished": counts["pending"] == 0,
        "stale": stale,
    }


def import_run_resume(*, run: ImportRun) -> None:
    """Enqueue the job again for a run whose worker stopped (after the commit)."""
    ImportRun.objects.filter(pk=run.pk).update(heartbeat=timezone.now())
    transaction.on_commit(lambda: import_run_job.enqueue(run.pk), robust=True)


def zip_bytes(members: dict[str, bytes]) -> bytes:
    """A ZIP of the given files (for tests and the benchmark)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


__all__ = [
    "DIRECT_UP_TO",
    "MAX_ZIP_MEMBERS",
    "import_run_create",
    "import_run_job",
    "import_run_process",
    "import_run_progress",
    "import_run_resume",
    "runs_in_background",
]

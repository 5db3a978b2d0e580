"""Check uploaded files by their content, not by the name a browser sends."""

import hashlib
import zipfile
from contextlib import contextmanager

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

# Allowed types: PDF, office documents (OOXML, ODF, legacy OLE) and images.
_SIGNATURES = [
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage"),
]
_OOXML = {
    "word/": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xl/": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ppt/": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}


# A zip archive (an office document) is judged by its directory before anything is unpacked:
# reading a member never yields more than the size the directory declares (zipfile stops
# there), so these bound the work. Real documents unpack to a few times their size; a 1 MB
# .odt whose "mimetype" inflated to 1 GiB cost a worker 2.2 GB and 14 s before this.
MAX_ZIP_MEMBERS = 10_000
MAX_ZIP_UNPACKED_BYTES = 200 * 1024 * 1024  # all members together
MAX_ZIP_RATIO = 100  # unpacked : packed, for a member past ZIP_RATIO_FROM bytes
ZIP_RATIO_FROM = 1024 * 1024
_ODF_MIMETYPE_BYTES = 100  # "application/vnd.oasis.opendocument.presentation" has 46


class UploadRejected(Exception):
    """An upload we refuse; the message is fit to show the user."""


class ZipBomb(ValueError):
    """A zip archive whose directory declares more than we unpack."""


def zip_check(zf: zipfile.ZipFile, *, max_unpacked: int = MAX_ZIP_UNPACKED_BYTES) -> None:
    """Raise ZipBomb if the directory declares too many members, too many bytes or a bomb's ratio."""
    members = zf.infolist()
    if len(members) > MAX_ZIP_MEMBERS:
        raise ZipBomb(f"{len(members)} members")
    total = 0
    for info in members:
        total += info.file_size
        if total > max_unpacked:
            raise ZipBomb(f"{total} bytes unpacked")
        if info.file_size > ZIP_RATIO_FROM and info.file_size > MAX_ZIP_RATIO * max(
            info.compress_size, 1
        ):
            raise ZipBomb(f"{info.filename}: {info.file_size} from {info.compress_size} bytes")


def sniff_type(head: bytes, file) -> str | None:
    """Return the MIME type the content shows, or None if it is not an allowed kind.

    Raise ZipBomb for a zip archive that would unpack too large.
    """
    for signature, mime in _SIGNATURES:
        if head.startswith(signature):
            return mime
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"PK\x03\x04"):
        try:
            file.seek(0)
            with zipfile.ZipFile(file) as zf:
                zip_check(zf)
                names = zf.namelist()
                if "mimetype" in names:
                    with zf.open("mimetype") as fh:
                        raw = fh.read(_ODF_MIMETYPE_BYTES)
                    mime = raw.decode("ascii", "replace").strip()
                    if (
                        mime.startswith("application/vnd.oasis.opendocument.")
                        and mime.isprintable()
                    ):
                        return mime
                if "[Content_Types].xml" in names:
                    for prefix, mime in _OOXML.items():
                        if any(n.startswith(prefix) for n in names):
                            return mime
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, UnicodeError, EOFError):
            return None
    return None


def inspect_upload(file) -> tuple[str, int, str]:
    """Return (mime type, size, sha256) of an allowed upload or raise UploadRejected."""
    limit = settings.MAX_UPLOAD_BYTES
    size = file.size
    if size == 0:
        raise UploadRejected(_("Die Datei ist leer."))
    if size > limit:
        raise UploadRejected(
            _("Die Datei ist %(size)s MB groß; erlaubt sind höchstens %(limit)s MB.")
            % {
                "size": f"{size / 1024 / 1024:.1f}".replace(".", ","),
                "limit": limit // 1024 // 1024,
            }
        )
    file.seek(0)
    head = file.read(16)
    try:
        mime = sniff_type(head, file)
    except ZipBomb as exc:
        raise UploadRejected(
            _(
                "Die Datei würde entpackt ein Vielfaches ihrer Größe belegen "
                "(Verdacht auf eine ZIP-Bombe) und wird nicht angenommen."
            )
        ) from exc
    if mime is None:
        raise UploadRejected(
            _(
                "Dieser Dateityp ist nicht erlaubt. Erlaubt sind PDF, Office-Dokumente "
                "(Word, Excel, PowerPoint, OpenDocument) und Bilder (PNG, JPEG, GIF, WebP)."
            )
        )
    digest = hashlib.sha256()
    file.seek(0)
    for chunk in file.chunks() if hasattr(file, "chunks") else iter(lambda: file.read(65536), b""):
        digest.update(chunk)
    file.seek(0)
    return mime, size, digest.hexdigest()


@contextmanager
def file_removed_unless_stored(field_file):
    """Delete a just-written upload again when the database work after it fails.

    Storage is not transactional: without this, a refused or interrupted save would leave
    a file nobody refers to.
    """
    try:
        yield
    except BaseException:
        field_file.storage.delete(field_file.name)
        raise


def file_deleted_after_commit(field_file) -> None:
    """Delete a replaced or removed file once the change is saved.

    The twin of `file_removed_unless_stored`: a change rolled back keeps its file.
    """
    storage, name = field_file.storage, field_file.name
    transaction.on_commit(lambda: storage.delete(name))

"""Check uploaded files by their content, not by the name a browser sends."""

import hashlib
import zipfile
from contextlib import contextmanager

from django.conf import settings
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


class UploadRejected(Exception):
    """An upload we refuse; the message is fit to show the user."""


def sniff_type(head: bytes, file) -> str | None:
    """Return the MIME type the content shows, or None if it is not an allowed kind."""
    for signature, mime in _SIGNATURES:
        if head.startswith(signature):
            return mime
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head.startswith(b"PK\x03\x04"):
        try:
            file.seek(0)
            with zipfile.ZipFile(file) as zf:
                names = zf.namelist()
                if "mimetype" in names:
                    mime = zf.read("mimetype").decode("ascii", "replace").strip()
                    if mime.startswith("application/vnd.oasis.opendocument."):
                        return mime
                if "[Content_Types].xml" in names:
                    for prefix, mime in _OOXML.items():
                        if any(n.startswith(prefix) for n in names):
                            return mime
        except (zipfile.BadZipFile, OSError, UnicodeError):
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
    mime = sniff_type(head, file)
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

"""Sending a stored file after the view has checked who may have it.

Files live on the local disk or in a private bucket (lib/storage.py); either way they are
streamed through the view that checked the permission, never linked to directly.
"""

from django.http import FileResponse, Http404


def stored_file_response(
    field,
    *,
    filename: str | None = None,
    content_type: str | None = None,
    as_attachment: bool = True,
) -> FileResponse:
    """Stream `field` (a FieldFile); a file missing from the storage answers 404, not 500."""
    if not field:
        raise Http404
    try:
        handle = field.open("rb")
    except OSError as exc:  # FileNotFoundError on disk and in the bucket alike
        raise Http404 from exc
    return FileResponse(
        handle,
        as_attachment=as_attachment,
        filename=filename or field.name.rsplit("/", 1)[-1],
        content_type=content_type,
    )

"""Attachments (Anlagen) of a meeting: the non-public items' files only with full access."""

from typing import Annotated

from django.conf import settings
from django.utils.translation import gettext as _
from ninja import File, Form, Router, Status
from ninja.files import UploadedFile

from transferhub.lib.downloads import stored_file_response
from transferhub.meetings import services as meeting_services
from transferhub.meetings.models import AgendaItem

from ..errors import ApiProblem, refusal_means_conflict
from ..loading import load_attachment, load_meeting, meeting_attachments, reference
from ..schemas import MAX_ID, NO_NUL, AttachmentOut, PathId, responses

router = Router(tags=["Anlagen"])


@router.get(
    "/meetings/{meeting_id}/attachments",
    response=responses(200, list[AttachmentOut]),
    summary="Anlagen einer Sitzung",
)
def list_attachments(request, meeting_id: PathId):
    return meeting_attachments(load_meeting(request, meeting_id))


@router.post(
    "/meetings/{meeting_id}/attachments",
    response=responses(201, AttachmentOut),
    summary="Anlage hochladen (multipart/form-data)",
)
def upload_attachment(
    request,
    meeting_id: PathId,
    file: File[UploadedFile],
    name: Annotated[str, Form("", pattern=NO_NUL)] = "",
    agenda_item_id: Annotated[int | None, Form(None, ge=1, le=MAX_ID)] = None,
):
    meeting = load_meeting(request, meeting_id, "manage")
    if len(name) > 300:
        raise ApiProblem(
            422, "validation_error", _("Der Titel ist zu lang (höchstens 300 Zeichen).")
        )
    if file.size > settings.MAX_UPLOAD_BYTES:
        raise ApiProblem(
            413,
            "upload_too_large",
            _("Die Datei ist zu groß; erlaubt sind höchstens %(limit)s MB.")
            % {"limit": f"{settings.MAX_UPLOAD_BYTES / 1024 / 1024:g}".replace(".", ",")},
        )
    item = None
    if agenda_item_id is not None:
        item = AgendaItem.objects.filter(pk=agenda_item_id, meeting=meeting).first()
        if item is None:
            reference(AgendaItem, -1, "agenda_item_id")
    attachment = meeting_services.attachment_add(
        meeting=meeting, file=file, name=name, agenda_item=item, actor=request.user
    )
    return Status(201, attachment)


@router.get(
    "/attachments/{attachment_id}",
    response=responses(200, AttachmentOut),
    summary="Anlage (Angaben)",
)
def get_attachment(request, attachment_id: PathId):
    return load_attachment(request, attachment_id)


@router.get(
    "/attachments/{attachment_id}/download",
    response=responses(200, None),
    summary="Anlage herunterladen",
    openapi_extra={
        "responses": {
            200: {
                "description": "Die Datei",
                "content": {"*/*": {"schema": {"type": "string", "format": "binary"}}},
            }
        }
    },
)
def download_attachment(request, attachment_id: PathId):
    attachment = load_attachment(request, attachment_id)
    return stored_file_response(
        attachment.file, filename=attachment.file_name, content_type=attachment.mime_type
    )


@router.delete(
    "/attachments/{attachment_id}",
    response=responses(204, None),
    summary="Anlage löschen",
)
def delete_attachment(request, attachment_id: PathId):
    attachment = load_attachment(request, attachment_id, "manage")
    refusal_means_conflict(request)
    meeting_services.attachment_delete(attachment=attachment, actor=request.user)
    return Status(204, None)

"""Downloads of a meeting's protocol (PDF, DOCX, Markdown) and agenda (PDF)."""

from django.http import HttpResponse

from transferhub.meetings.models import Meeting
from transferhub.meetings.views import meeting_view

from .writing import agenda_pdf, protocol_docx, protocol_markdown, protocol_pdf


def _download(filename: str, mimetype: str, content: bytes) -> HttpResponse:
    response = HttpResponse(content, content_type=mimetype)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # Drafts change; nobody should keep a stale copy from a shared cache.
    response["Cache-Control"] = "private, no-store"
    return response


def _public_only(request) -> bool:
    """Members get everything; others (approved minutes only) get the public items."""
    return request.meeting_access != "full"


def _options(request) -> dict:
    """?zeiten=1: the option "tatsächliche Zeiten" (actual start and duration per item)."""
    return {
        "public_only": _public_only(request),
        "actual_times": request.GET.get("zeiten") in ("1", "ja", "true", "on"),
    }


@meeting_view("see")
def protocol_pdf_download(request, meeting: Meeting):
    return _download(*protocol_pdf(meeting, **_options(request)))


@meeting_view("see")
def protocol_docx_download(request, meeting: Meeting):
    return _download(*protocol_docx(meeting, **_options(request)))


@meeting_view("see")
def protocol_markdown_download(request, meeting: Meeting):
    return _download(*protocol_markdown(meeting, **_options(request)))


@meeting_view("see")
def agenda_pdf_download(request, meeting: Meeting):
    # The online link often carries the meeting's password: full access only.
    full = request.meeting_access == "full"
    return _download(*agenda_pdf(meeting, public_only=not full, online_url=full))

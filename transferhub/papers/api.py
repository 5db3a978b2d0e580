"""Papers in the JSON API: papers, their consultations, documents and versions.

A ninja Router mounted on the API (transferhub.api.v1), like votes/api.py: it imports
nothing of the api app; refusals are ninja's HttpError and Http404, which the API turns
into its JSON problems. Members of a body and the secretariat read every paper, everyone
else the public ones.
"""

import datetime as dt
from typing import Annotated

from django.http import Http404
from django.urls import reverse
from ninja import File, Form, Path, Query, Router, Schema, Status
from ninja.errors import HttpError
from ninja.files import UploadedFile
from ninja.pagination import paginate
from pydantic import Field

from transferhub.decisions.permissions import can_see_topics
from transferhub.lib.api_schemas import MAX_ID, LimitOffset, Page, responses
from transferhub.lib.refusals import refusal_means_conflict
from transferhub.network.models import Body
from transferhub.network.permissions import body_roles, can_manage_body, is_secretariat

from . import services
from .models import Consultation, Paper, PaperFile
from .search import paper_search

router = Router(tags=["Vorlagen"])

PaperId = Annotated[int, Path(..., ge=1, le=MAX_ID)]
FileId = Annotated[int, Path(..., ge=1, le=MAX_ID)]
ConsultationId = Annotated[int, Path(..., ge=1, le=MAX_ID)]


class ConsultationOut(Schema):
    id: int
    position: int
    body_id: int
    role: str = Field(description="advice, recommendation oder decision")
    authoritative: bool
    agenda_item_id: int | None
    meeting_id: int | None
    result: str = Field(
        description="leer, adopted, adopted_changed, recommended, postponed oder rejected"
    )
    version_discussed_id: int | None
    added_by_agenda: bool

    @staticmethod
    def resolve_meeting_id(consultation: Consultation) -> int | None:
        return consultation.agenda_item.meeting_id if consultation.agenda_item_id else None


class VersionOut(Schema):
    id: int
    number: int
    file_name: str
    mime_type: str
    size: int
    sha1: str
    sha512: str
    has_text: bool
    note: str
    created: dt.datetime
    download_url: str

    @staticmethod
    def resolve_has_text(version) -> bool:
        return version.text_state == "text"

    @staticmethod
    def resolve_download_url(version, context) -> str:
        return context["request"].build_absolute_uri(
            reverse("papers:version_download", args=[version.pk])
        )


class FileOut(Schema):
    id: int
    role: str = Field(description="main oder auxiliary")
    name: str
    versions: list[VersionOut]


class PaperOut(Schema):
    id: int
    reference: str
    year: int
    paper_type: str
    title: str
    description: str
    date: dt.date | None
    body_id: int | None
    responsible_person_id: int | None
    author_ids: list[int]
    topic_ids: list[int]
    status: str
    published_url: str
    public: bool
    created: dt.datetime
    modified: dt.datetime

    @staticmethod
    def resolve_author_ids(paper: Paper) -> list[int]:
        return sorted(a.pk for a in paper.authors.all())

    @staticmethod
    def resolve_topic_ids(paper: Paper) -> list[int]:
        return sorted(t.pk for t in paper.topics.all())


class PaperIn(Schema):
    title: str = Field(min_length=1, max_length=300)
    paper_type: str = Field("draft", max_length=20)
    body_id: int | None = Field(None, ge=1, le=MAX_ID)
    reference: str = Field("", max_length=100)
    description: str = Field("", max_length=20_000)
    public: bool = False


class ResultIn(Schema):
    result: str = Field(max_length=20)
    note: str = Field("", max_length=500)


def _visible(user):
    if can_see_topics(user):
        return Paper.objects.all()
    return Paper.objects.filter(public=True)


def _load(request, paper_id: int) -> Paper:
    paper = _visible(request.user).filter(pk=paper_id).first()
    if paper is None:
        raise Http404
    return paper


def _require_writer(request, body_id: int | None) -> None:
    user = request.user
    if not user.is_authenticated:
        raise HttpError(401, "Anmeldung erforderlich.")
    if not (is_secretariat(user) or (body_id is not None and body_id in body_roles(user))):
        raise HttpError(403, "Sie arbeiten nicht in diesem Gremium mit.")


@router.get("/papers", response=responses(200, Page[PaperOut]), summary="Vorlagen")
@paginate(LimitOffset)
def list_papers(
    request,
    q: str = Query("", max_length=200, description="Wörter in Titel, Beschreibung, Dokumenten"),
    status: str | None = Query(None, max_length=20),
):
    papers = _visible(request.user).order_by("-year", "reference")
    if status:
        papers = papers.filter(status=status)
    if q.strip():
        papers = paper_search(papers, q)
    return papers.prefetch_related("authors", "topics")


@router.get("/papers/{paper_id}", response=responses(200, PaperOut), summary="Eine Vorlage")
def get_paper(request, paper_id: PaperId):
    return _load(request, paper_id)


@router.post("/papers", response=responses(201, PaperOut), summary="Vorlage anlegen")
def create_paper(request, data: PaperIn):
    _require_writer(request, data.body_id)
    body = Body.objects.filter(pk=data.body_id).first() if data.body_id else None
    if data.paper_type not in Paper.Type.values:
        raise HttpError(422, "Unbekannte Art der Vorlage.")
    refusal_means_conflict(request)
    paper = services.paper_create(
        actor=request.user,
        title=data.title,
        paper_type=data.paper_type,
        body=body,
        reference=data.reference,
        description=data.description,
        public=data.public,
    )
    return Status(201, paper)


@router.get(
    "/papers/{paper_id}/consultations",
    response=responses(200, list[ConsultationOut]),
    summary="Beratungsweg einer Vorlage",
)
def list_consultations(request, paper_id: PaperId):
    paper = _load(request, paper_id)
    consultations = paper.consultations.select_related("agenda_item")
    return consultations.order_by("position", "pk")


@router.get(
    "/papers/{paper_id}/files",
    response=responses(200, list[FileOut]),
    summary="Dokumente einer Vorlage mit allen Versionen",
)
def list_files(request, paper_id: PaperId):
    paper = _load(request, paper_id)
    return paper.files.prefetch_related("versions")


@router.post(
    "/papers/{paper_id}/files/{file_id}/versions",
    response=responses(201, VersionOut),
    summary="Neue Version eines Dokuments hochladen",
)
def upload_version(
    request,
    paper_id: PaperId,
    file_id: FileId,
    file: File[UploadedFile],
    note: Form[str] = "",
):
    if not request.user.is_authenticated:
        raise HttpError(401, "Anmeldung erforderlich.")
    paper = _load(request, paper_id)
    _require_writer(request, paper.body_id)
    paper_file = PaperFile.objects.filter(pk=file_id, paper=paper).first()
    if paper_file is None:
        raise Http404
    version = services.paper_version_add(
        paper_file=paper_file, file=file, actor=request.user, note=note[:500]
    )
    return Status(201, version)


@router.post(
    "/consultations/{consultation_id}/result",
    response=responses(200, ConsultationOut),
    summary="Ergebnis einer Beratung erfassen",
)
def record_result(request, consultation_id: ConsultationId, data: ResultIn):
    if not request.user.is_authenticated:
        raise HttpError(401, "Anmeldung erforderlich.")
    consultation = (
        Consultation.objects.select_related("paper", "agenda_item")
        .filter(pk=consultation_id, paper__in=_visible(request.user))
        .first()
    )
    if consultation is None:
        raise Http404
    if not can_manage_body(request.user, consultation.body_id):
        raise HttpError(403, "Ergebnisse erfasst, wer das Gremium leitet.")
    services.consultation_record_result(
        consultation=consultation, result=data.result, note=data.note, actor=request.user
    )
    return consultation

"""Input and output shapes of the JSON API.

Input refuses unknown fields. Output is read from the model instances an operation
returns: a field takes the attribute of its name, `Field(alias="body.name")` one
further away, and `resolve_<field>` what has to be worked out (ninja's Schema).
"""

import datetime as dt
import html
from typing import Annotated, ClassVar, Literal

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import URLValidator
from django.urls import reverse
from django.utils import timezone
from ninja import Path, Query, Schema
from pydantic import AfterValidator, ConfigDict, Field, ValidationInfo, field_validator

from transferhub.checks.models import MIN_MEASURES
from transferhub.lib.api_schemas import (  # noqa: F401  (the API's error shapes, shared)
    ERROR_STATUSES,
    ERRORS,
    MAX_ID,
    ErrorDetail,
    ErrorOut,
    Page,
    WallTime,
    responses,
)
from transferhub.lib.dates import check_date_range
from transferhub.lib.forms import has_line_break
from transferhub.network.permissions import is_secretariat, meeting_access, person_of

from .http import absolute
from .loading import meeting_attachments, meeting_items

ERROR_CODES = {
    400: "bad_request",
    401: "authentication_required",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    412: "precondition_failed",
    413: "upload_too_large",
    422: "validation_error",
    429: "rate_limited",
}


Classification = Literal["working_group", "steering", "expert_group", "ad_hoc", "other"]
MeetingState = Literal[
    "planned", "invited", "held", "minutes_draft", "minutes_approved", "cancelled"
]
ItemKind = Literal["item", "break"]
ItemStatus = Literal["planned", "discussed", "postponed", "withdrawn"]
DecisionKind = Literal["agreement", "resolution", "rejected", "postponement"]
TaskStatus = Literal["open", "in_progress", "done", "cancelled"]
# The register's status filter: a status, or "open_any" for open or in progress (as on the web).
TaskStatusFilter = Literal["open", "in_progress", "done", "cancelled", "open_any"]
Language = Literal["de", "en"]

Id = Annotated[int, Field(ge=1, le=MAX_ID)]
PathId = Annotated[int, Path(..., ge=1, le=MAX_ID)]
FilterId = Annotated[int | None, Query(None, ge=1, le=MAX_ID)]
# Wall-clock time in the network's time zone ("09:00"); JSON Schema's "time" would demand an offset.
ClockTime = Annotated[str, Field(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$", examples=["09:00"])]
Text = Field(max_length=100_000)
# A date that comes in: years 1900–2200 (lib.dates); beyond, feeds and filters overflow.
Day = Annotated[dt.date, AfterValidator(check_date_range)]
# PostgreSQL cannot store NUL in text: refuse it in input (422) rather than crash (500).
# Query and form parameters are single-line (search terms, a file's name): no line breaks
# either, which would break a mail header later (the line breaks of lib.forms).
NO_NUL = r"^[^\x00\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]*$"
SINGLE_LINE_MESSAGE = "Bitte ohne Zeilenumbruch eingeben."


class In(Schema):
    """Base of request bodies: unknown fields are an error, not silently dropped.

    Text is single-line unless its field is named in `multi_line` (as a text area is on
    the web): a title or name with a line break is refused.
    """

    model_config = ConfigDict(extra="forbid")
    multi_line: ClassVar[frozenset[str]] = frozenset({"description", "minutes", "text"})

    @field_validator("*")
    @classmethod
    def _no_nul(cls, value, info: ValidationInfo):
        if isinstance(value, str) and "\x00" in value:
            raise ValueError("darf kein NUL-Zeichen (\\x00) enthalten")
        if info.field_name not in cls.multi_line and has_line_break(value):
            raise ValueError(SINGLE_LINE_MESSAGE)
        return value


def _check_url(value: str) -> str:
    if value:
        try:
            URLValidator(schemes=["http", "https"])(value)
        except DjangoValidationError as exc:
            raise ValueError("keine gültige http(s)-Adresse") from exc
    return value


# Bodies and people ------------------------------------------------------------------


class BodyOut(Schema):
    id: Id
    name: str
    short_name: str
    classification: Classification
    parent_id: Id | None
    description: str
    created: dt.datetime
    modified: dt.datetime


class BodyIn(In):
    name: str = Field(min_length=1, max_length=200)
    short_name: str = Field("", max_length=50)
    classification: Classification = "working_group"
    parent_id: Id | None = None
    description: str = Field("", max_length=20_000)


class BodyPatch(In):
    name: str | None = Field(None, min_length=1, max_length=200)
    short_name: str | None = Field(None, max_length=50)
    classification: Classification | None = None
    parent_id: Id | None = None
    description: str | None = Field(None, max_length=20_000)


class PersonOut(Schema):
    id: Id
    title: str
    given_name: str
    family_name: str
    full_name: str
    email: str
    organisation_id: Id | None
    language: Language
    created: dt.datetime
    modified: dt.datetime


class PersonIn(In):
    title: str = Field("", max_length=50)
    given_name: str = Field(min_length=1, max_length=100)
    family_name: str = Field(min_length=1, max_length=100)
    email: str = Field("", max_length=254)
    organisation_id: Id | None = None
    language: Language = "de"


class PersonPatch(In):
    title: str | None = Field(None, max_length=50)
    given_name: str | None = Field(None, min_length=1, max_length=100)
    family_name: str | None = Field(None, min_length=1, max_length=100)
    email: str | None = Field(None, max_length=254)
    organisation_id: Id | None = None
    language: Language | None = None


# Meetings, agenda, attachments ---------------------------------------------------------


class PresenterOut(Schema):
    # Built from a Presentation of the item.
    person_id: Id
    name: str = Field(alias="person.full_name")
    organisation: str

    @staticmethod
    def resolve_organisation(presentation) -> str:
        return presentation.organisation.name if presentation.organisation_id else ""


class AttachmentOut(Schema):
    id: Id
    meeting_id: Id
    agenda_item_id: Id | None
    number: int
    label: str
    name: str
    file_name: str
    mime_type: str
    size: int
    sha256: str
    download_url: str
    created: dt.datetime

    @staticmethod
    def resolve_download_url(attachment) -> str:
        return absolute(reverse("api:download_attachment", args=[attachment.pk]))


class AgendaItemOut(Schema):
    id: Id
    meeting_id: Id
    order: int
    number: str
    name: str
    kind: ItemKind
    duration_minutes: int
    status: ItemStatus
    public: bool
    minutes: str
    presenters: list[PresenterOut]
    actual_start: dt.datetime | None = Field(description="Tatsächlicher Beginn, null bis erfasst.")
    actual_end: dt.datetime | None = Field(description="Tatsächliches Ende, null bis erfasst.")
    version: int = Field(description="Steigt mit jeder Änderung; als ETag für If-Match.")
    created: dt.datetime
    modified: dt.datetime

    @staticmethod
    def resolve_presenters(item) -> list:
        return item.presentations.all()


def access_of(meeting, context) -> str | None:
    """The access the request's user has to the meeting: "full", "public" or None.

    The loader notes it on the meeting (`api_access`); a list asks per meeting.
    """
    access = getattr(meeting, "api_access", None)
    if access is None:
        access = meeting.api_access = meeting_access(context["request"].user, meeting)
    return access


class MeetingOut(Schema):
    id: Id
    body_id: Id
    body_name: str = Field(alias="body.name")
    name: str
    date: dt.date
    start_time: ClockTime
    end_time: ClockTime
    location: str
    online_url: str
    state: MeetingState
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    version: int
    created: dt.datetime
    modified: dt.datetime

    @staticmethod
    def resolve_start_time(meeting) -> str:
        return meeting.start_time.strftime("%H:%M")

    @staticmethod
    def resolve_end_time(meeting) -> str:
        return meeting.end_time.strftime("%H:%M")

    @staticmethod
    def resolve_online_url(meeting, context) -> str:
        # The link often carries its password: only with full access.
        return meeting.online_url if access_of(meeting, context) == "full" else ""


class MeetingDetailOut(MeetingOut):
    access: Literal["full", "public"]
    agenda_items: list[AgendaItemOut]
    attachments: list[AttachmentOut]

    @staticmethod
    def resolve_access(meeting, context) -> str:
        return access_of(meeting, context)

    @staticmethod
    def resolve_agenda_items(meeting, context):
        access_of(meeting, context)
        return meeting_items(meeting)

    @staticmethod
    def resolve_attachments(meeting, context):
        access_of(meeting, context)
        return meeting_attachments(meeting)


class MeetingIn(In):
    body_id: Id
    name: str = Field(min_length=1, max_length=300)
    date: Day
    start_time: WallTime
    end_time: WallTime
    location: str = Field("", max_length=300)
    online_url: str = Field("", max_length=200)
    note_taker_id: Id | None = None

    _url = field_validator("online_url")(_check_url)


class MeetingPatch(In):
    name: str | None = Field(None, min_length=1, max_length=300)
    date: Day | None = None
    start_time: WallTime | None = None
    end_time: WallTime | None = None
    location: str | None = Field(None, max_length=300)
    online_url: str | None = Field(None, max_length=200)

    @field_validator("online_url")
    @classmethod
    def _url(cls, value):
        return _check_url(value) if value is not None else value


class MeetingStateIn(In):
    state: MeetingState


class AgendaItemIn(In):
    name: str = Field(min_length=1, max_length=500)
    kind: ItemKind = "item"
    number: str | None = Field(None, max_length=20)
    duration_minutes: int = Field(0, ge=0, le=24 * 60)
    public: bool = True
    presenter_ids: list[Id] = Field(default_factory=list, max_length=20)


class AgendaItemPatch(In):
    name: str | None = Field(None, min_length=1, max_length=500)
    number: str | None = Field(None, max_length=20)
    duration_minutes: int | None = Field(None, ge=0, le=24 * 60)
    public: bool | None = None
    presenter_ids: list[Id] | None = Field(None, max_length=20)


class ItemOrderIn(In):
    ids: list[Id] = Field(
        max_length=1000,
        description="Die ids aller Punkte und Pausen der Sitzung, jede genau einmal, in der "
        "neuen Reihenfolge. Die Nummern der Punkte folgen ihr (1, 2, 3 …; 3.1 bleibt "
        "Unterpunkt des Punktes darüber; Pausen bleiben ohne Nummer).",
    )


class MinutesIn(In):
    minutes: str = Text
    status: ItemStatus | None = None


class ClockIn(In):
    action: Literal["start", "stop"] = Field(
        description="`start` beginnt den Punkt (nicht, solange ein anderer läuft), "
        "`stop` beendet ihn."
    )


class CorrectionIn(In):
    minutes: str = Text
    reason: str = Field(min_length=1, max_length=500)


# Decisions and tasks ---------------------------------------------------------------


class DecisionOut(Schema):
    id: Id
    register_number: str
    body_id: Id
    meeting_id: Id
    agenda_item_id: Id | None
    year: int
    sequence: int
    kind: DecisionKind
    text: str
    votes_yes: int | None
    votes_no: int | None
    votes_abstain: int | None
    version: int
    created: dt.datetime
    modified: dt.datetime


class DecisionIn(In):
    agenda_item_id: Id
    text: str = Field(min_length=1, max_length=20_000)
    kind: DecisionKind = "agreement"
    votes_yes: int | None = Field(None, ge=0, le=100_000)
    votes_no: int | None = Field(None, ge=0, le=100_000)
    votes_abstain: int | None = Field(None, ge=0, le=100_000)


class DecisionPatch(In):
    text: str | None = Field(None, min_length=1, max_length=20_000)
    kind: DecisionKind | None = None
    votes_yes: int | None = Field(None, ge=0, le=100_000)
    votes_no: int | None = Field(None, ge=0, le=100_000)
    votes_abstain: int | None = Field(None, ge=0, le=100_000)


class TaskOut(Schema):
    id: Id
    text: str
    body_id: Id
    owner_person_id: Id | None
    owner_body_id: Id | None
    owner_name: str
    due_date: dt.date | None
    status: TaskStatus
    overdue: bool = Field(alias="is_overdue")
    meeting_id: Id | None
    agenda_item_id: Id | None
    decision_id: Id | None
    done_at: dt.datetime | None
    version: int
    created: dt.datetime
    modified: dt.datetime

    @staticmethod
    def resolve_owner_name(task) -> str:
        if task.owner_person_id:
            return task.owner_person.full_name
        return task.owner_body.name if task.owner_body_id else ""


class TaskIn(In):
    agenda_item_id: Id
    text: str = Field(min_length=1, max_length=20_000)
    owner_person_id: Id | None = None
    owner_body_id: Id | None = None
    due_date: Day | None = None
    decision_id: Id | None = None


class TaskPatch(In):
    text: str | None = Field(None, min_length=1, max_length=20_000)
    status: TaskStatus | None = None
    due_date: Day | None = None
    owner_person_id: Id | None = None
    owner_body_id: Id | None = None


class MeOut(Schema):
    # Built from the user behind the request's token.
    username: str = Field(alias="get_username")
    person_id: Id | None
    full_name: str
    scope: Literal["read", "read-write"] | None
    secretariat: bool

    @staticmethod
    def resolve_person_id(user) -> int | None:
        person = person_of(user)
        return person.pk if person else None

    @staticmethod
    def resolve_full_name(user) -> str:
        person = person_of(user)
        return person.full_name if person else user.get_full_name()

    @staticmethod
    def resolve_scope(user, context) -> str | None:
        token = context["request"].api_token
        return token.scope if token else None

    @staticmethod
    def resolve_secretariat(user) -> bool:
        return is_secretariat(user)


# Checks: assessments and action plans ----------------------------------------------------

AssessmentStatus = Literal["in_progress", "complete", "declared", "expired", "submitted"]
MeasureStatus = Literal["planned", "in_progress", "done", "dropped"]
MeasureCategory = Literal[
    "safety", "environment", "supply_chain", "finance", "people", "digital", "other"
]
Light = Literal["red", "yellow", "green", "open"]


class AssessmentOut(Schema):
    id: Id
    instrument_code: str = Field(alias="version.instrument.code")
    instrument_title: str = Field(alias="version.instrument.title")
    instrument_kind: Literal["check", "aid", "short_check", "survey"] = Field(
        alias="version.instrument.kind"
    )
    version: str
    company_id: Id | None = Field(description="Leer bei einer Befragung (gehört der Person).")
    company_name: str | None
    consultant_id: Id | None
    consultant_name: str
    status: AssessmentStatus = Field(
        description=(
            "`in_progress` offen; `complete` alle Punkte bewertet und genug Maßnahmen; "
            "`declared` Selbsterklärung gültig; `expired` Selbsterklärung abgelaufen; "
            "`submitted` Befragung abgeschickt."
        )
    )
    # Counted in the query that loads the assessment (routers.checks.with_counts).
    points: int = Field(alias="n_points")
    rated: int = Field(alias="n_rated")
    measures: int = Field(alias="n_measures")
    created: dt.datetime
    modified: dt.datetime
    submitted_at: dt.datetime | None
    declared_at: dt.datetime | None
    valid_until: dt.date | None

    @staticmethod
    def resolve_version(assessment) -> str:
        return assessment.version.version

    @staticmethod
    def resolve_company_name(assessment) -> str | None:
        return assessment.company.name if assessment.company_id else None

    @staticmethod
    def resolve_consultant_name(assessment) -> str:
        return assessment.consultant.full_name if assessment.consultant_id else ""

    @staticmethod
    def resolve_status(a) -> str:
        # The state in one word, as the assessment's overview page describes it.
        if a.version.instrument.is_survey:
            return "submitted" if a.submitted_at else "in_progress"
        if a.declared_at:
            return "declared" if a.declaration_valid() else "expired"
        if a.n_rated >= a.n_points and a.n_measures >= MIN_MEASURES:
            return "complete"
        return "in_progress"


class ScaleOptionOut(Schema):
    value: str
    label: str
    score: int | None

    @staticmethod
    def resolve_score(option: dict) -> int | None:
        return option.get("score")


class PointOut(Schema):
    # Built from a checks.results.PointResult.
    id: Id = Field(alias="point.pk")
    key: str = Field(alias="point.key")
    number: str = Field(alias="point.number")
    title: str = Field(alias="point.title")
    value: str = Field(description="Gewählter Wert der Skala; leer, solange offen.")
    # `label` is looked up on the scale by the operation (routers.checks).
    label: str = Field(description="Bezeichnung des Werts auf der Skala.")
    note: str


class ThemeOut(Schema):
    # Built from a checks.results.ThemeResult.
    key: str = Field(alias="theme.key")
    position: int = Field(alias="theme.position")
    title: str = Field(alias="theme.title")
    light: Light = Field(
        description="Ampel des Themas: rot, wenn ein Punkt rot ist, sonst gelb, sonst grün."
    )
    points: list[PointOut]


class ScoreSummaryOut(Schema):
    points: int
    rated: int
    percent_rated: int
    counts: dict[str, int] = Field(
        description="Anzahl der Punkte je Wert der Skala, dazu `open` für unbewertete."
    )
    score: int = Field(description="Summe der Punktwerte (score) der bewerteten Punkte.")
    max_score: int = Field(description="Höchstmögliche Summe der bewerteten Punkte mit Wert.")
    light: Light = Field(description="Gesamtampel (bei Checks), sonst `open`.")


class AssessmentDetailOut(AssessmentOut):
    # `results` and `summary` are computed by the operation (routers.checks).
    scale: list[ScaleOptionOut] = Field(alias="version.scale")
    themes: list[ThemeOut] = Field(alias="results")
    summary: ScoreSummaryOut = Field(alias="score_summary")
    completion_problems: list[str] = Field(description="Was noch fehlt (leer, wenn vollständig).")

    @staticmethod
    def resolve_completion_problems(assessment) -> list[str]:
        return [str(problem) for problem in assessment.completion_problems()]


class MeasureOut(Schema):
    id: Id
    text: str
    check_point_id: Id | None
    check_point_number: str | None
    check_point_title: str | None

    @staticmethod
    def resolve_check_point_number(measure) -> str | None:
        return measure.check_point.number if measure.check_point_id else None

    @staticmethod
    def resolve_check_point_title(measure) -> str | None:
        return measure.check_point.title if measure.check_point_id else None

    category: MeasureCategory
    priority: Literal[1, 2, 3] = Field(description="1 dringend, 2 Handlungsbedarf, 3 sonstige.")
    responsible: str = Field(description="Verantwortlich (Freitext).")
    due_date: dt.date | None
    status: MeasureStatus
    effect_check: str
    created: dt.datetime
    modified: dt.datetime


class ActionPlanOut(Schema):
    assessment_id: Id
    open_points: int = Field(description="Rot oder gelb bewertete Punkte ohne Maßnahme.")
    measures: list[MeasureOut]


# Suppliers and seals -----------------------------------------------------------------------

SealKindName = Literal["safety", "sustainability"]
SealStatus = Literal["valid", "expired", "revoked"]


class SupplierSealOut(Schema):
    number: str
    kind: SealKindName
    status: SealStatus  # Seal.status(), called
    valid_until: dt.date


def _shows(supplier, public_flag: str) -> bool:
    """Whether a field the supplier may keep from the public is shown (Supplier.shows)."""
    return supplier.shows(public_flag.removesuffix("_public"), full=supplier.access == "full")


class SupplierOut(Schema):
    id: Id
    name: str
    access: Literal["full", "public"] = Field(
        description="`full` für Einkäufer, Geschäftsstelle und den Lieferanten selbst; "
        "sonst nur die öffentlichen Angaben (verborgene sind `null`)."
    )
    federal_state: str
    postcode_area: str
    wz_code: str
    wz_section: str
    size_class: Literal["micro", "small", "medium", "large"]
    street: str | None
    postcode: str | None
    town: str | None
    products: str | None
    languages: str | None
    contact_name: str | None
    contact_email: str | None
    contact_phone: str | None
    website: str | None
    lksg_declared_on: dt.date | None
    seals: list[SupplierSealOut]
    modified: dt.datetime

    # `access` ("full" or "public") is set by the operation (routers.suppliers).
    @staticmethod
    def resolve_street(s) -> str | None:
        return s.street if _shows(s, "address_public") else None

    @staticmethod
    def resolve_postcode(s) -> str | None:
        return s.postcode if _shows(s, "address_public") else None

    @staticmethod
    def resolve_town(s) -> str | None:
        return s.town if _shows(s, "address_public") else None

    @staticmethod
    def resolve_products(s) -> str | None:
        return s.products if _shows(s, "products_public") else None

    @staticmethod
    def resolve_languages(s) -> str | None:
        return s.languages if _shows(s, "languages_public") else None

    @staticmethod
    def resolve_contact_name(s) -> str | None:
        return s.contact_name if _shows(s, "contact_public") else None

    @staticmethod
    def resolve_contact_email(s) -> str | None:
        return s.contact_email if _shows(s, "contact_public") else None

    @staticmethod
    def resolve_contact_phone(s) -> str | None:
        return s.contact_phone if _shows(s, "contact_public") else None

    @staticmethod
    def resolve_website(s) -> str | None:
        return s.website if _shows(s, "contact_public") else None

    @staticmethod
    def resolve_seals(s) -> list:
        # A revoked seal is shown only to those who see the full profile, as on the web.
        full = s.access == "full"
        return [seal for seal in s.seals.all() if full or seal.status() != "revoked"]


class SealVerificationOut(Schema):
    number: str
    kind: SealKindName
    kind_label: str = Field(alias="get_kind_display")
    status: SealStatus  # Seal.status(), called
    status_label: str  # Seal.status_label(), called
    supplier_name: str = Field(alias="supplier.name", description="Für wen das Siegel gilt.")
    valid_until: dt.date | None = Field(description="Bei gültigen und abgelaufenen Siegeln.")
    revoked_on: dt.date | None = Field(description="Bei widerrufenen Siegeln.")

    @staticmethod
    def resolve_valid_until(seal) -> dt.date | None:
        return seal.valid_until if seal.status() != "revoked" else None

    @staticmethod
    def resolve_revoked_on(seal) -> dt.date | None:
        return timezone.localdate(seal.revoked_at) if seal.status() == "revoked" else None


# Full-text search --------------------------------------------------------------------------

SearchKind = Literal["minutes", "decision", "task"]


class Highlight(Schema):
    start: int = Field(ge=0, description="Erstes Zeichen des Treffers (Unicode-Codepunkte).")
    end: int = Field(ge=0, description="Erstes Zeichen nach dem Treffer.")


_START, _STOP = "\x02", "\x03"
API_VIEW = {"minutes": "api:get_item", "decision": "api:get_decision", "task": "api:get_task"}


def plain_with_highlights(marked: str) -> tuple[str, list[dict]]:
    """Turn the search's escaped HTML with <mark> into plain text and match positions."""
    # Every "<" of the text is escaped, so the only tags left are our own marks.
    raw = html.unescape(str(marked).replace("<mark>", _START).replace("</mark>", _STOP))
    out: list[str] = []
    spans: list[dict] = []
    start = length = 0
    inside = False
    for char in raw:
        if char == _START:
            start, inside = length, True
        elif char == _STOP:
            if inside and length > start:
                spans.append({"start": start, "end": length})
            inside = False
        else:
            out.append(char)
            length += 1
    return "".join(out), spans


class SearchHitOut(Schema):
    # Built from a protocols.search.Result.
    kind: SearchKind
    id: Id = Field(
        alias="obj_id", description="Id des Tagesordnungspunkts, Beschlusses oder der Aufgabe."
    )
    meeting_id: Id | None
    agenda_item_id: Id | None = Field(alias="item_id")
    body_name: str
    meeting_name: str | None
    meeting_date: dt.date | None
    item_number: str | None
    title: str = Field(description="Titel des Tagesordnungspunkts (Klartext).")
    title_highlights: list[Highlight]
    passage: str = Field(description="Fundstelle als Klartext, ggf. gekürzt mit „…“.")
    highlights: list[Highlight] = Field(description="Gefundene Wörter in `passage`.")
    api_url: str

    @staticmethod
    def resolve_body_name(result) -> str:
        return result.body_name or ""

    @staticmethod
    def resolve_title(result) -> str:
        return plain_with_highlights(result.title)[0]

    @staticmethod
    def resolve_title_highlights(result) -> list[dict]:
        return plain_with_highlights(result.title)[1]

    @staticmethod
    def resolve_passage(result) -> str:
        return plain_with_highlights(result.snippet)[0]

    @staticmethod
    def resolve_highlights(result) -> list[dict]:
        return plain_with_highlights(result.snippet)[1]

    @staticmethod
    def resolve_api_url(result) -> str:
        target = result.item_id if result.kind == "minutes" else result.obj_id
        return absolute(reverse(API_VIEW[result.kind], args=[target]))

"""The complaint procedure in the JSON API, as far as each may see it.

Public: which companies use the procedure. Handlers: the cases they may read (their own
and those nobody handles, never their own company's). A company's staff, the secretariat
and handlers: a company's yearly counts, without personal data. A ninja Router mounted on
the API (transferhub.api.v1); it imports nothing of the api app.
"""

import datetime as dt
from typing import Annotated

from django.http import Http404
from django.utils import timezone
from ninja import Path, Query, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate
from pydantic import Field

from transferhub.lib.api_schemas import ERRORS, MAX_ID, LimitOffset, Page
from transferhub.suppliers.models import Supplier

from . import services
from .models import Case, CompanyProcedure

router = Router(tags=["Beschwerdeverfahren"])

Id = Annotated[int, Path(..., ge=1, le=MAX_ID)]


class ProcedureOut(Schema):
    supplier_id: int
    supplier_name: str = Field(alias="supplier.name")
    adopted_at: dt.datetime
    addition: str


class MessageOut(Schema):
    sender: str
    text: str
    created: dt.datetime


class CaseOut(Schema):
    id: int
    code: str
    supplier_id: int | None
    supplier_name: str
    risk: str
    description: str
    anonymous: bool
    share_with_company: bool
    status: str
    outcome: str
    handled_by_me: bool
    received_at: dt.datetime
    closed_at: dt.datetime | None
    erase_after: dt.date
    version: int

    @staticmethod
    def resolve_handled_by_me(case: Case, context) -> bool:
        return case.handler_id == context["request"].complaint_handler.pk


class CaseDetailOut(CaseOut):
    facts: str
    measures: str
    outcome_note: str
    messages: list[MessageOut]


class CountOut(Schema):
    label: str
    count: int


class StatisticsOut(Schema):
    supplier_id: int
    year: int
    received: int
    closed: int
    by_risk: list[CountOut]
    by_outcome: list[CountOut]


def _handler(request):
    if not request.user.is_authenticated:
        raise HttpError(401, "")
    handler = services.handler_of(request.user)
    if handler is None:
        raise HttpError(403, "Nur Personen, die Beschwerden bearbeiten, sehen Fälle.")
    request.complaint_handler = handler  # CaseOut.resolve_handled_by_me reads it
    return handler


@router.get(
    "/complaints/procedures",
    response={200: Page[ProcedureOut], **ERRORS},
    summary="Unternehmen, die das Beschwerdeverfahren nutzen",
)
@paginate(LimitOffset)
def list_procedures(request):
    return CompanyProcedure.objects.select_related("supplier").order_by("supplier__name", "pk")


@router.get(
    "/complaints/cases",
    response={200: Page[CaseOut], **ERRORS},
    summary="Beschwerden (nur für die Bearbeitung)",
)
@paginate(LimitOffset)
def list_cases(
    request,
    status: str | None = Query(None, pattern="^(received|in_review|remedy|closed)$"),
):
    cases = services.visible_cases(_handler(request)).order_by("-received_at", "-pk")
    if status is not None:
        cases = cases.filter(status=status)
    return cases


@router.get(
    "/complaints/cases/{case_id}",
    response={200: CaseDetailOut, **ERRORS},
    summary="Beschwerde mit Nachrichten (nur für die Bearbeitung)",
)
def get_case(request, case_id: Id):
    handler = _handler(request)
    case = services.visible_cases(handler).filter(pk=case_id).first()
    if case is None:
        raise Http404
    return case


@router.get(
    "/complaints/statistics/{supplier_id}",
    response={200: StatisticsOut, **ERRORS},
    summary="Jahresstatistik eines Unternehmens (ohne personenbezogene Daten)",
)
def get_statistics(request, supplier_id: Id, year: int | None = Query(None, ge=2023, le=2100)):
    if not request.user.is_authenticated:
        raise HttpError(401, "")
    supplier = Supplier.objects.filter(pk=supplier_id).first()
    if supplier is None:
        raise Http404
    if not services.sees_statistics(request.user, supplier):
        raise HttpError(
            403, "Die Statistik sehen das Unternehmen, die Geschäftsstelle und die Bearbeitung."
        )
    stats = services.yearly_statistics(supplier, year or timezone.localdate().year)
    return {
        "supplier_id": supplier.pk,
        "year": stats["year"],
        "received": stats["received"],
        "closed": stats["closed"],
        "by_risk": [{"label": str(label), "count": n} for label, n in stats["by_risk"]],
        "by_outcome": [{"label": str(label), "count": n} for label, n in stats["by_outcome"]],
    }

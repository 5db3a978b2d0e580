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

from transferhub.lib.api_schemas import ERRORS, MAX_ID
from transferhub.suppliers.models import Supplier

from . import services
from .models import Case, CompanyProcedure

router = Router(tags=["Beschwerdeverfahren"])

MAX_LIMIT = 200
Id = Annotated[int, Path(..., ge=1, le=MAX_ID)]


class ProcedureOut(Schema):
    supplier_id: int
    supplier_name: str
    adopted_at: dt.datetime
    addition: str


class ProcedurePage(Schema):
    total: int
    limit: int
    offset: int
    items: list[ProcedureOut]


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


class CaseDetailOut(CaseOut):
    facts: str
    measures: str
    outcome_note: str
    messages: list[MessageOut]


class CasePage(Schema):
    total: int
    limit: int
    offset: int
    items: list[CaseOut]


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
    return handler


def _case_out(case: Case, handler) -> dict:
    return {
        "id": case.pk,
        "code": case.code,
        "supplier_id": case.supplier_id,
        "supplier_name": case.supplier_name,
        "risk": case.risk,
        "description": case.description,
        "anonymous": case.anonymous,
        "share_with_company": case.share_with_company,
        "status": case.status,
        "outcome": case.outcome,
        "handled_by_me": case.handler_id == handler.pk,
        "received_at": case.received_at,
        "closed_at": case.closed_at,
        "erase_after": case.erase_after,
        "version": case.version,
    }


@router.get(
    "/complaints/procedures",
    response={200: ProcedurePage, **ERRORS},
    summary="Unternehmen, die das Beschwerdeverfahren nutzen",
)
def list_procedures(
    request,
    limit: int = Query(50, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=100_000),
):
    rows = CompanyProcedure.objects.select_related("supplier").order_by("supplier__name", "pk")
    total = rows.count()
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "items": [
            {
                "supplier_id": p.supplier_id,
                "supplier_name": p.supplier.name,
                "adopted_at": p.adopted_at,
                "addition": p.addition,
            }
            for p in rows[offset : offset + limit]
        ],
    }


@router.get(
    "/complaints/cases",
    response={200: CasePage, **ERRORS},
    summary="Beschwerden (nur für die Bearbeitung)",
)
def list_cases(
    request,
    status: str | None = Query(None, pattern="^(received|in_review|remedy|closed)$"),
    limit: int = Query(50, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0, le=100_000),
):
    handler = _handler(request)
    cases = services.visible_cases(handler).order_by("-received_at", "-pk")
    if status is not None:
        cases = cases.filter(status=status)
    total = cases.count()
    return {
        "total": total,
        "limit": limit,
        "offset": offset,
        "items": [_case_out(c, handler) for c in cases[offset : offset + limit]],
    }


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
    return {
        **_case_out(case, handler),
        "facts": case.facts,
        "measures": case.measures,
        "outcome_note": case.outcome_note,
        "messages": [
            {"sender": m.sender, "text": m.text, "created": m.created} for m in case.messages.all()
        ],
    }


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

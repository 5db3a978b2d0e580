"""Seal types, certificates, invoices and shared profiles in the JSON API (issue 17).

A ninja Router mounted on the API (transferhub.api.v1); it imports nothing of the api app.
Seal types are public; a supplier's certificates and invoices are for its staff and the
office; a purchaser lists the profiles shared with them (each opening is logged as on
the web)."""

import datetime as dt
from decimal import Decimal
from typing import Annotated

from django.http import Http404
from ninja import Path, Router, Schema
from ninja.errors import HttpError

from transferhub.lib.api_schemas import ERRORS, MAX_ID
from transferhub.network.permissions import is_secretariat

from . import sharing
from .models import Invoice, SealType, Supplier
from .permissions import is_supplier_staff, purchaser_of

router = Router(tags=["Siegel und Lieferkette"])
Id = Annotated[int, Path(..., ge=1, le=MAX_ID)]


class SealTypeOut(Schema):
    code: str
    name: str
    instrument_code: str
    instrument_version: str
    min_measures: int
    min_by_section: dict[str, int]
    exemptions: dict[str, str]
    validity_years: int


class CertificateOut(Schema):
    id: int
    standard: str
    issuer: str
    number: str
    valid_from: dt.date
    valid_until: dt.date
    valid: bool


class InvoiceOut(Schema):
    id: int
    number: str
    kind: str
    application_id: int
    issued_on: dt.date
    due_on: dt.date
    net: Decimal
    vat: Decimal
    gross: Decimal
    status: str
    cancels: str | None


class SharedSealOut(Schema):
    number: str
    kind: str
    status: str
    valid_until: dt.date


class SharedRiskOut(Schema):
    risk: str
    status: str
    measures: str
    declared_on: dt.date


class SharedProfileOut(Schema):
    share_id: int
    supplier_id: int
    supplier_name: str
    shared_on: dt.datetime
    seals: list[SharedSealOut]
    certificates: list[CertificateOut]
    risks: list[SharedRiskOut]


def _staff_supplier(request, supplier_id: int) -> Supplier:
    if not request.user.is_authenticated:
        raise HttpError(401, "")
    supplier = Supplier.objects.filter(pk=supplier_id).first()
    if supplier is None:
        raise Http404
    if not (is_supplier_staff(request.user, supplier) or is_secretariat(request.user)):
        raise HttpError(403, "Nur der Lieferant selbst und die Geschäftsstelle sehen das.")
    return supplier


def _certificates(supplier: Supplier) -> list[dict]:
    return [
        {
            "id": c.pk,
            "standard": c.standard,
            "issuer": c.issuer,
            "number": c.number,
            "valid_from": c.valid_from,
            "valid_until": c.valid_until,
            "valid": c.is_valid(),
        }
        for c in supplier.certificates.all()
    ]


@router.get("/seal-types", response={200: list[SealTypeOut], **ERRORS}, summary="Siegelarten")
def list_seal_types(request):
    return [
        {
            "code": t.code,
            "name": t.name,
            "instrument_code": t.instrument_code,
            "instrument_version": t.instrument_version,
            "min_measures": t.min_measures,
            "min_by_section": {k: int(v) for k, v in (t.min_by_section or {}).items()},
            "exemptions": t.exemptions or {},
            "validity_years": t.validity_years,
        }
        for t in SealType.applicable()
    ]


@router.get(
    "/suppliers/{supplier_id}/certificates",
    response={200: list[CertificateOut], **ERRORS},
    summary="Zertifikate von Managementsystemen eines Lieferanten",
)
def list_certificates(request, supplier_id: Id):
    return _certificates(_staff_supplier(request, supplier_id))


@router.get(
    "/suppliers/{supplier_id}/invoices",
    response={200: list[InvoiceOut], **ERRORS},
    summary="Rechnungen und Gutschriften eines Lieferanten",
)
def list_invoices(request, supplier_id: Id):
    supplier = _staff_supplier(request, supplier_id)
    rows = Invoice.objects.filter(application__supplier=supplier).select_related("cancels")
    return [
        {
            "id": i.pk,
            "number": i.number,
            "kind": i.kind,
            "application_id": i.application_id,
            "issued_on": i.issued_on,
            "due_on": i.due_on,
            "net": i.net,
            "vat": i.vat,
            "gross": i.gross,
            "status": i.status,
            "cancels": i.cancels.number if i.cancels_id else None,
        }
        for i in rows
    ]


@router.get(
    "/shared-profiles",
    response={200: list[SharedProfileOut], **ERRORS},
    summary="Profile, die Lieferanten mit Ihnen geteilt haben",
)
def list_shared_profiles(request):
    if not request.user.is_authenticated:
        raise HttpError(401, "")
    purchaser = purchaser_of(request.user)
    if purchaser is None:
        raise HttpError(403, "Nur Einkäuferinnen und Einkäufer sehen geteilte Profile.")
    profiles = []
    for share in sharing.shares_for(purchaser).select_related("supplier").order_by("pk")[:200]:
        supplier = share.supplier
        sharing.view_log(share, request.user, "Profil (API)")
        profiles.append(
            {
                "share_id": share.pk,
                "supplier_id": supplier.pk,
                "supplier_name": supplier.name,
                "shared_on": share.created_at,
                "seals": [
                    {
                        "number": s.number,
                        "kind": s.kind,
                        "status": s.status(),
                        "valid_until": s.valid_until,
                    }
                    for s in supplier.seals.all()
                ],
                "certificates": _certificates(supplier),
                "risks": [
                    {
                        "risk": d.risk,
                        "status": d.status,
                        "measures": d.measures,
                        "declared_on": d.declared_on,
                    }
                    for d in supplier.risks.all()
                ],
            }
        )
    return profiles

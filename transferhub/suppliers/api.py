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
from ninja.pagination import paginate
from pydantic import Field

from transferhub.lib.api_schemas import ERRORS, MAX_ID, Converted, LimitOffset, Page
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

    @staticmethod
    def resolve_min_by_section(seal_type: SealType) -> dict[str, int]:
        return {k: int(v) for k, v in (seal_type.min_by_section or {}).items()}

    @staticmethod
    def resolve_exemptions(seal_type: SealType) -> dict[str, str]:
        return seal_type.exemptions or {}


class CertificateOut(Schema):
    id: int
    standard: str
    issuer: str
    number: str
    valid_from: dt.date
    valid_until: dt.date
    valid: bool

    @staticmethod
    def resolve_valid(certificate) -> bool:
        return certificate.is_valid()


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

    @staticmethod
    def resolve_cancels(invoice: Invoice) -> str | None:
        return invoice.cancels.number if invoice.cancels_id else None


class SharedSealOut(Schema):
    number: str
    kind: str
    status: str
    valid_until: dt.date

    @staticmethod
    def resolve_status(seal) -> str:
        return seal.status()


class SharedRiskOut(Schema):
    risk: str
    status: str
    measures: str
    declared_on: dt.date


class SharedProfileOut(Schema):
    """Read from a share: the supplier's seals, certificates and declared risks."""

    share_id: int = Field(alias="pk")
    supplier_id: int
    supplier_name: str = Field(alias="supplier.name")
    shared_on: dt.datetime = Field(alias="created_at")
    seals: list[SharedSealOut] = Field(alias="supplier.seals")
    certificates: list[CertificateOut] = Field(alias="supplier.certificates")
    risks: list[SharedRiskOut] = Field(alias="supplier.risks")


def _staff_supplier(request, supplier_id: int) -> Supplier:
    if not request.user.is_authenticated:
        raise HttpError(401, "")
    supplier = Supplier.objects.filter(pk=supplier_id).first()
    if supplier is None:
        raise Http404
    if not (is_supplier_staff(request.user, supplier) or is_secretariat(request.user)):
        raise HttpError(403, "Nur der Lieferant selbst und die Geschäftsstelle sehen das.")
    return supplier


@router.get("/seal-types", response={200: list[SealTypeOut], **ERRORS}, summary="Siegelarten")
def list_seal_types(request):
    return SealType.applicable()


@router.get(
    "/suppliers/{supplier_id}/certificates",
    response={200: list[CertificateOut], **ERRORS},
    summary="Zertifikate von Managementsystemen eines Lieferanten",
)
def list_certificates(request, supplier_id: Id):
    return _staff_supplier(request, supplier_id).certificates.all()


@router.get(
    "/suppliers/{supplier_id}/invoices",
    response={200: list[InvoiceOut], **ERRORS},
    summary="Rechnungen und Gutschriften eines Lieferanten",
)
def list_invoices(request, supplier_id: Id):
    supplier = _staff_supplier(request, supplier_id)
    return Invoice.objects.filter(application__supplier=supplier).select_related("cancels")


@router.get(
    "/shared-profiles",
    response={200: Page[SharedProfileOut], **ERRORS},
    summary="Profile, die Lieferanten mit Ihnen geteilt haben",
)
@paginate(LimitOffset)
def list_shared_profiles(request):
    if not request.user.is_authenticated:
        raise HttpError(401, "")
    purchaser = purchaser_of(request.user)
    if purchaser is None:
        raise HttpError(403, "Nur Einkäuferinnen und Einkäufer sehen geteilte Profile.")
    shares = (
        sharing.shares_for(purchaser)
        .select_related("supplier")
        .prefetch_related("supplier__seals", "supplier__certificates", "supplier__risks")
        .order_by("pk")
    )

    def seen(share):
        # Each look is logged for the supplier: only the profiles on the page taken.
        sharing.view_log(share, request.user, "Profil (API)")
        return share

    return Converted(shares, seen)

"""Suppliers in the JSON API: search, profile, seal verification (read only, public).

The same rules as the web pages: everyone, without a token too, searches and sees the
public fields; purchasers and the secretariat search hidden products and see the
protected fields (the supplier's own staff too, on its profile); a seal number tells
whether the seal is valid, expired or revoked and for whom, nothing else.
"""

from typing import Literal

from django.db.models import Prefetch, Value
from django.utils.translation import gettext as _
from ninja import Path, Query, Router
from ninja.pagination import paginate

from transferhub.suppliers.forms import SearchForm
from transferhub.suppliers.models import SEAL_NUMBER_RE, Seal, Supplier
from transferhub.suppliers.permissions import sees_full_profile, sees_protected
from transferhub.suppliers.search import search_suppliers

from ..errors import ApiProblem
from ..loading import get_or_404
from ..pagination import LimitOffset
from ..schemas import NO_NUL, Page, PathId, SealVerificationOut, SupplierOut, responses

router = Router(tags=["Lieferanten"])


def _choices(field: str):
    """The values the web search form offers for a field ("" for any), as a Literal."""
    return Literal[tuple(str(value) for value, _label in SearchForm.base_fields[field].choices)]


SealChoice = _choices("seal")
SealStatusChoice = _choices("seal_status")
SizeChoice = _choices("size")
StateChoice = _choices("state")
SortChoice = _choices("sort")


def _seals():
    return Prefetch("seals", queryset=Seal.objects.order_by("kind"))


def _form_errors(form) -> ApiProblem:
    errors = [
        {"loc": ["query", field], "msg": str(error.messages[0]), "type": error.code or "invalid"}
        for field, field_errors in form.errors.as_data().items()
        for error in field_errors
    ]
    return ApiProblem(
        422,
        "validation_error",
        _("Die Suchangaben sind ungültig; bitte korrigieren Sie die genannten Filter."),
        errors=errors,
    )


@router.get(
    "/suppliers",
    response=responses(200, Page[SupplierOut]),
    summary="Lieferanten suchen (öffentlich)",
)
@paginate(LimitOffset)
def search_supplier_list(
    request,
    q: str = Query("", max_length=200, pattern=NO_NUL, description="Name, Produkte"),
    seal: SealChoice = "",
    seal_status: SealStatusChoice = "",
    industry: str = Query(
        "", max_length=10, pattern=NO_NUL, description="WZ-Abschnitt (C) oder Code (25, 25.11)"
    ),
    size: SizeChoice = "",
    plz: str = Query("", max_length=5, pattern=NO_NUL, description="ein oder zwei Ziffern"),
    state: StateChoice = "",
    lksg: bool = Query(False, description="nur mit vollständiger LkSG-Erklärung"),
    sort: SortChoice = "",
):
    form = SearchForm(
        {
            "q": q,
            "seal": seal,
            "seal_status": seal_status,
            "industry": industry,
            "size": size,
            "plz": plz,
            "state": state,
            "lksg": "on" if lksg else "",
            "sort": sort,
        }
    )
    if not form.is_valid():
        raise _form_errors(form)
    protected = sees_protected(request.user)
    results = search_suppliers(form.cleaned_data, protected=protected)
    access = Value("full" if protected else "public")
    return results.annotate(access=access).prefetch_related(_seals())


@router.get(
    "/suppliers/{supplier_id}",
    response=responses(200, SupplierOut),
    summary="Lieferantenprofil (öffentliche Angaben, mehr für Einkäufer)",
)
def get_supplier(request, supplier_id: PathId):
    suppliers = Supplier.objects.select_related("company").prefetch_related(_seals())
    supplier = get_or_404(request, suppliers, supplier_id)
    supplier.access = "full" if sees_full_profile(request.user, supplier) else "public"
    return supplier


@router.get(
    "/seals/{number}",
    response=responses(200, SealVerificationOut),
    summary="Siegel prüfen (öffentlich): gültig, abgelaufen oder widerrufen, und für wen",
)
def verify_seal(
    request,
    number: str = Path(..., description="Siegelnummer, z. B. OM-AS-2026-00042"),
):
    seal = None
    if SEAL_NUMBER_RE.match(number):
        seal = Seal.objects.select_related("supplier").filter(number=number).first()
    if seal is None:
        raise ApiProblem(
            404,
            "not_found",
            _("Ein Siegel mit dieser Nummer gibt es nicht. Bitte prüfen Sie die Nummer."),
        )
    return seal

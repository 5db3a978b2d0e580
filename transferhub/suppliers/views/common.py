"""Helpers the supplier pages share."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404

from transferhub.checks.models import SAFETY_CHECK_CODE, Assessment
from transferhub.network.permissions import is_secretariat

from ..models import Seal, Supplier
from ..permissions import is_supplier_staff

PAGE_SIZE = 50


def _download(export) -> HttpResponse:
    filename, mimetype, content = export
    response = HttpResponse(content, content_type=mimetype)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _seals_prefetch():
    return Prefetch("seals", queryset=Seal.objects.order_by("kind"))


def _staff_supplier(request, pk: int) -> Supplier:
    supplier = get_object_or_404(Supplier.objects.select_related("company"), pk=pk)
    if not (is_supplier_staff(request.user, supplier) or is_secretariat(request.user)):
        raise PermissionDenied
    return supplier


def _safety_assessments(supplier: Supplier):
    if supplier.company_id is None:
        return Assessment.objects.none()
    return (
        Assessment.objects.filter(
            company_id=supplier.company_id, version__instrument__code=SAFETY_CHECK_CODE
        )
        .select_related("version__instrument")
        .order_by("-created")
    )


def _error(request, form, exc) -> None:
    if form is not None:
        form.add_error(None, str(exc))
    else:
        messages.error(request, str(exc))

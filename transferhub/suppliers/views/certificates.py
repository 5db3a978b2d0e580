"""Certificates of management systems (ISO 45001, ISO 14001, EMAS, ISO 50001) that stand in
for a section of a seal's measures; kept by the supplier's staff, seen by the office."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from transferhub.lib.downloads import stored_file_response
from transferhub.network.permissions import is_secretariat

from .. import seal_rules
from ..forms import CertificateForm
from ..models import ManagementCertificate, SealType
from ..permissions import is_supplier_staff
from .common import _staff_supplier


@login_required
def certificates(request, pk: int):
    supplier = _staff_supplier(request, pk)
    form = CertificateForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            seal_rules.certificate_add(
                supplier=supplier,
                standard=data["standard"],
                issuer=data["issuer"],
                number=data["number"],
                valid_from=data["valid_from"],
                valid_until=data["valid_until"],
                upload=data["file"],
                actor=request.user,
            )
        except seal_rules.SealError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Das Zertifikat ist gespeichert."))
            return redirect("suppliers:certificates", pk=supplier.pk)
    types = [(kind, seal_rules.requirements(kind, supplier)) for kind in SealType.applicable()]
    return render(
        request,
        "suppliers/certificates.html",
        {
            "supplier": supplier,
            "form": form,
            "certificates": supplier.certificates.all(),
            "types": types,
        },
        status=400 if form.errors else 200,
    )


def _certificate(request, pk: int) -> ManagementCertificate:
    certificate = get_object_or_404(ManagementCertificate.objects.select_related("supplier"), pk=pk)
    if not (is_supplier_staff(request.user, certificate.supplier) or is_secretariat(request.user)):
        raise PermissionDenied
    return certificate


@login_required
def certificate_file(request, pk: int):
    certificate = _certificate(request, pk)
    return stored_file_response(
        certificate.file, filename=certificate.file_name, content_type=certificate.mime_type
    )


@login_required
@require_POST
def certificate_delete(request, pk: int):
    certificate = _certificate(request, pk)
    supplier_pk = certificate.supplier_id
    seal_rules.certificate_delete(certificate=certificate, actor=request.user)
    messages.success(request, _("Das Zertifikat ist entfernt."))
    return redirect("suppliers:certificates", pk=supplier_pk)

"""Answer once, share with buyers: the supplier gives and revokes shares and sees every look;
a purchaser redeems a code and opens the profiles shared with them."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from transferhub.lib.downloads import stored_file_response
from transferhub.lib.ratelimit import over_limit
from transferhub.network.models import Organisation

from .. import sharing
from ..models import EvidenceDocument, ManagementCertificate, ProfileShare, ProfileView
from ..permissions import purchaser_of
from ..seal_rules import SealError
from .common import _staff_supplier

REDEEM_LIMIT = 10  # tries per login in 15 minutes


def _buyer_organisations():
    return Organisation.objects.filter(purchasers__active=True).distinct().order_by("name")


@login_required
def shares(request, pk: int):
    """The supplier's shares: give one (organisation or code), revoke, see who looked."""
    supplier = _staff_supplier(request, pk)
    new_code = None
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "organisation":
                raw = request.POST.get("organisation", "")
                organisation = (
                    _buyer_organisations().filter(pk=int(raw)).first() if raw.isdigit() else None
                )
                sharing.share_with_organisation(
                    supplier=supplier, organisation=organisation, actor=request.user
                )
                messages.success(request, _("Ihr Profil ist freigegeben."))
            elif action == "code":
                _share, new_code = sharing.share_by_code(
                    supplier=supplier, label=request.POST.get("label", ""), actor=request.user
                )
            elif action == "revoke":
                raw = request.POST.get("share", "")
                share = supplier.shares.filter(pk=int(raw)).first() if raw.isdigit() else None
                if share is None:
                    raise SealError(_("Diese Freigabe gibt es nicht."))
                sharing.share_revoke(share=share, actor=request.user)
                messages.success(request, _("Die Freigabe ist widerrufen."))
            else:
                raise SealError(_("Unbekannte Aktion."))
        except SealError as exc:
            messages.error(request, str(exc))
        if new_code is None:
            return redirect("suppliers:shares", pk=supplier.pk)
    listed = supplier.shares.select_related("organisation", "redeemed_by__organisation")
    views = (
        ProfileView.objects.filter(share__supplier=supplier)
        .select_related("viewer", "share__organisation", "share__redeemed_by__organisation")
        .order_by("-viewed_at")[:100]
    )
    return render(
        request,
        "suppliers/shares.html",
        {
            "supplier": supplier,
            "shares": listed,
            "views": views,
            "organisations": _buyer_organisations(),
            "new_code": new_code,
        },
    )


@login_required
def share_redeem(request):
    """A purchaser enters an invitation code and finds the profiles shared with them."""
    purchaser = purchaser_of(request.user)
    if purchaser is None:
        raise PermissionDenied
    if request.method == "POST":
        if over_limit("share-redeem", str(request.user.pk), limit=REDEEM_LIMIT, window_seconds=900):
            messages.error(request, _("Zu viele Versuche. Bitte warten Sie eine Viertelstunde."))
        else:
            try:
                share = sharing.share_redeem(
                    code=request.POST.get("code", "")[:40], purchaser=purchaser, actor=request.user
                )
            except SealError as exc:
                messages.error(request, str(exc))
            else:
                return redirect("suppliers:shared_profile", share_pk=share.pk)
        return redirect("suppliers:share_redeem")
    shared = sharing.shares_for(purchaser).select_related("supplier").order_by("supplier__name")
    return render(request, "suppliers/share_redeem.html", {"shared": shared})


def _share_for(request, share_pk: int) -> ProfileShare:
    share = (
        sharing.shares_for(purchaser_of(request.user))
        .select_related("supplier")
        .filter(pk=share_pk)
        .first()
    )
    if share is None:
        raise Http404
    return share


@login_required
def shared_profile(request, share_pk: int):
    share = _share_for(request, share_pk)
    supplier = share.supplier
    sharing.view_log(share, request.user, _("Profil"))
    return render(
        request,
        "suppliers/shared_profile.html",
        {
            "share": share,
            "supplier": supplier,
            "seals": supplier.seals.all(),
            "certificates": supplier.certificates.all(),
            "risks": supplier.risks.prefetch_related("evidence").order_by("risk"),
        },
    )


@login_required
def shared_document(request, share_pk: int, kind: str, doc_pk: int):
    share = _share_for(request, share_pk)
    if kind == "zertifikat":
        doc = get_object_or_404(ManagementCertificate, pk=doc_pk, supplier=share.supplier)
        field, name, mime = doc.file, doc.file_name, doc.mime_type
    elif kind == "nachweis":
        doc = get_object_or_404(EvidenceDocument, pk=doc_pk, declaration__supplier=share.supplier)
        field, name, mime = doc.file, doc.original_name, doc.mime_type
    else:
        raise Http404
    sharing.view_log(share, request.user, f"{_('Dokument')}: {name}")
    return stored_file_response(field, filename=name, content_type=mime)

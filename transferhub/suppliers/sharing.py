"""Answer once, share with buyers: a supplier's profile shared by naming the buyer's
organisation or by an invitation code; consent and revocation logged; every look kept."""

import hashlib

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from transferhub.lib.audit import log_action
from transferhub.lib.codes import readable_code

from .models import ProfileShare, ProfileView, Purchaser, Supplier
from .seal_rules import SealError


def _hash(code: str) -> str:
    return hashlib.sha256(code.strip().upper().replace(" ", "").encode()).hexdigest()


@transaction.atomic
def share_with_organisation(*, supplier: Supplier, organisation, actor) -> ProfileShare:
    """Share the profile with every active purchaser of one organisation."""
    if organisation is None:
        raise SealError(_("Bitte wählen Sie die Organisation des Einkaufs."))
    if supplier.shares.filter(organisation=organisation, revoked_at__isnull=True).exists():
        raise SealError(_("Mit dieser Organisation ist Ihr Profil schon geteilt."))
    share = ProfileShare.objects.create(
        supplier=supplier, organisation=organisation, created_by=actor
    )
    log_action(
        actor, "suppliers.share.given", share, supplier=supplier.pk, organisation=organisation.pk
    )
    return share


@transaction.atomic
def share_by_code(*, supplier: Supplier, label: str, actor) -> tuple[ProfileShare, str]:
    """An invitation code for one buyer; the code is returned once and kept only as a hash."""
    code = readable_code(3)
    share = ProfileShare.objects.create(
        supplier=supplier,
        code_hash=_hash(code),
        label=" ".join((label or "").split())[:200],
        created_by=actor,
    )
    log_action(actor, "suppliers.share.code_created", share, supplier=supplier.pk)
    return share, code


@transaction.atomic
def share_redeem(*, code: str, purchaser: Purchaser, actor) -> ProfileShare:
    """A purchaser redeems an invitation code; an altered or used code reveals nothing."""
    share = (
        ProfileShare.objects.select_for_update()
        .filter(code_hash=_hash(code or ""), revoked_at__isnull=True)
        .exclude(code_hash="")
        .first()
    )
    if share is None or (share.redeemed_by_id and share.redeemed_by_id != purchaser.pk):
        raise SealError(
            _("Dieser Einladungscode gilt nicht (mehr). Bitte fragen Sie beim Lieferanten nach.")
        )
    if share.redeemed_by_id is None:
        share.redeemed_by = purchaser
        share.redeemed_at = timezone.now()
        share.save(update_fields=["redeemed_by", "redeemed_at"])
        log_action(actor, "suppliers.share.redeemed", share, supplier=share.supplier_id)
    return share


@transaction.atomic
def share_revoke(*, share: ProfileShare, actor) -> ProfileShare:
    if share.revoked_at is not None:
        raise SealError(_("Diese Freigabe ist bereits widerrufen."))
    share.revoked_at = timezone.now()
    share.revoked_by = actor
    share.save(update_fields=["revoked_at", "revoked_by"])
    log_action(actor, "suppliers.share.revoked", share, supplier=share.supplier_id)
    return share


def shares_for(purchaser: Purchaser | None):
    """The active shares a purchaser may open: redeemed by them or given to their organisation."""
    if purchaser is None:
        return ProfileShare.objects.none()
    mine = Q(redeemed_by=purchaser)
    if purchaser.organisation_id:
        mine |= Q(organisation_id=purchaser.organisation_id)
    return ProfileShare.objects.filter(mine, revoked_at__isnull=True)


def view_log(share: ProfileShare, user, what: str) -> None:
    ProfileView.objects.create(share=share, viewer=user, what=what[:300])

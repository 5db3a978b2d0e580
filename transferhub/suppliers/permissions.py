"""Who may see and do what in the supplier database.

- Everyone, anonymous included, searches suppliers, sees the public fields and
  verifies a seal by its number.
- Purchasers (a Purchaser record, active) and the secretariat also see the
  protected fields, export result lists and request LkSG declarations.
- Supplier staff (logins linked to the supplier or to its checks.Company) edit
  the profile, apply for seals and keep the LkSG declaration.
- The secretariat reviews applications (never its own company's nor one it
  consults on) and revokes seals.
- A consultant sees the applications and seals of the companies they serve and that
  authorised them (the one rule of checks.permissions.consulted_company_ids).
"""

from django.db.models import Q

from transferhub.checks.permissions import consulted_company_ids
from transferhub.network.permissions import is_secretariat

from .models import Purchaser, Supplier


def purchaser_of(user) -> Purchaser | None:
    """The user's active Purchaser record, or None (cached per request)."""
    if not user.is_authenticated:
        return None
    if not hasattr(user, "_th_purchaser"):
        user._th_purchaser = Purchaser.objects.filter(user=user, active=True).first()
    return user._th_purchaser


def sees_protected(user) -> bool:
    """Purchasers and the secretariat see the fields a supplier keeps from the public."""
    return is_secretariat(user) or purchaser_of(user) is not None


def staff_supplier_ids(user) -> set[int]:
    if not user.is_authenticated:
        return set()
    if not hasattr(user, "_th_supplier_ids"):
        user._th_supplier_ids = set(
            Supplier.objects.filter(Q(staff=user) | Q(company__staff=user)).values_list(
                "pk", flat=True
            )
        )
    return user._th_supplier_ids


def is_supplier_staff(user, supplier: Supplier) -> bool:
    return supplier.pk in staff_supplier_ids(user)


def sees_full_profile(user, supplier: Supplier) -> bool:
    return sees_protected(user) or is_supplier_staff(user, supplier)


def can_follow_application(user, application) -> bool:
    """Supplier staff, the secretariat and the company's consultants follow an application."""
    if is_secretariat(user) or is_supplier_staff(user, application.supplier):
        return True
    company_id = application.supplier.company_id
    return company_id is not None and company_id in consulted_company_ids(user)

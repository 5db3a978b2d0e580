"""The supplier search: full text over name and products, filters, sorting.

Every filter is on an indexed column of Supplier or an EXISTS on the seal
index, so a page costs the same few queries at any size of the database.
"""

from django.db.models import Exists, OuterRef, QuerySet

from transferhub.checks.models import wz_section

from .forms import SORTS
from .models import Seal, Supplier


def search_suppliers(data: dict, *, protected: bool) -> QuerySet[Supplier]:
    """Filter suppliers by the cleaned search form; `protected` searches hidden products too."""
    qs = Supplier.objects.all()
    column = "search_all" if protected else "search_public"
    for word in (data.get("q") or "").casefold().split()[:8]:
        qs = qs.filter(**{f"{column}__contains": word})
    seal, status = data.get("seal"), data.get("seal_status")
    if seal or status:
        seals = Seal.objects.filter(supplier=OuterRef("pk"))
        if seal:
            seals = seals.filter(kind=seal)
        if status:
            seals = seals.filter(Seal.status_q(status))
        qs = qs.filter(Exists(seals))
    industry = data.get("industry")
    if industry:
        if len(industry) == 1:
            qs = qs.filter(wz_section=industry)
        elif len(industry) == 2:
            qs = qs.filter(wz_section=wz_section(industry), wz_code__startswith=industry)
        else:
            qs = qs.filter(wz_code__startswith=industry)
    if data.get("size"):
        qs = qs.filter(size_class=data["size"])
    plz = data.get("plz")
    if plz:
        # Two digits are stored per supplier; one digit means the ten areas under it.
        areas = [plz] if len(plz) == 2 else [f"{plz}{i}" for i in range(10)]
        qs = qs.filter(postcode_area__in=areas)
    if data.get("state"):
        qs = qs.filter(federal_state=data["state"])
    if data.get("lksg"):
        qs = qs.filter(lksg_declared_on__isnull=False)
    return qs.order_by(*SORTS.get(data.get("sort") or "name", SORTS["name"]))

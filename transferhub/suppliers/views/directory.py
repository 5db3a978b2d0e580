"""The supplier directory: search with filters and its CSV for purchasers."""

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch, prefetch_related_objects
from django.shortcuts import render
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from transferhub.lib.fragments import form_fields_html
from transferhub.lib.links import url_maker
from transferhub.lib.pagination import CappedIdPaginator, page_number
from transferhub.lib.text import shorten

from .. import exports
from ..forms import SearchForm
from ..models import Seal, Supplier
from ..permissions import purchaser_of, sees_protected
from ..search import search_suppliers
from ..templatetags.seals import seal_badge
from .common import PAGE_SIZE, _download, _seals_prefetch

# The result page counts matches only up to here ("mehr als 1.000 Lieferanten gefunden"):
# counting 100,000 matches costs more than the page itself.
COUNT_LIMIT = 1000


MAX_PAGE = 100_000


# Export at most this many rows at once; a purchaser narrows the filters for more.
EXPORT_LIMIT = 5000


def _search(request):
    form = SearchForm(request.GET or None)
    if request.GET and not form.is_valid():
        return form, None
    data = form.cleaned_data if form.is_bound else {}
    return form, search_suppliers(data, protected=sees_protected(request.user))


# The columns the result list shows (and what decides whether to show them).
RESULT_FIELDS = (
    "id",
    "name",
    "federal_state",
    "postcode_area",
    "postcode",
    "town",
    "address_public",
    "wz_code",
    "size_class",
    "products",
    "products_public",
    "lksg_declared_on",
)


SEAL_FIELDS = ("id", "supplier_id", "kind", "valid_until", "revoked_at")


def _day(value: dt.date) -> str:
    """The template filter date:"d.m.Y"."""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def _result_rows(suppliers, *, protected: bool) -> list[dict]:
    """What each row of the result table shows, worked out here rather than per row in the
    template: the list page renders 50 rows, and template logic per row was most of its cost.
    A seal's badge is the {% seal_badge %} of every other page.
    """
    today = timezone.localdate()
    # Translated once a page, not once a row.
    states = {code: str(label) for code, label in Supplier.FederalState.choices}
    sizes = {code: str(label) for code, label in Supplier.SizeClass.choices}
    detail_url = url_maker("suppliers:detail")
    area_text, declared_text = _("PLZ %(a)s…"), _("Erklärung vom %(d)s")
    rows = []
    for s in suppliers:
        badges = []
        seals = s.seals.all()
        for seal in seals:
            if protected or seal.status(today) != "revoked":
                badges.append(seal_badge(seal, today) + "\n ")
        if s.shows("address", full=protected):
            region = f"{s.postcode} {s.town}"
        else:
            region = area_text % {"a": s.postcode_area}
        show_products = s.shows("products", full=protected) and s.products
        rows.append(
            {
                "url": detail_url(s.pk),
                "name": s.name,
                "products": shorten(s.products, 120) if show_products else "",
                "region": region,
                "state": states.get(s.federal_state, s.federal_state),
                "wz_code": s.wz_code,
                "size": sizes.get(s.size_class, s.size_class),
                "seals": SafeString("".join(badges)) if seals else "–",
                "lksg": declared_text % {"d": _day(s.lksg_declared_on)}
                if s.lksg_declared_on
                else "–",
            }
        )
    return rows


def search(request):
    """Search suppliers; everyone sees public fields, purchasers the protected ones too."""
    form, results = _search(request)
    page = None
    if results is not None:
        number = page_number(request.GET.get("page"), most=MAX_PAGE)
        # Count so far that the requested page and the ones after it are known to exist.
        page = CappedIdPaginator(
            results,
            PAGE_SIZE,
            cap=number * PAGE_SIZE + COUNT_LIMIT,
            number=number,
            most_pages=MAX_PAGE,
            fields=RESULT_FIELDS,
        ).get_page(request.GET.get("page"))
        prefetch_related_objects(
            page.object_list,
            Prefetch("seals", queryset=Seal.objects.only(*SEAL_FIELDS).order_by("kind")),
        )
    protected = sees_protected(request.user)
    return render(
        request,
        "suppliers/search.html",
        {
            "form": form,
            "form_fields": form_fields_html(form),
            "page_obj": page,
            "suppliers": page.object_list if page else [],
            "rows": _result_rows(page.object_list, protected=protected) if page else [],
            "more_than": COUNT_LIMIT if page and page.paginator.count > COUNT_LIMIT else None,
            "protected": protected,
            "can_export": protected,
            "purchaser": purchaser_of(request.user),
        },
    )


@login_required
def search_csv(request):
    """Export the current result list as CSV (purchasers and the secretariat)."""
    if not sees_protected(request.user):
        raise PermissionDenied
    form, results = _search(request)
    if results is None:
        messages.error(request, _("Bitte korrigieren Sie die Filter; es wurde nichts exportiert."))
        return render(
            request,
            "suppliers/search.html",
            {
                "form": form,
                "form_fields": form_fields_html(form),
                "suppliers": [],
                "protected": True,
                "can_export": True,
            },
            status=400,
        )
    rows = results.prefetch_related(_seals_prefetch())[:EXPORT_LIMIT]
    return _download(exports.search_csv(rows))

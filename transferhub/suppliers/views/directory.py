"""The supplier directory: search with filters and its CSV for purchasers."""

import datetime as dt
import functools
from collections import defaultdict

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import router
from django.db.models.utils import create_namedtuple_class
from django.shortcuts import render
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from transferhub.checks.wz import wz_label
from transferhub.lib.db import rows_by_ids
from transferhub.lib.fragments import as_html, form_fields_html
from transferhub.lib.links import url_maker
from transferhub.lib.pagination import CappedIdPaginator, page_number
from transferhub.lib.text import shorten

from .. import exports
from ..forms import SearchForm
from ..models import Seal, Supplier
from ..permissions import sees_protected
from ..search import search_suppliers
from ..templatetags.seals import seal_badge_maker
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


# The columns the result list shows (and what decides whether to show them), read as
# plain values: model instances for 50 rows and their seals' prefetch cost some 1.5 ms a page.
RESULT_FIELDS = (
    "pk",
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


_ResultRow = create_namedtuple_class(*RESULT_FIELDS)  # values_list(named=True)'s rows


def _result_suppliers(ids: list[int]) -> list:
    """The page's suppliers as named tuples of RESULT_FIELDS, in the order of `ids`.

    Their query's SQL is built once per number of ids (lib.db.rows_by_ids): the same for
    every visitor, who sees of each row what Supplier.shows lets them.
    """
    rows = rows_by_ids(
        "supplier-results",
        Supplier,
        ids,
        lambda ids: Supplier.objects.filter(pk__in=ids).values_list(*RESULT_FIELDS),
    )
    found = {row[0]: _ResultRow(*row) for row in rows}
    return [found[pk] for pk in ids if pk in found]


# The seals' fields in the model's order, as Model.from_db takes them.
_SEAL_COLUMNS = [f.attname for f in Seal._meta.concrete_fields if f.attname in SEAL_FIELDS]


def _seals_of(ids: list[int]) -> dict[int, list[Seal]]:
    """The seals of these suppliers, by supplier, in the order of their kind.

    As `Seal.objects.filter(supplier_id__in=ids).only(*SEAL_FIELDS).order_by("kind")`
    gives them, with SQL built once per number of suppliers (lib.db.rows_by_ids).
    """
    seals = defaultdict(list)
    rows = rows_by_ids(
        "supplier-result-seals",
        Seal,
        ids,
        lambda ids: (
            Seal.objects.filter(supplier_id__in=ids).order_by("kind").values_list(*_SEAL_COLUMNS)
        ),
    )
    alias = router.db_for_read(Seal)
    for row in rows:
        seal = Seal.from_db(alias, _SEAL_COLUMNS, row)
        seals[seal.supplier_id].append(seal)
    return seals


def _day(value: dt.date) -> str:
    """The template filter date:"d.m.Y"."""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


@functools.lru_cache(maxsize=8)
def _state_and_size_names(language: str | None) -> tuple[dict, dict]:
    """The federal states' and size classes' names, translated once per language."""
    states = {code: str(label) for code, label in Supplier.FederalState.choices}
    sizes = {code: str(label) for code, label in Supplier.SizeClass.choices}
    return states, sizes


@functools.lru_cache(maxsize=4096)
def _industry_html(language: str | None, code: str) -> str:
    """An industry's name and code ({{ code|wz_label }}), escaped, once per language and code."""
    return as_html(wz_label(code))


def _result_rows_html(suppliers: list, *, protected: bool) -> str:
    """The result table's rows as the template once wrote them, byte for byte.

    Worked out in Python (as the registers' rows): the list page renders 50 rows, and
    template logic per row was most of its cost. The visibility rule is Supplier.shows,
    asked of each row's values; a seal's badge is the {% seal_badge %} of every other page.
    """
    seals_of = _seals_of([s.pk for s in suppliers])
    today = timezone.localdate()
    badge = seal_badge_maker(today)
    language = get_language()
    states, sizes = _state_and_size_names(language)
    detail_url = url_maker("suppliers:detail")
    area_text, declared_text = _("PLZ %(a)s…"), _("Erklärung vom %(d)s")
    region_label, industry_label = as_html(_("Region")), as_html(_("Branche"))
    size_label, seal_label, lksg_label = (
        as_html(_("Größe")),
        as_html(_("Siegel")),
        as_html(_("LkSG")),
    )
    out = []
    for s in suppliers:
        seals = seals_of.get(s.pk, ())
        badges = "".join(
            badge(seal) + "\n " for seal in seals if protected or seal.status(today) != "revoked"
        )
        if Supplier.shows(s, "address", full=protected):
            region = f"{s.postcode} {s.town}"
        else:
            region = area_text % {"a": s.postcode_area}
        products = ""
        if Supplier.shows(s, "products", full=protected) and s.products:
            products = f'<br><small class="muted">{as_html(shorten(s.products, 120))}</small>'
        declared = declared_text % {"d": _day(s.lksg_declared_on)} if s.lksg_declared_on else "–"
        out.append(
            f'\n  <tr>\n    <th scope="row"><a href="{as_html(detail_url(s.pk))}">'
            f"{as_html(s.name)}</a>\n      {products}</th>"
            f'\n    <td data-label="{region_label}">{as_html(region)}, '
            f"{as_html(states.get(s.federal_state, s.federal_state))}</td>"
            f'\n    <td data-label="{industry_label}">{_industry_html(language, s.wz_code)}</td>'
            f'\n    <td data-label="{size_label}">'
            f"{as_html(sizes.get(s.size_class, s.size_class))}</td>"
            f'\n    <td data-label="{seal_label}">{badges if seals else "–"}</td>'
            f'\n    <td data-label="{lksg_label}">{as_html(declared)}</td>'
            "\n  </tr>\n  "
        )
    return mark_safe("".join(out))  # noqa: S308 - every value escaped above


def search(request):
    """Search suppliers; everyone sees public fields, purchasers the protected ones too."""
    form, results = _search(request)
    protected = sees_protected(request.user)
    page = None
    suppliers = []
    if results is not None:
        number = page_number(request.GET.get("page"), most=MAX_PAGE)
        # Count so far that the requested page and the ones after it are known to exist.
        page = CappedIdPaginator(
            results,
            PAGE_SIZE,
            cap=number * PAGE_SIZE + COUNT_LIMIT,
            number=number,
            most_pages=MAX_PAGE,
        ).get_page(request.GET.get("page"))
        suppliers = _result_suppliers(list(page.object_list))
    return render(
        request,
        "suppliers/search.html",
        {
            "form": form,
            "form_fields": form_fields_html(form),
            "page_obj": page,
            "suppliers": suppliers,
            "result_rows": _result_rows_html(suppliers, protected=protected),
            "more_than": COUNT_LIMIT if page and page.paginator.count > COUNT_LIMIT else None,
            "protected": protected,
            "can_export": protected,
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

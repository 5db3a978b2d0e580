"""One search box over all minutes, decisions and tasks the user may see."""

from django.core.paginator import Paginator
from django.shortcuts import render

from transferhub.meetings.models import Meeting
from transferhub.network.models import Body

from . import search as fulltext
from .forms import SearchForm

PAGE_SIZE = 50


def protocol_search(request):
    """Search with filters for body, year and kind; passages with the match highlighted."""
    years = [d.year for d in Meeting.objects.dates("date", "year", order="DESC")]
    form = SearchForm(request.GET or None, bodies=Body.objects.order_by("name"), years=years)
    page = None
    results = []
    query = ""
    if form.is_valid() and form.cleaned_data["q"].strip():
        data = form.cleaned_data
        query = data["q"].strip()
        rows = fulltext.search(
            request.user,
            fulltext.Filters(
                query=query,
                body_id=data["body"].pk if data["body"] else None,
                year=data["year"],
                kind=data["kind"] or None,
            ),
        )
        if rows is not None:
            page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
            results = fulltext.results(page.object_list, query)
    return render(
        request,
        "protocols/search.html",
        {"form": form, "page_obj": page, "results": results, "query": query},
    )

"""The start page: each person's work, put together from the panels the apps register."""

import datetime as dt

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l
from django.views.decorators.http import require_GET

from transferhub.lib import registry, site_search
from transferhub.lib.navigation import allowed, held_capabilities, remember_capabilities
from transferhub.lib.pickers import matches, options_html, pickers
from transferhub.network.permissions import person_of

from .models import StartVisit

# A visit ends after an hour away from the start page; "new since" then moves on.
VISIT_GAP = dt.timedelta(hours=1)

# The roles a start page is written for, in the order its heading names them.
ROLE_LABELS = (
    "secretariat",
    "manager",
    "member",
    "company_staff",
    "supplier_staff",
    "consultant",
    "purchaser",
)


def _last_visit(user) -> dt.datetime | None:
    """The start of the previous visit (None on the first), moving on after VISIT_GAP."""
    now = timezone.now()
    visit = StartVisit.objects.filter(user=user).first()
    if visit is None:
        StartVisit.objects.create(user=user, seen=now)
        return None
    if now - visit.seen > VISIT_GAP:
        visit.previous = visit.seen
    visit.seen = now
    StartVisit.objects.filter(pk=visit.pk).update(seen=visit.seen, previous=visit.previous)
    return visit.previous


def start(request):
    """Show the person the panels of their roles; the public what is public."""
    user = request.user
    held = held_capabilities(user)
    remember_capabilities(request, held)
    if user.is_authenticated and "member" in held:
        request.th_last_visit = _last_visit(user)
    panels = []
    for name, panel in registry.start_panels.items():
        if not allowed(panel.needs, held):
            continue
        context = panel.context(request)
        if context is not None:
            panels.append(
                {"name": name, "title": panel.title, "template": panel.template, **context}
            )
    roles = [role for role in ROLE_LABELS if role in held]
    return render(
        request,
        "portal/start.html",
        {"panels": panels, "roles": roles, "person": person_of(user)},
    )


class SiteSearchForm(forms.Form):
    """The header search: a query, optionally one kind ("Protokolle", "Vorlagen", ...)."""

    q = forms.CharField(
        label=_l("Suchbegriff"),
        max_length=site_search.MAX_QUERY_CHARS,
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    kind = forms.ChoiceField(label=_l("Art"), required=False, choices=())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [
            ("", _("alles")),
            *((k, p.label) for k, p in site_search.providers.items()),
        ]


@require_GET
def search(request):
    """The header search: hits of every kind the person may see, grouped with their counts,
    each group linking to the full search of its kind."""
    form = SiteSearchForm(request.GET or None)
    groups, query = [], ""
    if form.is_valid():
        query = form.cleaned_data["q"].strip()
        kind = form.cleaned_data["kind"]
        groups = site_search.search_everything(request.user, query, [kind] if kind else None)
    return render(
        request,
        "portal/search.html",
        {
            "form": form,
            "query": query,
            "groups": groups,
            "found": any(g.count for g in groups),
        },
    )


@require_GET
def picker_options(request, kind: str):
    """At most MATCHES <option>s of a kind whose names hold the words typed (htmx)."""
    picker = pickers.get(kind)
    if picker is None:
        raise Http404
    if not request.user.is_authenticated:
        raise PermissionDenied
    if not allowed(picker.needs, held_capabilities(request.user)):
        raise PermissionDenied
    found = matches(kind, request.GET.get("q", ""), request.GET.get("prefer", ""))
    empty = _("– keine Auswahl –") if request.GET.get("optional") else None
    if not found:
        empty = _("Keine Treffer")
    return HttpResponse(options_html(picker, found, empty=empty))

"""The public websites of recognised networks, and the secretariat's review of applications.

A website is served at /netzwerke/<slug>/ and, where the secretariat set a host name, at
that host's root (see middleware.py); its links are relative to `base`, which is ""
on the network's own host.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from transferhub.lib import registry
from transferhub.lib.downloads import stored_file_response
from transferhub.lib.markdown import render_markdown
from transferhub.lib.ratelimit import over_limit
from transferhub.meetings.models import Meeting
from transferhub.network import networks as network_services
from transferhub.network.models import (
    Network,
    Organisation,
    RecognitionApplication,
    recognised_networks_q,
)
from transferhub.network.permissions import can_manage_network, is_secretariat
from transferhub.network.services import NetworkError

from . import services
from .forms import AgendaForm, ContactForm, RegionFilterForm, ReturnForm

CONTACT_LIMIT = 5  # messages an hour from one address
SITE_ROWS = 10


def network_directory(request):
    """All recognised networks, filtered by federal state or postcode."""
    form = RegionFilterForm(request.GET or None)
    rows = Network.objects.filter(recognised_networks_q()).order_by("kind", "name")
    if form.is_valid():
        if form.cleaned_data["land"]:
            rows = rows.filter(federal_states__contains=form.cleaned_data["land"])
        if form.cleaned_data["plz"]:
            rows = [n for n in rows if n.covers_postcode(form.cleaned_data["plz"])]
    elif form.is_bound:
        rows = Network.objects.none()
    return render(request, "regional/directory.html", {"form": form, "networks": rows})


def _network(request, slug: str) -> Network:
    """The network of the site: recognised, or previewed by those who manage it."""
    network = getattr(request, "network", None)
    if network is None or network.slug != slug:
        network = Network.objects.filter(slug=slug).first()
    if network is None:
        raise Http404
    if not network.is_recognised() and not can_manage_network(request.user, network.pk):
        raise Http404
    return network


def _base(request, network: Network) -> str:
    return "" if getattr(request, "network", None) else f"/netzwerke/{network.slug}"


def _main(name: str, *args) -> str:
    """A page of the main site, absolute where the website is served on its own host."""
    return settings.SITE_URL + reverse(name, args=args, urlconf=settings.ROOT_URLCONF)


def _render(request, network: Network, template: str, context: dict):
    host_mode = getattr(request, "network", None) is not None
    context = {
        "network": network,
        "base": _base(request, network),
        "host_mode": host_mode,
        "preview": not network.is_recognised(),
        **context,
    }
    return render(request, template, context)


def _partners(network: Network) -> list:
    """The network's member organisations and the OM partners in its region."""
    members = list(network.organisations.all()[:100])
    if network.kind == Network.Kind.FEDERAL:
        return members
    in_region = Q(federal_state__in=network.state_codes)
    for prefix in network.prefixes:
        in_region |= Q(postcode__startswith=prefix)
    seen = {o.pk for o in members}
    extra = Organisation.objects.filter(in_region, partner_since__isnull=False).order_by("name")
    return members + [o for o in extra[:100] if o.pk not in seen]


def _events(network: Network):
    from transferhub.events.models import Event

    return Event.objects.upcoming_of(network)[:SITE_ROWS]


def site(request, slug: str):
    """The start page: text and picture, contacts, events, meetings, partners, minutes."""
    network = _network(request, slug)
    today = timezone.localdate()
    of_network = Q(body__network=network)
    if network.kind == Network.Kind.FEDERAL:  # bodies saved without a network are its own
        of_network |= Q(body__network__isnull=True)
    meetings = Meeting.objects.filter(of_network).select_related("body")
    # Before a meeting is held, a visitor sees it only where its body is public.
    public = Q(pk__in=[])
    for public_ids in registry.public_meetings:
        public |= Q(pk__in=public_ids())
    upcoming = meetings.filter(public, date__gte=today).exclude(state=Meeting.State.CANCELLED)
    minutes = meetings.filter(state=Meeting.State.MINUTES_APPROVED).order_by("-date")
    host_mode = getattr(request, "network", None) is not None
    return _render(
        request,
        network,
        "regional/site.html",
        {
            "text": render_markdown(network.website_text),
            "contacts": network.contacts.select_related("organisation"),
            "partners": _partners(network),
            "upcoming": [
                (m, _main("meetings:detail", m.pk) if host_mode else None)
                for m in upcoming.order_by("date", "start_time")[:SITE_ROWS]
            ],
            "minutes": [
                (m, _main("meetings:detail", m.pk) if host_mode else f"/sitzungen/{m.pk}/")
                for m in minutes[:SITE_ROWS]
            ],
            "events": _events(network),
        },
    )


def _file(field, *, attachment: bool):
    return stored_file_response(field, as_attachment=attachment)


def site_not_found(request):
    network = request.network
    return render(
        request,
        "regional/not_found.html",
        {"network": network, "base": "", "host_mode": True},
        status=404,
    )


def founding_paper(request, slug: str):
    return _file(_network(request, slug).founding_paper, attachment=True)


def picture(request, slug: str):
    response = _file(_network(request, slug).website_picture, attachment=False)
    response["Cache-Control"] = "public, max-age=3600"
    return response


def imprint(request, slug: str):
    network = _network(request, slug)
    text = render_markdown(network.imprint) if network.imprint else None
    return _render(
        request, network, "regional/page.html", {"heading": _("Impressum"), "text": text}
    )


def privacy(request, slug: str):
    network = _network(request, slug)
    text = render_markdown(network.privacy) if network.privacy else None
    return _render(
        request,
        network,
        "regional/page.html",
        {"heading": _("Datenschutz"), "text": text, "privacy": True},
    )


def contact(request, slug: str):
    """A message to the coordinators: rate-limited per address, robots caught by a honeypot."""
    network = _network(request, slug)
    form = ContactForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if form.cleaned_data["homepage"]:
            # A robot filled the hidden field: answer as if sent, send nothing.
            messages.success(request, _("Vielen Dank, Ihre Nachricht wurde versandt."))
            return redirect(f"{_base(request, network)}/kontakt/")
        address = request.META.get("REMOTE_ADDR", "")
        if over_limit("network-contact", address, limit=CONTACT_LIMIT, window_seconds=3600):
            form.add_error(
                None,
                _(
                    "Sie haben in der letzten Stunde schon mehrere Nachrichten geschickt. "
                    "Bitte versuchen Sie es später noch einmal."
                ),
            )
        else:
            services.contact_send(
                network=network,
                name=form.cleaned_data["name"],
                email=form.cleaned_data["email"],
                message=form.cleaned_data["message"],
            )
            messages.success(request, _("Vielen Dank, Ihre Nachricht wurde versandt."))
            return redirect(f"{_base(request, network)}/kontakt/")
    response = _render(request, network, "regional/contact.html", {"form": form})
    if form.is_bound and form.non_field_errors():
        response.status_code = 429  # the only error without a field is the rate limit
    return response


# The secretariat's review ---------------------------------------------------------------


def _require_secretariat(request) -> None:
    if not is_secretariat(request.user):
        raise PermissionDenied


@login_required
def applications(request):
    _require_secretariat(request)
    rows = RecognitionApplication.objects.select_related("network", "criteria").exclude(
        state=RecognitionApplication.State.DRAFT
    )
    return render(request, "regional/applications.html", {"applications": rows})


@login_required
def application(request, pk: int):
    """Read an application; return it with a note or put it on a meeting's agenda."""
    _require_secretariat(request)
    current = get_object_or_404(
        RecognitionApplication.objects.select_related("network", "criteria"), pk=pk
    )
    meetings = services.agenda_meetings()
    agenda = AgendaForm(meetings=meetings)
    back = ReturnForm()
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "agenda":
                agenda = AgendaForm(request.POST, meetings=meetings)
                if agenda.is_valid():
                    services.application_put_on_agenda(
                        application=current,
                        meeting=agenda.cleaned_data["meeting"],
                        actor=request.user,
                    )
                    messages.success(request, _("Der Antrag steht auf der Tagesordnung."))
                    return redirect("regional:application", current.pk)
            elif action == "return":
                back = ReturnForm(request.POST)
                if back.is_valid():
                    network_services.application_return(
                        application=current, note=back.cleaned_data["note"], actor=request.user
                    )
                    messages.success(request, _("Der Antrag ging an das Netzwerk zurück."))
                    return redirect("regional:application", current.pk)
        except NetworkError as error:
            messages.error(request, error.message)
    item = None
    if current.agenda_item_id:
        from transferhub.meetings.models import AgendaItem

        item = (
            AgendaItem.objects.select_related("meeting").filter(pk=current.agenda_item_id).first()
        )
    return render(
        request,
        "regional/application.html",
        {
            "application": current,
            "answers": current.answers.select_related("criterion"),
            "agenda": agenda,
            "back": back,
            "item": item,
        },
    )

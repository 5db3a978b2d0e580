"""Events: the public page with its registration form, personal links, the organiser's pages."""

import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from transferhub.lib.markdown import render_markdown
from transferhub.lib.ratelimit import over_limit
from transferhub.network.models import Body, Network
from transferhub.network.permissions import (
    can_manage_body,
    can_manage_network,
    managed_body_ids,
    managed_network_ids,
)

from . import exports, services
from .calendar import event_ics, events_ics
from .forms import CheckInSearchForm, EventForm, RegistrationForm
from .models import Event, Registration

REGISTER_LIMIT = 10  # registrations an hour from one address
FEED_EVENTS = 200  # the next events in a feed
FEED_SECONDS = 300


def _download(result) -> HttpResponse:
    filename, mimetype, content = result
    response = HttpResponse(content, content_type=mimetype)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _show_error(form, error: services.EventError) -> None:
    form.add_error(error.field if error.field in form.fields else None, error.message)


# Public ------------------------------------------------------------------------------------


def _public_event(request, slug: str, pk: int) -> Event:
    event = get_object_or_404(Event.objects.select_related("network"), pk=pk, network__slug=slug)
    if not (event.published and event.network.is_recognised()) and not can_manage(
        request.user, event
    ):
        raise Http404
    return event


def event_detail(request, slug: str, pk: int):
    """The event's public page and registration form."""
    event = _public_event(request, slug, pk)
    offer = services.registration_offer(event)
    form = RegistrationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if over_limit(
            "event-registration",
            request.META.get("REMOTE_ADDR", ""),
            limit=REGISTER_LIMIT,
            window_seconds=3600,
        ):
            form.add_error(None, _("Zu viele Anmeldungen von dieser Adresse. Bitte später erneut."))
        else:
            try:
                services.registration_create(event=event, **form.cleaned_data)
            except services.EventError as error:
                _show_error(form, error)
            else:
                messages.success(
                    request,
                    _(
                        "Fast geschafft: Bitte bestätigen Sie Ihre Anmeldung mit dem Link, "
                        "den wir Ihnen gerade per E-Mail geschickt haben."
                    ),
                )
                return redirect(request.path)
    base = "" if getattr(request, "network", None) else f"/netzwerke/{event.network.slug}"
    return render(
        request,
        "events/detail.html",
        {
            "event": event,
            "network": event.network,
            "base": base,
            "text": render_markdown(event.text),
            "offer": offer,
            "seats_left": event.seats_left(),
            "form": form,
            "preview": not event.published,
        },
        status=400 if form.is_bound and form.errors else 200,
    )


def event_ics_download(request, pk: int):
    event = get_object_or_404(Event.objects.select_related("network"), pk=pk)
    if not event.published and not can_manage(request.user, event):
        raise Http404
    return _download(event_ics(event))


def feed(request, slug: str | None = None):
    """Published events that have not ended, of all networks or of one.

    Calendar programs poll feeds often; the file is kept FEED_SECONDS per process.
    """
    network = get_object_or_404(Network, slug=slug) if slug else None

    def build() -> bytes:
        events = Event.objects.public().filter(ends_at__gte=timezone.now())
        name = _("Veranstaltungen der Offensive Mittelstand")
        if network is not None:
            events, name = events.filter(network=network), network.name
        events = events.select_related("network").order_by("starts_at")[:FEED_EVENTS]
        return events_ics(events, name=str(name))

    content = cache.get_or_set(f"events-feed:{slug or ''}", build, FEED_SECONDS)
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Cache-Control"] = f"public, max-age={FEED_SECONDS}"
    return response


def _link_page(request, token: str, action: str):
    try:
        registration = services.registration_from_token(token)
    except services.EventError as error:
        return render(request, "events/link_error.html", {"message": error.message}, status=400)
    if request.method == "POST":
        try:
            if action == "confirm":
                registration = services.registration_confirm(token=token)
            else:
                registration = services.registration_cancel(token=token)
        except services.EventError as error:
            return render(request, "events/link_error.html", {"message": error.message}, status=400)
        return render(
            request, "events/link_done.html", {"registration": registration, "action": action}
        )
    return render(
        request, "events/link_confirm.html", {"registration": registration, "action": action}
    )


def registration_confirm(request, token: str):
    return _link_page(request, token, "confirm")


def registration_cancel(request, token: str):
    return _link_page(request, token, "cancel")


# Organisers --------------------------------------------------------------------------------


def can_manage(user, event: Event) -> bool:
    """The network's coordinators (and the secretariat), and the managers of its body."""
    if can_manage_network(user, event.network_id):
        return True
    return bool(event.body_id) and can_manage_body(user, event.body_id)


def _managed_event(request, pk: int) -> Event:
    event = get_object_or_404(Event.objects.select_related("network", "body"), pk=pk)
    if not can_manage(request.user, event):
        raise PermissionDenied
    return event


def _choices(user):
    networks, bodies = managed_network_ids(user), managed_body_ids(user)
    network_qs = Network.objects.all()
    body_qs = Body.objects.all()
    if networks is not None:
        from_bodies = Body.objects.filter(pk__in=bodies or ()).values("network_id")
        network_qs = network_qs.filter(Q(pk__in=networks) | Q(pk__in=from_bodies))
        body_qs = body_qs.filter(Q(network_id__in=networks) | Q(pk__in=bodies or ()))
    return network_qs, body_qs


def _may_organise(user) -> bool:
    networks, bodies = managed_network_ids(user), managed_body_ids(user)
    return networks is None or bool(networks) or bool(bodies)


@login_required
def manage_list(request):
    if not _may_organise(request.user):
        raise PermissionDenied
    networks, bodies = _choices(request.user)
    events = (
        Event.objects.filter(Q(network__in=networks) | Q(body__in=bodies))
        .select_related("network")
        .annotate(
            confirmed=Count("registrations", filter=Q(registrations__state="confirmed")),
            waiting=Count("registrations", filter=Q(registrations__state="waiting")),
        )
        .distinct()
    )
    return render(request, "events/manage_list.html", {"events": events[:200]})


@login_required
def event_create(request):
    if not _may_organise(request.user):
        raise PermissionDenied
    networks, bodies = _choices(request.user)
    form = EventForm(request.POST or None, networks=networks, bodies=bodies)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        network = data.pop("network")
        body = data.get("body")
        if not can_manage_network(request.user, network.pk) and not (
            body and can_manage_body(request.user, body.pk)
        ):
            raise PermissionDenied
        try:
            event = services.event_create(network=network, actor=request.user, **data)
        except services.EventError as error:
            _show_error(form, error)
        else:
            messages.success(request, _("Die Veranstaltung wurde angelegt."))
            return redirect("events:edit", event.pk)
    return render(request, "events/form.html", {"form": form, "heading": _("Neue Veranstaltung")})


@login_required
def event_edit(request, pk: int):
    event = _managed_event(request, pk)
    networks, bodies = _choices(request.user)
    form = EventForm(request.POST or None, instance=copy.copy(event), bodies=bodies)
    if request.method == "POST" and form.is_valid():
        try:
            services.event_update(event=event, actor=request.user, **form.cleaned_data)
        except services.EventError as error:
            _show_error(form, error)
        else:
            messages.success(request, _("Die Veranstaltung wurde gespeichert."))
            return redirect("events:edit", event.pk)
    return render(
        request,
        "events/form.html",
        {"form": form, "event": event, "heading": _("Veranstaltung bearbeiten")},
    )


@login_required
def participants(request, pk: int):
    event = _managed_event(request, pk)
    rows = event.registrations.order_by("state", "created")
    return render(request, "events/participants.html", {"event": event, "registrations": rows})


@login_required
def participants_export(request, pk: int, fmt: str):
    event = _managed_event(request, pk)
    if fmt == "csv":
        return _download(exports.participants_csv(event))
    if fmt == "xlsx":
        return _download(exports.participants_xlsx(event))
    raise Http404


@login_required
def check_in(request, pk: int):
    """The list at the door: search by name, tick who is there (works on a phone)."""
    event = _managed_event(request, pk)
    if request.method == "POST":
        registration = get_object_or_404(
            Registration, pk=request.POST.get("registration") or 0, event=event
        )
        try:
            services.check_in(
                registration=registration,
                present=request.POST.get("present") == "1",
                actor=request.user,
            )
        except services.EventError as error:
            messages.error(request, error.message)
        return redirect(f"{request.path}?q={request.POST.get('q', '')}")
    search = CheckInSearchForm(request.GET or None)
    rows = event.registrations.filter(state=Registration.State.CONFIRMED).order_by("name")
    if search.is_valid() and search.cleaned_data["q"]:
        q = search.cleaned_data["q"]
        rows = rows.filter(Q(name__icontains=q) | Q(organisation__icontains=q))
    return render(
        request,
        "events/check_in.html",
        {
            "event": event,
            "registrations": rows[:300],
            "search": search,
            "q": request.GET.get("q", ""),
            "present": event.registrations.filter(checked_in_at__isnull=False).count(),
        },
    )


@login_required
def certificate(request, pk: int):
    """The certificate of attendance of a participant who was checked in."""
    registration = get_object_or_404(Registration.objects.select_related("event__network"), pk=pk)
    if not can_manage(request.user, registration.event):
        raise PermissionDenied
    if not registration.checked_in_at:
        raise Http404
    return _download(exports.certificate_pdf(registration))

"""The management pages of networks: details, website, application for recognition."""

import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from transferhub.lib.pickers import MATCHES, options_html, pickers, words

from . import networks
from .forms_networks import PICKED, ApplicationForm, NetworkCreateForm, NetworkForm, pickable
from .models import Network
from .permissions import can_manage_network, is_secretariat, managed_network_ids
from .services import NetworkError


def _show_error(form, error: NetworkError) -> None:
    form.add_error(error.field if error.field in form.fields else None, error.message)


def _managed(request, pk: int) -> Network:
    network = get_object_or_404(Network, pk=pk)
    if not can_manage_network(request.user, network.pk):
        raise PermissionDenied
    return network


@login_required
def network_list(request):
    """The networks one manages (the secretariat: all)."""
    managed = managed_network_ids(request.user)
    if managed is not None and not managed:
        raise PermissionDenied
    rows = Network.objects.all()
    if managed is not None:
        rows = rows.filter(pk__in=managed)
    return render(
        request,
        "network/networks/list.html",
        {"networks": rows, "can_create": is_secretariat(request.user)},
    )


@login_required
def network_create(request):
    if not is_secretariat(request.user):
        raise PermissionDenied
    form = NetworkCreateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        data["coordinators"] = list(data["coordinators"])
        try:
            network = networks.network_create(actor=request.user, **data)
        except NetworkError as error:
            _show_error(form, error)
        else:
            messages.success(request, _("Das Netzwerk wurde angelegt."))
            return redirect("network:network_edit", network.pk)
    return render(
        request, "network/object_form.html", {"form": form, "heading": _("Netzwerk anlegen")}
    )


@login_required
def network_edit(request, pk: int):
    network = _managed(request, pk)
    form = NetworkForm(
        request.POST or None,
        request.FILES or None,
        instance=copy.copy(network),
        secretariat=is_secretariat(request.user),
    )
    if request.method == "POST" and form.is_valid():
        try:
            networks.network_update(network=network, actor=request.user, **form.service_kwargs())
        except NetworkError as error:
            _show_error(form, error)
        else:
            messages.success(request, _("Das Netzwerk wurde gespeichert."))
            return redirect("network:network_edit", network.pk)
    return render(
        request,
        "network/networks/edit.html",
        {"form": form, "network": network, "application": networks.open_application(network)},
    )


@require_GET
@login_required
def network_picker(request, pk: int, field: str):
    """At most MATCHES <option>s the editor may pick for a field of the edit page (htmx)."""
    network = _managed(request, pk)
    secretariat = is_secretariat(request.user)
    if field not in PICKED or (field == "coordinators" and not secretariat):
        raise Http404
    picker = pickers.get(PICKED[field])
    rows = pickable(network, field, secretariat=secretariat)
    typed_ids = request.GET.get("exclude", "")[:10_000].split(",")
    exclude = [p for p in typed_ids if p.isdigit() and len(p) <= 18][:500]
    if exclude:
        rows = rows.exclude(pk__in=exclude)
    typed = words(request.GET.get("q", ""))
    found = list((picker.search(rows, typed) if typed else rows)[:MATCHES])
    if not found:
        return HttpResponse(format_html("<option disabled>{}</option>", _("Keine Treffer")))
    return HttpResponse(options_html(picker, found, empty=None))


@login_required
def application(request, pk: int):
    """Answer the criteria with evidence and submit (coordinators); read (secretariat)."""
    network = _managed(request, pk)
    current = networks.open_application(network)
    if request.method == "POST" and request.POST.get("action") == "start":
        try:
            networks.application_start(network=network, actor=request.user)
        except NetworkError as error:
            messages.error(request, error.message)
        return redirect("network:application", network.pk)
    if current is None:
        past = network.applications.select_related("criteria").first()
        return render(
            request,
            "network/networks/application_start.html",
            {"network": network, "past": past, "criteria": networks.criteria_current()},
        )
    answers = current.answers.select_related("criterion").order_by("criterion__position")
    form = ApplicationForm(request.POST or None, answers=answers, editable=current.is_editable)
    if request.method == "POST" and form.is_valid():
        try:
            networks.answers_save(application=current, answers=form.answers(), actor=request.user)
            if request.POST.get("action") == "submit":
                networks.application_submit(application=current, actor=request.user)
                messages.success(
                    request, _("Der Antrag wurde bei der Geschäftsstelle eingereicht.")
                )
            else:
                messages.success(request, _("Die Antworten wurden gespeichert."))
        except NetworkError as error:
            _show_error(form, error)
        else:
            return redirect("network:application", network.pk)
    return render(
        request,
        "network/networks/application.html",
        {"network": network, "application": current, "form": form},
    )

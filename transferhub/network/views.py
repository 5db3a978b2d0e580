"""Pages of the network: home, bodies, and the secretariat's forms for people and bodies."""

import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, OuterRef, Q, Subquery
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from transferhub.decisions.models import Task
from transferhub.meetings.models import Meeting

from . import services
from .forms import (
    BodyForm,
    MembershipEndForm,
    MembershipForm,
    OrganisationForm,
    PersonForm,
    SearchForm,
)
from .models import Body, Membership, Organisation, Person
from .permissions import body_roles, is_member_of, is_secretariat, person_of

PAGE_SIZE = 50


def _page(request, queryset, per_page: int = PAGE_SIZE):
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


def _require_secretariat(request) -> None:
    if not is_secretariat(request.user):
        raise PermissionDenied


def _current(prefix: str = "") -> Q:
    today = timezone.localdate()
    return (
        Q(**{f"{prefix}start_date__isnull": True}) | Q(**{f"{prefix}start_date__lte": today})
    ) & (Q(**{f"{prefix}end_date__isnull": True}) | Q(**{f"{prefix}end_date__gte": today}))


def _show_error(form, error: services.NetworkError) -> None:
    field = error.field if error.field in form.fields else None
    form.add_error(field, error.message)


# Home ---------------------------------------------------------------------


def home(request):
    """Show a signed-in person their next meetings and open tasks; the public the approved minutes."""
    user = request.user
    today = timezone.localdate()
    public_minutes = (
        Meeting.objects.filter(state=Meeting.State.MINUTES_APPROVED)
        .select_related("body")
        .order_by("-date", "-start_time")[:10]
    )
    context = {"public_minutes": public_minutes, "today": today}
    if user.is_authenticated:
        person = person_of(user)
        body_ids = list(body_roles(user))
        upcoming = Meeting.objects.filter(date__gte=today).exclude(state=Meeting.State.CANCELLED)
        if not is_secretariat(user):
            upcoming = upcoming.filter(body_id__in=body_ids)
        context["next_meetings"] = upcoming.select_related("body").order_by("date", "start_time")[
            :10
        ]
        if person is not None:
            open_tasks = (
                Task.objects.filter(Q(owner_person=person) | Q(owner_body_id__in=body_ids))
                .filter(status__in=Task.OPEN_STATES)
                .select_related("body", "owner_person", "owner_body")
            )
            context["open_tasks"] = list(open_tasks[:11])
        context["person"] = person
        context["has_bodies"] = bool(body_ids)
    return render(request, "network/home.html", context)


# Bodies -------------------------------------------------------------------


def body_list(request):
    """List the bodies with their member count and next meeting (one query for the rows)."""
    today = timezone.localdate()
    next_meetings = (
        Meeting.objects.filter(body=OuterRef("pk"), date__gte=today)
        .exclude(state=Meeting.State.CANCELLED)
        .order_by("date", "start_time")
    )
    bodies = (
        Body.objects.select_related("parent")
        .annotate(
            member_count=Count("memberships", filter=_current("memberships__"), distinct=True),
            next_meeting_id=Subquery(next_meetings.values("pk")[:1]),
            next_meeting_date=Subquery(next_meetings.values("date")[:1]),
        )
        .order_by("name")
    )
    page = _page(request, bodies)
    secretariat = is_secretariat(request.user)
    mine = body_roles(request.user)
    for body in page:
        # Who belongs and when they meet next is for members only.
        body.details_visible = secretariat or body.pk in mine
    return render(request, "network/body_list.html", {"page_obj": page})


def body_detail(request, pk: int):
    """Show a body: everything to its members, its name and approved meetings to everyone else."""
    body = get_object_or_404(Body.objects.select_related("parent", "secretariat_contact"), pk=pk)
    member = is_member_of(request.user, body.pk)
    meetings = body.meetings.order_by("-date", "-start_time")
    if not member:
        meetings = meetings.filter(state=Meeting.State.MINUTES_APPROVED)
    context = {
        "body": body,
        "member": member,
        "page_obj": _page(request, meetings),
        "can_manage_members": is_secretariat(request.user),
    }
    if member:
        context["memberships"] = (
            body.memberships.filter(_current())
            .select_related("person", "person__organisation", "on_behalf_of")
            .order_by("role", "person__family_name", "person__given_name")
        )
        open_tasks = body.tasks.filter(status__in=Task.OPEN_STATES).select_related(
            "owner_person", "owner_body", "meeting"
        )
        context["open_tasks"] = list(open_tasks[: PAGE_SIZE + 1])
        context["children"] = list(body.children.order_by("name"))
        context["today"] = timezone.localdate()
    if context["can_manage_members"]:
        context["membership_form"] = MembershipForm()
    return render(request, "network/body_detail.html", context)


@login_required
def body_create(request):
    _require_secretariat(request)
    form = BodyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            body = services.body_create(actor=request.user, **form.cleaned_data)
        except services.NetworkError as error:
            _show_error(form, error)
        else:
            messages.success(request, _("Das Gremium wurde angelegt."))
            return redirect("network:body", pk=body.pk)
    return render(
        request, "network/object_form.html", {"form": form, "heading": _("Gremium anlegen")}
    )


@login_required
def body_edit(request, pk: int):
    _require_secretariat(request)
    body = get_object_or_404(Body, pk=pk)
    # The form works on a copy: a refused change leaves the real object as it was.
    form = BodyForm(request.POST or None, instance=copy.copy(body))
    if request.method == "POST" and form.is_valid():
        try:
            services.body_update(body=body, actor=request.user, **form.cleaned_data)
        except services.NetworkError as error:
            _show_error(form, error)
        else:
            messages.success(request, _("Das Gremium wurde gespeichert."))
            return redirect("network:body", pk=body.pk)
    return render(
        request,
        "network/object_form.html",
        {"form": form, "heading": _("Gremium bearbeiten"), "back": body},
    )


@login_required
def membership_add(request, pk: int):
    _require_secretariat(request)
    body = get_object_or_404(Body, pk=pk)
    form = MembershipForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            membership = services.membership_add(body=body, actor=request.user, **form.cleaned_data)
        except services.NetworkError as error:
            _show_error(form, error)
        else:
            messages.success(
                request,
                _("%(person)s wurde in %(body)s aufgenommen.")
                % {"person": membership.person.full_name, "body": body.name},
            )
            return redirect("network:body", pk=body.pk)
    return render(
        request,
        "network/object_form.html",
        {
            "form": form,
            "heading": _("Mitglied aufnehmen: %(body)s") % {"body": body.name},
            "back": body,
        },
    )


@login_required
def membership_end(request, pk: int):
    _require_secretariat(request)
    membership = get_object_or_404(Membership.objects.select_related("person", "body"), pk=pk)
    form = MembershipEndForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.membership_end(
                membership=membership, end_date=form.cleaned_data["end_date"], actor=request.user
            )
        except services.NetworkError as error:
            _show_error(form, error)
        else:
            messages.success(
                request,
                _("Die Mitgliedschaft von %(person)s endet am %(date)s.")
                % {
                    "person": membership.person.full_name,
                    "date": f"{membership.end_date:%d.%m.%Y}",
                },
            )
            return redirect("network:body", pk=membership.body_id)
    return render(
        request,
        "network/object_form.html",
        {
            "form": form,
            "heading": _("Mitgliedschaft beenden: %(person)s in %(body)s")
            % {"person": membership.person.full_name, "body": membership.body.name},
            "back": membership.body,
        },
    )


# Organisations and people (secretariat) -------------------------------------


@login_required
def organisation_list(request):
    _require_secretariat(request)
    search = SearchForm(request.GET or None)
    organisations = Organisation.objects.annotate(people_count=Count("people")).order_by("name")
    if search.is_valid() and search.cleaned_data["q"]:
        q = search.cleaned_data["q"]
        organisations = organisations.filter(
            Q(name__icontains=q) | Q(short_name__icontains=q) | Q(town__icontains=q)
        )
    return render(
        request,
        "network/organisation_list.html",
        {"page_obj": _page(request, organisations), "search": search},
    )


@login_required
def organisation_create(request):
    _require_secretariat(request)
    form = OrganisationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.organisation_create(actor=request.user, **form.cleaned_data)
        except services.NetworkError as error:
            _show_error(form, error)
        else:
            messages.success(request, _("Die Organisation wurde angelegt."))
            return redirect("network:organisations")
    return render(
        request, "network/object_form.html", {"form": form, "heading": _("Organisation anlegen")}
    )


@login_required
def organisation_edit(request, pk: int):
    _require_secretariat(request)
    organisation = get_object_or_404(Organisation, pk=pk)
    form = OrganisationForm(request.POST or None, instance=copy.copy(organisation))
    if request.method == "POST" and form.is_valid():
        try:
            services.organisation_update(
                organisation=organisation, actor=request.user, **form.cleaned_data
            )
        except services.NetworkError as error:
            _show_error(form, error)
        else:
            messages.success(request, _("Die Organisation wurde gespeichert."))
            return redirect("network:organisations")
    return render(
        request,
        "network/object_form.html",
        {"form": form, "heading": _("Organisation bearbeiten: %(name)s") % {"name": organisation}},
    )


@login_required
def person_list(request):
    _require_secretariat(request)
    search = SearchForm(request.GET or None)
    people = Person.objects.select_related("organisation", "user").order_by(
        "family_name", "given_name"
    )
    if search.is_valid() and search.cleaned_data["q"]:
        q = search.cleaned_data["q"]
        people = people.filter(
            Q(given_name__icontains=q)
            | Q(family_name__icontains=q)
            | Q(email__icontains=q)
            | Q(organisation__name__icontains=q)
        )
    return render(
        request,
        "network/person_list.html",
        {"page_obj": _page(request, people), "search": search},
    )


@login_required
def person_create(request):
    _require_secretariat(request)
    form = PersonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.person_create(actor=request.user, **form.service_kwargs())
        except services.NetworkError as error:
            _show_error(form, error)
        else:
            messages.success(request, _("Die Person wurde angelegt."))
            return redirect("network:people")
    return render(
        request, "network/object_form.html", {"form": form, "heading": _("Person anlegen")}
    )


@login_required
def person_edit(request, pk: int):
    _require_secretariat(request)
    person = get_object_or_404(Person.objects.select_related("user"), pk=pk)
    form = PersonForm(request.POST or None, instance=copy.copy(person))
    if request.method == "POST" and form.is_valid():
        try:
            services.person_update(person=person, actor=request.user, **form.service_kwargs())
        except services.NetworkError as error:
            _show_error(form, error)
        else:
            messages.success(request, _("Die Person wurde gespeichert."))
            return redirect("network:people")
    return render(
        request,
        "network/object_form.html",
        {
            "form": form,
            "heading": _("Person bearbeiten: %(name)s") % {"name": person.full_name},
            "login": person.user,
        },
    )

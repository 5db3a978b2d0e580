"""Pages of the network: home, bodies, and the secretariat's forms for people and bodies."""

import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, OuterRef, Q, Subquery
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from transferhub.lib.idempotency import answers_resent_forms, save_once

from . import services
from .forms import (
    BodyCreateForm,
    BodyForm,
    EraseForm,
    InterestDeclineForm,
    InterestForm,
    MembershipEndForm,
    MembershipForm,
    OrganisationCreateForm,
    OrganisationForm,
    PersonCreateForm,
    PersonForm,
    SearchForm,
)
from .models import Body, InterestRequest, Membership, Network, Organisation, Person
from .permissions import (
    body_roles,
    can_manage_body,
    coordinated_network_ids,
    is_member_of,
    is_secretariat,
    managed_body_ids,
    person_of,
)

PAGE_SIZE = 50


def _page(request, queryset, per_page: int = PAGE_SIZE):
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


def _require_secretariat(request) -> None:
    if not is_secretariat(request.user):
        raise PermissionDenied


def _network_choices(request):
    """Networks a body may be placed in: all for the secretariat, else those coordinated."""
    if is_secretariat(request.user):
        return None
    coordinated = coordinated_network_ids(request.user)
    if not coordinated:
        raise PermissionDenied
    return Network.objects.filter(pk__in=coordinated).order_by("name")


def _require_body_admin(request, body: Body) -> None:
    """The secretariat, or a coordinator of the body's network (issue 16)."""
    if not is_secretariat(request.user) and body.network_id not in coordinated_network_ids(
        request.user
    ):
        raise PermissionDenied


def _current(prefix: str = "") -> Q:
    today = timezone.localdate()
    return (
        Q(**{f"{prefix}start_date__isnull": True}) | Q(**{f"{prefix}start_date__lte": today})
    ) & (Q(**{f"{prefix}end_date__isnull": True}) | Q(**{f"{prefix}end_date__gte": today}))


def _show_error(form, error: services.NetworkError) -> None:
    field = error.field if error.field in form.fields else None
    form.add_error(field, error.message)


# Meetings and tasks live in apps above network; these pages reach them through Body's
# relations (Body.meetings, Body.tasks) instead of importing those apps.
Meeting = Body.meetings.rel.related_model
Task = Body.tasks.rel.related_model


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
    can_create = secretariat or bool(coordinated_network_ids(request.user))
    return render(request, "network/body_list.html", {"page_obj": page, "can_create": can_create})


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
        "can_manage_members": is_secretariat(request.user)
        or body.network_id in coordinated_network_ids(request.user),
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
    context["can_manage_body"] = can_manage_body(request.user, body.pk)
    if context["can_manage_body"]:
        context["pending_interests"] = body.interest_requests.filter(
            status=InterestRequest.Status.PENDING
        ).count()
    person = person_of(request.user)
    context["is_current_member"] = body.pk in body_roles(request.user)
    context["own_interest_pending"] = (
        person is not None
        and body.interest_requests.filter(
            person=person, status=InterestRequest.Status.PENDING
        ).exists()
    )
    return render(request, "network/body_detail.html", context)


@login_required
@answers_resent_forms
def body_create(request):
    form = BodyCreateForm(request.POST or None, networks=_network_choices(request))
    if request.method == "POST" and form.is_valid_once(reverse("network:bodies")):
        try:
            body = save_once(
                form,
                lambda: services.body_create(actor=request.user, **form.cleaned_data),
                lambda body: reverse("network:body", kwargs={"pk": body.pk}),
            )
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
    body = get_object_or_404(Body, pk=pk)
    _require_body_admin(request, body)
    # The form works on a copy: a refused change leaves the real object as it was.
    form = BodyForm(
        request.POST or None, instance=copy.copy(body), networks=_network_choices(request)
    )
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
    body = get_object_or_404(Body, pk=pk)
    _require_body_admin(request, body)
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
    membership = get_object_or_404(Membership.objects.select_related("person", "body"), pk=pk)
    _require_body_admin(request, membership.body)
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
@answers_resent_forms
def organisation_create(request):
    _require_secretariat(request)
    form = OrganisationCreateForm(request.POST or None)
    done_url = reverse("network:organisations")
    if request.method == "POST" and form.is_valid_once(done_url):
        try:
            save_once(
                form,
                lambda: services.organisation_create(actor=request.user, **form.cleaned_data),
                done_url,
            )
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
@answers_resent_forms
def person_create(request):
    _require_secretariat(request)
    form = PersonCreateForm(request.POST or None)
    done_url = reverse("network:people")
    if request.method == "POST" and form.is_valid_once(done_url):
        try:
            save_once(
                form,
                lambda: services.person_create(actor=request.user, **form.service_kwargs()),
                done_url,
            )
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


# Interest in joining a body ---------------------------------------------------------


@login_required
def interest_register(request, pk: int):
    """Let a signed-in person say they would like to work in a body."""
    body = get_object_or_404(Body, pk=pk)
    person = person_of(request.user)
    if person is None:
        messages.error(
            request,
            _(
                "Ihrem Zugang ist keine Person zugeordnet; bitte wenden Sie sich an die Geschäftsstelle."
            ),
        )
        return redirect("network:body", pk=body.pk)
    form = InterestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.interest_register(
                person=person, body=body, note=form.cleaned_data["note"], actor=request.user
            )
        except services.NetworkError as error:
            _show_error(form, error)
        else:
            messages.success(
                request,
                _(
                    "Vielen Dank! Ihr Interesse an %(body)s ist angekommen; Sie erhalten eine E-Mail, sobald darüber entschieden ist."
                )
                % {"body": body.name},
            )
            return redirect("network:body", pk=body.pk)
    return render(
        request,
        "network/object_form.html",
        {
            "form": form,
            "heading": _("Interesse an Mitarbeit: %(body)s") % {"body": body.name},
            "back": body,
            "submit": _("Interesse melden"),
        },
    )


def _managed_interests(user):
    interests = InterestRequest.objects.select_related("person", "person__organisation", "body")
    managed = managed_body_ids(user)
    return interests if managed is None else interests.filter(body_id__in=managed)


@login_required
def interest_list(request):
    """List the pending requests of the bodies the user manages (the secretariat: all)."""
    if managed_body_ids(request.user) == set():
        raise PermissionDenied
    pending = (
        _managed_interests(request.user)
        .filter(status=InterestRequest.Status.PENDING)
        .order_by("created")
    )
    return render(request, "network/interest_list.html", {"page_obj": _page(request, pending)})


def _interest_to_decide(request, pk: int) -> InterestRequest:
    interest = get_object_or_404(InterestRequest.objects.select_related("person", "body"), pk=pk)
    if not can_manage_body(request.user, interest.body_id):
        raise Http404  # only the body's managers know the request exists
    return interest


@login_required
@require_POST
def interest_accept(request, pk: int):
    interest = _interest_to_decide(request, pk)
    try:
        services.interest_accept(interest=interest, actor=request.user)
    except services.NetworkError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("%(person)s ist jetzt Mitglied in %(body)s und wurde per E-Mail benachrichtigt.")
            % {"person": interest.person.full_name, "body": interest.body.name},
        )
    return redirect("network:interests")


@login_required
def interest_decline(request, pk: int):
    interest = _interest_to_decide(request, pk)
    form = InterestDeclineForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.interest_decline(
                interest=interest, reason=form.cleaned_data["reason"], actor=request.user
            )
        except services.NetworkError as error:
            _show_error(form, error)
        else:
            messages.success(
                request,
                _(
                    "Die Anfrage von %(person)s wurde abgelehnt; die Person erhält die Begründung per E-Mail."
                )
                % {"person": interest.person.full_name},
            )
            return redirect("network:interests")
    return render(
        request,
        "network/interest_decline.html",
        {"form": form, "interest": interest},
    )


# Privacy ----------------------------------------------------------------------


def _json_download(filename: str, mimetype: str, content: bytes) -> HttpResponse:
    response = HttpResponse(content, content_type=mimetype)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def my_data(request):
    """Show a person what is stored about them, with the download of all of it."""
    person = person_of(request.user)
    interests = []
    if person is not None:
        interests = person.interest_requests.select_related("body").order_by("-created")[:PAGE_SIZE]
    return render(request, "network/my_data.html", {"person": person, "interests": interests})


@login_required
def my_data_export(request):
    person = person_of(request.user)
    if person is None:
        raise Http404
    return _json_download(*services.person_export_json(person, actor=request.user))


@login_required
def person_export(request, pk: int):
    _require_secretariat(request)
    person = get_object_or_404(Person.objects.select_related("user", "organisation"), pk=pk)
    return _json_download(*services.person_export_json(person, actor=request.user))


@login_required
def person_erase(request, pk: int):
    """Erase a person: delete where nothing refers to them, else pseudonymise (secretariat)."""
    _require_secretariat(request)
    person = get_object_or_404(Person.objects.select_related("user"), pk=pk)
    form = EraseForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        mode = services.person_erase(person=person, actor=request.user)
        if mode == "deleted":
            messages.success(request, _("Die Person wurde gelöscht."))
        else:
            messages.success(
                request,
                _(
                    "Die Person wurde pseudonymisiert, weil Protokolle auf sie verweisen; ihr Zugang ist gesperrt."
                ),
            )
        return redirect("network:people")
    return render(
        request,
        "network/person_erase.html",
        {"form": form, "person": person, "references": services.person_references(person)},
    )

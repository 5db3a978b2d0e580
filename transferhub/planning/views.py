"""Pages of planning: a body's series and backlog, proposals for a meeting, the next meeting.

Each view loads the object, checks permission, validates a form and calls one service;
a service's refusal (PlanningError) is shown to the user and nothing is stored.
"""

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, OuterRef, Q, Subquery
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from transferhub.lib.downloads import stored_file_response
from transferhub.lib.idempotency import answers_resent_forms, save_once
from transferhub.meetings.models import Meeting
from transferhub.network.models import Body
from transferhub.network.permissions import (
    body_roles,
    can_manage_body,
    is_member_of,
    is_secretariat,
    person_of,
)

from . import services
from .forms import (
    DeadlineForm,
    DecisionForm,
    PlanForm,
    ProposalForm,
    SeriesForm,
    TemplateFormSet,
    TopicForm,
)
from .models import BacklogEntry, Proposal, ProposalFile
from .services import PlanningError, is_current_member

UPCOMING = 10  # meetings shown on a body's planning page


def _body(request, pk: int, *, manage: bool = False) -> Body:
    body = get_object_or_404(Body, pk=pk)
    if not is_member_of(request.user, body.pk):
        raise PermissionDenied
    if manage and not can_manage_body(request.user, body.pk):
        raise PermissionDenied
    return body


def _meeting(request, pk: int, *, manage: bool = False) -> Meeting:
    """A meeting its body's members see; others get 404, as on the meeting's own page."""
    meeting = get_object_or_404(Meeting.objects.select_related("body"), pk=pk)
    if not is_member_of(request.user, meeting.body_id):
        raise Http404
    if manage and not can_manage_body(request.user, meeting.body_id):
        raise PermissionDenied
    return meeting


def _proposal(request, pk: int, *, manage: bool = False) -> Proposal:
    proposal = get_object_or_404(
        Proposal.objects.select_related("body", "meeting", "proposer", "presenter"), pk=pk
    )
    if not is_member_of(request.user, proposal.body_id):
        raise Http404
    if manage and not can_manage_body(request.user, proposal.body_id):
        raise PermissionDenied
    return proposal


@login_required
def index(request):
    """Sitzungsplanung: the bodies one belongs to, with their next meeting and open proposals."""
    if is_secretariat(request.user):
        bodies = Body.objects.all()
    else:
        bodies = Body.objects.filter(pk__in=list(body_roles(request.user)))
    upcoming = (
        Meeting.objects.filter(body=OuterRef("pk"), date__gte=timezone.localdate())
        .exclude(state=Meeting.State.CANCELLED)
        .order_by("date", "start_time")
    )
    # One query for the page: counts and the next meeting as subqueries.
    bodies = bodies.annotate(
        open_proposals=Subquery(
            Proposal.objects.filter(body=OuterRef("pk"), state=Proposal.State.SUBMITTED)
            .values("body")
            .annotate(n=Count("pk"))
            .values("n")[:1]
        ),
        open_backlog=Subquery(
            BacklogEntry.objects.filter(body=OuterRef("pk"), state=BacklogEntry.State.OPEN)
            .values("body")
            .annotate(n=Count("pk"))
            .values("n")[:1]
        ),
        next_pk=Subquery(upcoming.values("pk")[:1]),
        next_date=Subquery(upcoming.values("date")[:1]),
    ).order_by("name")[:200]
    rows = [{"body": body} for body in bodies]
    return render(request, "planning/index.html", {"rows": rows})


@login_required
def body_planning(request, pk: int):
    """A body's series, template, backlog, upcoming meetings and proposals waiting."""
    body = _body(request, pk)
    manage = can_manage_body(request.user, body.pk)
    if manage:
        services.backlog_sync(body)
    series = services.series_of(body)
    today = timezone.localdate()
    upcoming = list(
        Meeting.objects.filter(body=body, date__gte=today)
        .exclude(state=Meeting.State.CANCELLED)
        .order_by("date", "start_time")[:UPCOMING]
    )
    for meeting in upcoming:
        meeting.proposal_deadline = services.proposal_deadline(meeting)
        meeting.proposals_open = services.proposals_open(meeting)
    waiting = Proposal.objects.filter(body=body, state=Proposal.State.SUBMITTED).select_related(
        "meeting", "proposer"
    )[:100]
    mine = []
    person = person_of(request.user)
    if person is not None:
        mine = list(
            Proposal.objects.filter(body=body, proposer=person).select_related("meeting")[:50]
        )
    context = {
        "body": body,
        "manage": manage,
        "series": series,
        "fixed_dates": [dt.date.fromisoformat(d) for d in series.fixed_dates],
        "template_items": list(series.template_items.all()) if series.pk else [],
        "next_date": services.next_meeting_date(body),
        "upcoming": upcoming,
        "backlog": list(services.backlog_open(body)[:200]),
        "waiting": waiting,
        "mine": mine,
        "topic_form": TopicForm() if manage else None,
    }
    return render(request, "planning/body.html", context)


@login_required
def series_edit(request, pk: int):
    """Rhythm, usual times and the agenda template of a body."""
    body = _body(request, pk, manage=True)
    series = services.series_of(body)
    initial = {
        "rhythm_weeks": series.rhythm_weeks,
        "fixed_dates": "\n".join(
            f"{d[8:10]}.{d[5:7]}.{d[0:4]}" for d in series.fixed_dates if len(d) == 10
        ),
        "start_time": series.start_time,
        "end_time": series.end_time,
        "location": series.location,
        "proposal_days": series.proposal_days,
    }
    rows = [
        {"name": t.name, "duration_minutes": t.duration_minutes, "at_end": t.at_end}
        for t in (series.template_items.all() if series.pk else [])
    ]
    form = SeriesForm(request.POST or None, initial=initial)
    formset = TemplateFormSet(request.POST or None, initial=rows, prefix="template")
    if request.method == "POST" and form.is_valid() and formset.is_valid():
        data = form.cleaned_data
        template = [
            (row["name"], row.get("duration_minutes") or 0, bool(row.get("at_end")))
            for row in formset.cleaned_data
            if row and (row.get("name") or "").strip()
        ]
        try:
            services.series_save(
                body=body,
                rhythm_weeks=data["rhythm_weeks"],
                fixed_dates=data["fixed_dates"],
                start_time=data["start_time"],
                end_time=data["end_time"],
                location=data["location"],
                proposal_days=data["proposal_days"],
                template=template,
                actor=request.user,
            )
        except PlanningError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Sitzungsreihe und Vorlage wurden gespeichert."))
            return redirect("planning:body", pk=body.pk)
    return render(
        request, "planning/series_form.html", {"body": body, "form": form, "formset": formset}
    )


@login_required
@answers_resent_forms
def meeting_plan(request, pk: int):
    """Die nächste Sitzung planen: date from the rhythm, agenda from template, copy or empty."""
    body = _body(request, pk, manage=True)
    services.backlog_sync(body)
    series = services.series_of(body)
    initial = {
        "name": body.name,
        "date": services.next_meeting_date(body),
        "start_time": series.start_time,
        "end_time": series.end_time,
        "location": series.location,
        "start_from": "template" if series.pk else "copy",
    }
    form = PlanForm(request.POST or None, body=body, initial=initial)
    if request.method == "POST" and form.is_valid_once(reverse("planning:body", args=[body.pk])):
        data = form.cleaned_data
        try:
            meeting = save_once(
                form,
                lambda: services.meeting_plan(
                    body=body,
                    name=data["name"],
                    date=data["date"],
                    start_time=data["start_time"],
                    end_time=data["end_time"],
                    location=data["location"],
                    online_url=data["online_url"],
                    start_from=data["start_from"],
                    backlog_ids=[e.pk for e in data["backlog"]],
                    actor=request.user,
                ),
                lambda meeting: meeting.get_absolute_url(),
            )
        except PlanningError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Die Sitzung wurde mit ihrer Tagesordnung angelegt."))
            return redirect(meeting)
    last = services._last_meeting(body)
    return render(
        request,
        "planning/plan_form.html",
        {
            "body": body,
            "form": form,
            "series": series,
            "template_items": list(series.template_items.all()) if series.pk else [],
            "last": last,
        },
    )


@login_required
def topic_add(request, pk: int):
    """Note an open topic in the body's backlog."""
    body = _body(request, pk, manage=True)
    form = TopicForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.backlog_topic_add(body=body, actor=request.user, **form.cleaned_data)
        except PlanningError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Das Thema steht im Themenspeicher."))
            return redirect("planning:body", pk=body.pk)
    return render(request, "planning/topic_form.html", {"body": body, "form": form})


@require_POST
@login_required
def backlog_drop(request, pk: int):
    entry = get_object_or_404(BacklogEntry, pk=pk)
    _body(request, entry.body_id, manage=True)
    try:
        services.backlog_drop(entry=entry, actor=request.user)
    except PlanningError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Der Eintrag wurde aus dem Themenspeicher entfernt."))
    return redirect("planning:body", pk=entry.body_id)


@login_required
def meeting_proposals(request, pk: int):
    """Themen vorschlagen: the meeting's proposals and, until the deadline, the form."""
    meeting = _meeting(request, pk)
    body = meeting.body
    person = person_of(request.user)
    manage = can_manage_body(request.user, body.pk)
    member = is_current_member(person, body)
    form = ProposalForm(
        request.POST or None, request.FILES or None, body=body, initial={"presenter": person}
    )
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            try:
                proposal = services.proposal_submit(
                    meeting=meeting,
                    proposer=person,
                    title=data["title"],
                    description=data["description"],
                    presenter=data["presenter"],
                    duration_minutes=data["duration_minutes"],
                    files=data["files"],
                    actor=request.user,
                )
            except PlanningError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(
                    request,
                    _("Ihr Vorschlag ist eingereicht. Sie erfahren per E-Mail, was daraus wird."),
                )
                return redirect(proposal)
    proposals = meeting.proposals.select_related("proposer", "presenter").order_by("created")
    if not manage:
        # Members see what was taken and their own; the secretariat sees everything.
        proposals = proposals.filter(
            Q(proposer=person) | Q(state=Proposal.State.ACCEPTED)
            if person
            else Q(state=Proposal.State.ACCEPTED)
        )
    window = getattr(meeting, "proposal_window", None)
    deadline = services.proposal_deadline(meeting)
    context = {
        "meeting": meeting,
        "body": body,
        "form": form,
        "member": member,
        "manage": manage,
        "open": services.proposals_open(meeting),
        "deadline": deadline,
        "deadline_form": DeadlineForm(
            initial={"deadline": timezone.localtime(window.deadline if window else deadline)}
        )
        if manage
        else None,
        "proposals": list(proposals[:200]),
    }
    return render(request, "planning/meeting_proposals.html", context, status=200)


@require_POST
@login_required
def deadline_set(request, pk: int):
    meeting = _meeting(request, pk, manage=True)
    form = DeadlineForm(request.POST)
    if form.is_valid():
        try:
            services.proposal_deadline_set(
                meeting=meeting, deadline=form.cleaned_data["deadline"], actor=request.user
            )
        except PlanningError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("Die Frist für Vorschläge wurde gesetzt."))
    else:
        messages.error(request, _("Bitte geben Sie Datum und Uhrzeit der Frist an."))
    return redirect("planning:proposals", pk=meeting.pk)


@login_required
def proposal_detail(request, pk: int):
    proposal = _proposal(request, pk)
    person = person_of(request.user)
    manage = can_manage_body(request.user, proposal.body_id)
    mine = proposal.proposer_id is not None and proposal.proposer_id == getattr(person, "pk", None)
    if not manage and not mine and proposal.state != Proposal.State.ACCEPTED:
        raise Http404
    context = {
        "proposal": proposal,
        "manage": manage,
        # Other members find an accepted proposal's files among the meeting's attachments.
        "files": list(proposal.files.all()) if manage or mine else [],
        "decision_form": DecisionForm() if manage and proposal.is_open else None,
    }
    return render(request, "planning/proposal_detail.html", context)


@require_POST
@login_required
def proposal_decide(request, pk: int):
    proposal = _proposal(request, pk, manage=True)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Bitte wählen Sie eine Entscheidung."))
        return redirect(proposal)
    try:
        proposal = services.proposal_decide(
            proposal=proposal,
            action=form.cleaned_data["action"],
            reason=form.cleaned_data["reason"],
            actor=request.user,
        )
    except PlanningError as exc:
        messages.error(request, str(exc))
        return redirect(proposal)
    done = {
        Proposal.State.ACCEPTED: _("Der Vorschlag steht jetzt auf der Tagesordnung."),
        Proposal.State.PARKED: _("Der Vorschlag steht jetzt im Themenspeicher."),
        Proposal.State.DECLINED: _("Der Vorschlag wurde abgelehnt."),
    }
    messages.success(request, done[proposal.state])
    return redirect(proposal)


@login_required
def proposal_file(request, pk: int):
    stored = get_object_or_404(ProposalFile.objects.select_related("proposal"), pk=pk)
    proposal = _proposal(request, stored.proposal_id)
    person = person_of(request.user)
    if not can_manage_body(request.user, proposal.body_id) and proposal.proposer_id != getattr(
        person, "pk", None
    ):
        raise Http404
    return stored_file_response(
        stored.file, filename=stored.file_name, content_type=stored.mime_type
    )

"""Pages of the review round (Protokollprüfung).

Who may do what:
- the body's rules: whoever manages the body (the secretariat, the chair); members read.
- start a round, hand the draft on to all attendees: the note-taker and the managers.
- side by side, accept or reject, close, approve: the managers (approval by the chair
  itself: the chair or the secretariat).
- read and answer: a reviewer, logged in or through the personal signed link.
Nobody's mail address is shown on these pages.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from transferhub.meetings.models import AgendaItem, Meeting
from transferhub.network.models import Body
from transferhub.network.permissions import can_manage_body, is_member_of

from . import services
from .forms import AnswerForm, ApproveForm, DecideForm, SettingsForm, StartForm
from .models import Approval, Response, ReviewRound
from .services import ReviewError


def _refuse(request, *, member: bool):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if member:
        raise PermissionDenied
    raise Http404


def round_view(need: str):
    """Load the round `pk`; need "manage" (managers) or "start" (also the note-taker)."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, pk: int, **kwargs):
            review = get_object_or_404(
                ReviewRound.objects.select_related("meeting__body", "approved_in"), pk=pk
            )
            meeting = review.meeting
            allowed = (
                services.may_start(request.user, meeting)
                if need == "start"
                else can_manage_body(request.user, meeting.body_id)
            )
            if not allowed:
                return _refuse(request, member=is_member_of(request.user, meeting.body_id))
            return view(request, review, **kwargs)

        return wrapper

    return decorator


# --- The body's rules -----------------------------------------------------------------------


def settings_edit(request, body_pk: int):
    body = get_object_or_404(Body, pk=body_pk)
    manage = can_manage_body(request.user, body.pk)
    if not (manage or is_member_of(request.user, body.pk)):
        return _refuse(request, member=False)
    rules = services.review_settings_of(body)
    initial = {"flow": rules.flow, "days": rules.days, "approval": rules.approval}
    form = SettingsForm(request.POST if request.method == "POST" else None, initial=initial)
    if request.method == "POST":
        if not manage:
            raise PermissionDenied
        if form.is_valid():
            try:
                services.review_settings_save(body=body, actor=request.user, **form.cleaned_data)
            except ReviewError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(request, _("Die Regeln der Protokollprüfung sind gespeichert."))
                return redirect("reviews:settings", body_pk=body.pk)
    return render(
        request,
        "reviews/settings.html",
        {"body": body, "form": form, "manage": manage, "rules": rules},
    )


# --- A meeting's rounds and starting one ----------------------------------------------------


def meeting_reviews(request, meeting_pk: int):
    """The meeting's review rounds; the note-taker and the managers start one here."""
    meeting = get_object_or_404(Meeting.objects.select_related("body"), pk=meeting_pk)
    may_start = services.may_start(request.user, meeting)
    manage = can_manage_body(request.user, meeting.body_id)
    if not may_start:
        return _refuse(request, member=is_member_of(request.user, meeting.body_id))
    form = StartForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            review = services.review_start(
                meeting=meeting, deadline=form.cleaned_data["deadline"], actor=request.user
            )
        except ReviewError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                _("Der Entwurf liegt nun %(n)s Prüfenden vor; sie erhalten ihren Link per E-Mail.")
                % {"n": review.reviewers.count()},
            )
            return redirect(review if manage else meeting)
    rounds = meeting.review_rounds.prefetch_related("reviewers")
    return render(
        request,
        "reviews/meeting_reviews.html",
        {
            "meeting": meeting,
            "form": form,
            "rounds": rounds,
            "manage": manage,
            "rules": services.review_settings_of(meeting.body),
            "can_open": not rounds.filter(state=ReviewRound.State.OPEN).exists()
            and meeting.state in (Meeting.State.HELD, Meeting.State.MINUTES_DRAFT),
        },
        status=200 if request.method == "GET" or form.is_valid() else 400,
    )


# --- The secretariat's page: the text beside the suggestions --------------------------------


def _items_with_responses(review: ReviewRound, *, reviewer=None):
    items = list(
        review.meeting.agenda_items.filter(kind=AgendaItem.Kind.ITEM)
        .prefetch_related("decisions")
        .order_by("order")
    )
    responses = Response.objects.filter(reviewer__round=review).select_related(
        "reviewer__person", "decided_by"
    )
    if reviewer is not None:
        responses = responses.filter(reviewer=reviewer)
    by_item: dict[int, list] = {}
    for response in responses:
        by_item.setdefault(response.agenda_item_id, []).append(response)
    for item in items:
        item.review_responses_list = by_item.get(item.pk, [])
        item.suggestions = [r for r in item.review_responses_list if r.is_suggestion]
        item.confirmations = len(item.review_responses_list) - len(item.suggestions)
        item.own = (
            item.review_responses_list[0] if reviewer is not None and by_item.get(item.pk) else None
        )
    return items


@round_view("manage")
def round_detail(request, review: ReviewRound):
    meeting = review.meeting
    return render(
        request,
        "reviews/round_detail.html",
        {
            "review": review,
            "meeting": meeting,
            "items": _items_with_responses(review),
            "reviewers": review.reviewers.select_related("person"),
            "open_count": services.open_suggestions(review).count(),
            "approve_form": ApproveForm(initial={"how": review.approval}),
            "is_chair": services.is_chair(request.user, meeting.body_id),
            "Approval": Approval,
        },
    )


@require_POST
def response_decide(request, pk: int):
    response = get_object_or_404(Response.objects.select_related("reviewer__round__meeting"), pk=pk)
    review = response.reviewer.round
    if not can_manage_body(request.user, review.meeting.body_id):
        return _refuse(request, member=is_member_of(request.user, review.meeting.body_id))
    form = DecideForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Bitte wählen Sie „Übernehmen“ oder „Ablehnen“."))
    else:
        accept = form.cleaned_data["accept"] == "1"
        try:
            services.response_decide(
                response=response, accept=accept, note=form.cleaned_data["note"], actor=request.user
            )
        except ReviewError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(
                request,
                _("Der Vorschlag ist übernommen; der Entwurf ist geändert.")
                if accept and response.kind == Response.Kind.WORDING
                else _("Der Vorschlag ist übernommen.")
                if accept
                else _("Der Vorschlag ist abgelehnt."),
            )
    return redirect(f"{review.get_absolute_url()}#punkt-{response.agenda_item_id}")


@require_POST
@round_view("start")
def round_widen(request, review: ReviewRound):
    try:
        added = services.review_widen(review=review, actor=request.user)
    except ReviewError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request,
            _("Der Entwurf liegt nun allen Teilnehmenden vor (%(n)s hinzugekommen).")
            % {"n": added},
        )
    if can_manage_body(request.user, review.meeting.body_id):
        return redirect(review)
    return redirect("reviews:meeting", meeting_pk=review.meeting_id)


@require_POST
@round_view("manage")
def round_close(request, review: ReviewRound):
    try:
        services.review_close(review=review, actor=request.user)
    except ReviewError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request, _("Die Prüfrunde ist abgeschlossen; das Protokoll kann nun genehmigt werden.")
        )
    return redirect(review)


@require_POST
@round_view("manage")
def round_approve(request, review: ReviewRound):
    form = ApproveForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Bitte wählen Sie, wie das Protokoll genehmigt wird."))
        return redirect(review)
    try:
        review = services.review_approve(
            review=review, how=form.cleaned_data["how"], actor=request.user
        )
    except ReviewError as exc:
        messages.error(request, str(exc))
        return redirect(review)
    messages.success(request, review.approval_text())
    return redirect(review.meeting)


# --- The reviewer's page (logged in or by link) ---------------------------------------------


def _answer(request, reviewer, via: str) -> str:
    """Save a POSTed answer or finish; return the notice, or raise ReviewError."""
    if request.POST.get("action") == "finish":
        services.reviewer_finish(reviewer=reviewer, actor=request.user, via=via)
        return _("Vielen Dank! Ihre Prüfung ist abgeschlossen; offene Punkte gelten als bestätigt.")
    form = AnswerForm(request.POST)
    if not form.is_valid():
        raise ReviewError(_("Bitte bestätigen Sie den Punkt oder schlagen Sie eine Änderung vor."))
    item = AgendaItem.objects.filter(
        pk=form.cleaned_data["item"], meeting_id=reviewer.round.meeting_id
    ).first()
    if item is None:
        raise ReviewError(_("Diesen Tagesordnungspunkt gibt es in diesem Entwurf nicht."))
    response = services.response_save(
        reviewer=reviewer,
        item=item,
        kind=form.cleaned_data["kind"],
        comment=form.cleaned_data["comment"],
        proposed_minutes=form.cleaned_data["proposed_minutes"],
        actor=request.user,
        via=via,
    )
    if response.kind == Response.Kind.CONFIRM:
        return _("Punkt %(item)s ist bestätigt.") % {"item": item}
    return _("Ihr Vorschlag zu Punkt %(item)s ist gespeichert.") % {"item": item}


def _reviewer_page(request, reviewer, *, via: str, token: str = ""):
    error = notice = ""
    status = 200
    if request.method == "POST":
        try:
            notice = _answer(request, reviewer, via)
        except ReviewError as exc:
            error, status = str(exc), 400
        reviewer.refresh_from_db()
    review = reviewer.round
    review.refresh_from_db()
    meeting = review.meeting
    return render(
        request,
        "reviews/review_read.html",
        {
            "reviewer": reviewer,
            "review": review,
            "meeting": meeting,
            "items": _items_with_responses(review, reviewer=reviewer),
            "error": error,
            "notice": notice,
            "token": token,
            "accepts": review.is_open and not review.past_deadline and not meeting.minutes_frozen,
        },
        status=status,
    )


def round_read(request, pk: int):
    review = get_object_or_404(ReviewRound.objects.select_related("meeting__body"), pk=pk)
    reviewer = services.reviewer_for_user(review, request.user)
    if reviewer is None:
        if can_manage_body(request.user, review.meeting.body_id):
            return redirect(review)
        return _refuse(request, member=is_member_of(request.user, review.meeting.body_id))
    return _reviewer_page(request, reviewer, via="web")


def review_link(request, token: str):
    """The personal signed link: read the draft and answer without logging in."""
    try:
        reviewer = services.reviewer_from_token(token)
    except ReviewError as exc:
        return render(request, "reviews/review_read.html", {"link_error": str(exc)}, status=400)
    return _reviewer_page(request, reviewer, via="link", token=token)

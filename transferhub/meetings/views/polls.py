"""Pages of the date polls (Terminfindung): propose, answer (logged in or by link), choose.

Managers (the secretariat and the body's chair) and the invitees see a poll;
anonymous users reach it only through their personal signed link.
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from transferhub.network.models import Body
from transferhub.network.permissions import can_manage_body, managed_body_ids

from .. import polls
from ..forms_polls import (
    AnswerForm,
    ChooseForm,
    DatePollForm,
    GuestFormSet,
    SlotFormSet,
    with_more_rows,
)
from ..models import DatePoll
from ..services import MeetingError

PAGE_SIZE = 50


def poll_view(need: str):
    """Load the poll named by `pk` and check the user may `need` it: see, answer or manage.

    see: the managers (secretariat, the body's chair) and the invitees.
    answer: the invitees. manage: the managers.
    Anonymous users go to the login; others get 404 for a poll they may not see
    and 403 for an action they may not do.
    """

    def decorator(view):
        @wraps(view)
        def wrapper(request, pk: int, **kwargs):
            poll = get_object_or_404(
                DatePoll.objects.select_related("body", "meeting", "chosen_slot"), pk=pk
            )
            user = request.user
            if not user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            manage = can_manage_body(user, poll.body_id)
            invitee = poll.invitees.select_related("person").filter(person__user=user).first()
            if not manage and invitee is None:
                raise Http404
            if (need == "manage" and not manage) or (need == "answer" and invitee is None):
                raise PermissionDenied
            request.can_manage = manage
            request.invitee = invitee
            return view(request, poll, **kwargs)

        return wrapper

    return decorator


def _posted(request):
    # An empty POST is still a POST: it must show the errors, not the empty form.
    return request.POST if request.method == "POST" else None


def _answer_form(invitee, results, data=None) -> AnswerForm:
    answers = {}
    for row in results.rows:
        if row.invitee.pk == invitee.pk:
            answers = {r.slot.pk: v for r, v in zip(results.slots, row.cells, strict=True) if v}
    return AnswerForm(data, slots=[r.slot for r in results.slots], answers=answers)


# --- List and propose ---------------------------------------------------------------------


@login_required
def poll_list(request):
    """The polls the user manages or is invited to, newest first."""
    managed = managed_body_ids(request.user)
    mine = Q(invitees__person__user=request.user)
    if managed is None:
        visible = DatePoll.objects.all()
    else:
        visible = DatePoll.objects.filter(mine | Q(body_id__in=managed)).distinct()
    polls_qs = (
        DatePoll.objects.filter(pk__in=visible.values("pk"))
        .select_related("body", "chosen_slot", "meeting")
        .annotate(
            slot_count=Count("slots", distinct=True),
            invitee_count=Count("invitees", distinct=True),
            answered_count=Count(
                "invitees", filter=Q(invitees__answered_at__isnull=False), distinct=True
            ),
        )
        .order_by("-created", "-pk")
    )
    page = Paginator(polls_qs, PAGE_SIZE).get_page(request.GET.get("page"))
    can_create = managed is None or bool(managed)
    return render(request, "meetings/poll_list.html", {"page_obj": page, "can_create": can_create})


@login_required
def poll_create(request):
    """Neue Terminfindung: for the secretariat and the chairs, for the bodies they manage."""
    managed = managed_body_ids(request.user)
    if managed is None:
        bodies = Body.objects.all()
    elif managed:
        bodies = Body.objects.filter(pk__in=managed)
    else:
        raise PermissionDenied
    data = _posted(request)
    if data is not None and "more_rows" in data:
        data = with_more_rows(data)
    body = bodies.filter(pk=request.GET.get("body") or 0).first()
    form = DatePollForm(data, bodies=bodies, initial={"body": body} if body else {})
    slots = SlotFormSet(data, prefix="slots")
    guests = GuestFormSet(data, prefix="guests")
    submitted = request.method == "POST" and "more_rows" not in request.POST
    if submitted and form.is_valid() and slots.is_valid() and guests.is_valid():
        try:
            poll = polls.date_poll_create(
                body=form.cleaned_data["body"],
                title=form.cleaned_data["title"],
                location=form.cleaned_data["location"],
                note=form.cleaned_data["note"],
                slots=slots.slots(),
                guests=guests.guests(),
                actor=request.user,
            )
        except MeetingError as exc:
            form.add_error(None, str(exc))
        else:
            count = poll.invitees.count()
            messages.success(
                request,
                ngettext(
                    "Die Terminfindung ist angelegt; %(count)d Person ist eingeladen.",
                    "Die Terminfindung ist angelegt; %(count)d Personen sind eingeladen.",
                    count,
                )
                % {"count": count},
            )
            return redirect(poll)
    return render(
        request,
        "meetings/poll_form.html",
        {
            "form": form,
            "slots": slots,
            "guests": guests,
            # Rows added by "Weitere Zeilen" are not errors yet.
            "show_errors": submitted,
        },
    )


# --- The poll page ---------------------------------------------------------------------------


@poll_view("see")
def poll_detail(request, poll: DatePoll):
    """The table of answers, the best slots first, the user's own answers and the choice."""
    manage, invitee = request.can_manage, request.invitee
    results = polls.date_poll_results(poll)
    context = {
        "poll": poll,
        "results": results,
        "manage": manage,
        "invitee": invitee,
    }
    if invitee is not None and poll.is_open:
        context["answer_form"] = _answer_form(invitee, results)
    return render(request, "meetings/poll_detail.html", context)


@require_POST
@poll_view("answer")
def poll_answer(request, poll: DatePoll):
    """Save the logged-in invitee's answers."""
    manage, invitee = request.can_manage, request.invitee
    results = polls.date_poll_results(poll)
    form = _answer_form(invitee, results, request.POST)
    if form.is_valid():
        try:
            polls.date_poll_answer(
                invitee=invitee, answers=form.answers(), via="login", actor=request.user
            )
        except MeetingError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("Vielen Dank! Ihre Antworten sind gespeichert."))
        return redirect(poll)
    return render(
        request,
        "meetings/poll_detail.html",
        {
            "poll": poll,
            "results": results,
            "manage": manage,
            "invitee": invitee,
            "answer_form": form,
        },
    )


@poll_view("manage")
def poll_choose(request, poll: DatePoll):
    """Termin festlegen: confirm the slot, then the meeting is created and invited."""
    form = None
    if poll.is_open:
        form = ChooseForm(_posted(request), poll=poll, initial={"slot": request.GET.get("slot")})
    if request.method == "POST" and form is not None and form.is_valid():
        try:
            meeting, sent = polls.date_poll_choose(
                poll=poll, slot_id=form.cleaned_data["slot"].pk, actor=request.user
            )
        except MeetingError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                ngettext(
                    "Der Termin ist festgelegt und die Sitzung angelegt; "
                    "%(count)d Einladung wurde verschickt.",
                    "Der Termin ist festgelegt und die Sitzung angelegt; "
                    "%(count)d Einladungen wurden verschickt.",
                    sent,
                )
                % {"count": sent},
            )
            return redirect(meeting)
    elif request.method == "POST" and form is None:
        messages.error(request, _("Für diese Terminfindung wurde bereits ein Termin gewählt."))
        return redirect(poll)
    results = polls.date_poll_results(poll)
    return render(
        request,
        "meetings/poll_choose.html",
        {"poll": poll, "form": form, "results": results},
    )


# --- The personal link (no login) -----------------------------------------------------------


def poll_link(request, token: str):
    """See the poll and answer from the invitation mail, without logging in.

    A forged, tampered or expired link gets a clear message and changes nothing.
    """
    try:
        invitee = polls.invitee_from_token(token)
    except MeetingError as exc:
        return render(request, "meetings/poll_link.html", {"error": str(exc)}, status=400)
    poll = invitee.poll
    results = polls.date_poll_results(poll)
    form = _answer_form(invitee, results, _posted(request)) if poll.is_open else None
    context = {"poll": poll, "invitee": invitee, "results": results, "answer_form": form}
    if request.method == "POST":
        if form is None:
            context["error"] = _(
                "Diese Terminfindung ist abgeschlossen; Antworten sind nicht mehr möglich."
            )
            return render(request, "meetings/poll_link.html", context, status=400)
        if form.is_valid():
            try:
                polls.date_poll_answer(invitee=invitee, answers=form.answers(), via="signed_link")
            except MeetingError as exc:
                context["error"] = str(exc)
                return render(request, "meetings/poll_link.html", context, status=400)
            messages.success(request, _("Vielen Dank! Ihre Antworten sind gespeichert."))
            return redirect("meetings:poll_link", token=token)
    return render(request, "meetings/poll_link.html", context)

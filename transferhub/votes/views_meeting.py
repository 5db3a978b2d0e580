"""Votes in the meeting: opened on the recording page, counted live, or typed in by hand.

The chair or secretariat opens a vote on an item; the members present (attendance list)
vote on their phones, logged in or by a personal link; the note-taker and the projector
see the count live (htmx polls a small fragment); the close records the item's decision.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from transferhub.meetings.models import AgendaItem
from transferhub.network.permissions import can_manage_body, is_member_of

from . import services
from .forms import HandCountForm, MeetingVoteForm
from .models import Vote
from .services import VoteError
from .views import vote_view


def _record_url(meeting_pk: int, item_pk: int) -> str:
    return f"{reverse('meetings:record', args=[meeting_pk])}?item={item_pk}#item-{item_pk}"


@require_POST
def meeting_vote_open(request, meeting_pk: int, item_pk: int):
    """Open a vote on the item (the chair or secretariat, from the recording page)."""
    item = get_object_or_404(
        AgendaItem.objects.select_related("meeting"), pk=item_pk, meeting_id=meeting_pk
    )
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not is_member_of(request.user, item.meeting.body_id):
        raise Http404
    if not can_manage_body(request.user, item.meeting.body_id):
        raise PermissionDenied
    form = MeetingVoteForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Bitte geben Sie den Antrag (Beschlusstext) an."))
    else:
        try:
            services.vote_open_in_meeting(
                item=item,
                motion=form.cleaned_data["motion"],
                by_hand=form.cleaned_data["by_hand"],
                actor=request.user,
            )
        except VoteError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, _("Die Abstimmung ist eröffnet."))
    return redirect(_record_url(meeting_pk, item_pk))


def live_context(vote: Vote) -> dict:
    tally = services.vote_tally(vote)
    return {
        "vote": vote,
        "tally": tally,
        "cast": vote.ballots.count(),
        "present": services._present_count(vote) if vote.meeting_id else None,
    }


def vote_live(request, pk: int):
    """The live count as a small fragment, polled by the recording page and the projector."""
    vote = get_object_or_404(Vote.objects.select_related("body", "decision"), pk=pk)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not is_member_of(request.user, vote.body_id):
        raise Http404
    if vote.kind != Vote.Kind.MEETING and not (
        vote.results_while_open or vote.state == Vote.State.CLOSED
    ):
        raise PermissionDenied  # a written procedure's count stays hidden until its close
    return render(request, "votes/_live.html", live_context(vote))


@require_POST
@vote_view("manage")
def vote_hand_count(request, vote: Vote):
    """Type in the counts of a show of hands; closes the vote and records the decision."""
    form = HandCountForm(request.POST)
    back = (
        _record_url(vote.meeting_id, vote.agenda_item_id)
        if vote.meeting_id
        else vote.get_absolute_url()
    )
    if not form.is_valid():
        messages.error(request, _("Bitte geben Sie Ja, Nein und Enthaltungen als Zahlen an."))
        return redirect(back)
    try:
        services.vote_enter_counts(vote=vote, actor=request.user, **form.cleaned_data)
    except VoteError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Das Ergebnis ist eingetragen."))
    return redirect(back)


@require_POST
@vote_view("manage")
def vote_send_links(request, vote: Vote):
    """Mail those present their personal link, for phones without a login."""
    if not vote.accepts_ballots:
        messages.error(request, _("Diese Abstimmung nimmt keine Stimmen an."))
    else:
        from . import jobs

        transaction.on_commit(lambda: jobs.vote_mail_ballots.enqueue(vote.pk), robust=True)
        messages.success(request, _("Die Anwesenden erhalten ihren persönlichen Link per E-Mail."))
    if vote.meeting_id and vote.agenda_item_id:
        return redirect(_record_url(vote.meeting_id, vote.agenda_item_id))
    return redirect(vote)

"""Template tags that put a vote on the meeting pages without the meetings app importing votes."""

from django import template
from django.urls import reverse

from transferhub.network.permissions import can_manage_body

from ..forms import HandCountForm, MeetingVoteForm
from ..models import Vote
from ..views_meeting import live_context

register = template.Library()


@register.inclusion_tag("votes/_meeting_panel.html", takes_context=True)
def meeting_vote_panel(context, item, meeting, frozen=False):
    """On the recording page: the item's running vote with its live count, or a form to open one."""
    request = context.get("request")
    vote = Vote.objects.filter(agenda_item=item).select_related("decision").order_by("-pk").first()
    manage = request is not None and can_manage_body(request.user, meeting.body_id)
    data = {
        "item": item,
        "meeting": meeting,
        "frozen": frozen,
        "manage": manage,
        "request": request,
        "csrf_token": context.get("csrf_token"),
        "vote": vote,
        "open_form": MeetingVoteForm(initial={"motion": ""}, prefix=f"vote-{item.pk}"),
        "open_url": reverse("votes:meeting_open", args=[meeting.pk, item.pk]),
        "hand_form": HandCountForm(),
    }
    if vote is not None:
        data.update(live_context(vote))
    return data


@register.inclusion_tag("votes/_projector_vote.html")
def projector_vote(meeting):
    """On the projector: the meeting's running (or last closed) vote, counted live."""
    vote = (
        Vote.objects.filter(meeting=meeting, kind=Vote.Kind.MEETING)
        .select_related("decision", "agenda_item")
        .order_by("-state", "-pk")  # "open" sorts after "closed": open first when descending
        .first()
    )
    return live_context(vote) if vote is not None else {"vote": None}

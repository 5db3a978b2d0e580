"""Pages of votes: the body's rules, written procedures, ballots by login or link, the record.

Who may do what:
- the rules: the secretariat edits them; every member of the body sees them on each vote.
- start, close early, cancel, export the record: the secretariat and the body's chair.
- see a vote: its voters and the body's members; others get 404.
- vote: a voter, logged in or through the personal signed link (no login needed).
"""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from transferhub.lib.downloads import stored_file_response
from transferhub.lib.idempotency import answers_resent_forms, save_once
from transferhub.network.models import Body, Person
from transferhub.network.permissions import (
    body_roles,
    can_manage_body,
    is_member_of,
    is_secretariat,
    managed_body_ids,
)

from . import exports, services
from .forms import BallotForm, CancelForm, VotingRulesForm, WrittenProcedureForm
from .models import Ballot, Vote, VoteAttachment, Voter, VotingRules
from .services import VoteError

PAGE_SIZE = 50


def vote_view(need: str):
    """Load the vote `pk` and check the user may `need` it: "see" or "manage".

    see: the body's members (and the secretariat) and the vote's voters.
    manage: the secretariat and the body's chair.
    """

    def decorator(view):
        @wraps(view)
        def wrapper(request, pk: int, **kwargs):
            vote = get_object_or_404(
                Vote.objects.select_related("body", "decision", "meeting", "agenda_item"), pk=pk
            )
            user = request.user
            if not user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            manage = can_manage_body(user, vote.body_id)
            voter = services.voter_for_user(vote, user)
            if not (manage or voter or is_member_of(user, vote.body_id)):
                raise Http404
            if need == "manage" and not manage:
                raise PermissionDenied
            request.can_manage, request.voter = manage, voter
            return view(request, vote, **kwargs)

        return wrapper

    return decorator


def _ballot_state(vote: Vote, voter: Voter | None) -> dict:
    """What the voter sees of their own vote: their ballot, proxies given and held."""
    if voter is None:
        return {}
    own = Ballot.objects.filter(voter=voter).first()
    held = list(
        Voter.objects.filter(proxy=voter).select_related("person").prefetch_related("ballot")
    )
    held_rows = [(v, Ballot.objects.filter(voter=v).first()) for v in held]
    others = (
        vote.voters.exclude(pk=voter.pk).filter(proxy__isnull=True).select_related("person")
        if vote.proxies_allowed and own is None and voter.proxy_id is None
        else []
    )
    return {"voter": voter, "own_ballot": own, "held": held_rows, "proxy_candidates": others}


def _show_result(vote: Vote) -> bool:
    return vote.state == Vote.State.CLOSED or (vote.is_open and vote.results_while_open)


def _context(request, vote: Vote, voter: Voter | None, manage: bool) -> dict:
    context = {
        "vote": vote,
        "manage": manage,
        "show_result": _show_result(vote),
        "attachments": list(vote.attachments.all()),
        **_ballot_state(vote, voter),
    }
    if context["show_result"]:
        context["tally"] = services.vote_tally(vote) if vote.is_open else None
        if vote.named and vote.state == Vote.State.CLOSED and not vote.by_hand:
            context["named"] = exports.vote_record(vote)["voters"]
    if manage:
        context["participation"] = vote.voters.select_related("person", "proxy__person").order_by(
            "person__family_name", "person__given_name"
        )
        context["voted_ids"] = set(vote.ballots.values_list("voter_id", flat=True))
    return context


# --- Lists and rules ----------------------------------------------------------------------


@login_required
def vote_list(request):
    """Votes the user may vote in or manages, open ones first."""
    managed = managed_body_ids(request.user)
    mine = Q(voters__person__user=request.user)
    if managed is None:
        visible = Vote.objects.all()
    else:
        visible = Vote.objects.filter(
            mine | Q(body_id__in=managed) | Q(body_id__in=list(body_roles(request.user)))
        )
    votes = (
        Vote.objects.filter(pk__in=visible.values("pk"))
        .select_related("body", "decision")
        .order_by("-state", "-started_at", "-pk")
    )
    open_votes = [v for v in votes.filter(state=Vote.State.OPEN)[:PAGE_SIZE]]
    page = Paginator(votes.exclude(state=Vote.State.OPEN), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    bodies = Body.objects.all() if managed is None else Body.objects.filter(pk__in=managed)
    return render(
        request,
        "votes/vote_list.html",
        {
            "open_votes": open_votes,
            "page_obj": page,
            "bodies": bodies,
            "is_secretariat": is_secretariat(request.user),
        },
    )


@login_required
def rules_edit(request, body_pk: int):
    """Abstimmungsregeln of a body: the secretariat sets them, members read them here."""
    body = get_object_or_404(Body, pk=body_pk)
    if not is_member_of(request.user, body.pk):
        raise PermissionDenied
    rules = VotingRules.for_body(body)
    editable = is_secretariat(request.user)
    if request.method == "POST" and not editable:
        raise PermissionDenied
    form = VotingRulesForm.for_rules(rules, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.voting_rules_save(
                body=body,
                roles=data["roles"],
                one_vote_per_organisation=data["one_vote_per_organisation"],
                quorum_kind=data["quorum_kind"],
                quorum_value=data["quorum_value"] or 0,
                majority=data["majority"],
                named=data["named"],
                proxies_allowed=data["proxies_allowed"],
                results_while_open=data["results_while_open"],
                actor=request.user,
            )
        except VoteError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Die Abstimmungsregeln sind gespeichert."))
            return redirect("votes:rules", body.pk)
    return render(
        request,
        "votes/rules.html",
        {"body": body, "rules": rules, "form": form, "editable": editable},
    )


# --- Written procedure ----------------------------------------------------------------------


@login_required
@answers_resent_forms
def vote_create(request):
    """Neues Umlaufverfahren: for the secretariat and the chairs, for the bodies they manage."""
    managed = managed_body_ids(request.user)
    if managed is not None and not managed:
        raise PermissionDenied
    body_id = request.GET.get("body") or request.POST.get("body")
    if not body_id or not str(body_id).isdigit():
        return redirect("votes:list")
    body = get_object_or_404(Body, pk=body_id)
    if not can_manage_body(request.user, body.pk):
        raise PermissionDenied
    rules = VotingRules.for_body(body)
    data = request.POST if request.method == "POST" else None
    form = WrittenProcedureForm(data, request.FILES if data is not None else None)
    if data is not None and form.is_valid_once("/abstimmungen/"):
        d = form.cleaned_data
        try:
            vote = save_once(
                form,
                lambda: services.vote_start(
                    body=body,
                    title=d["title"],
                    motion=d["motion"],
                    reasoning=d["reasoning"],
                    deadline=d["deadline"],
                    attachments=d["attachments"],
                    actor=request.user,
                ),
                lambda v: v.get_absolute_url(),
            )
        except VoteError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                _(
                    "Das Umlaufverfahren läuft; %(n)d Stimmberechtigte erhalten eine E-Mail mit ihrem Link."
                )
                % {"n": vote.voters.count()},
            )
            return redirect(vote)
    return render(request, "votes/vote_form.html", {"form": form, "body": body, "rules": rules})


@vote_view("see")
def vote_detail(request, vote: Vote):
    return render(
        request,
        "votes/vote_detail.html",
        _context(request, vote, request.voter, request.can_manage),
    )


def _act(request, vote: Vote, voter: Voter | None, via: str):
    """Cast a ballot, give or take back a proxy from a posted form; return the message."""
    action = request.POST.get("action", "cast")
    if voter is None:
        raise VoteError(
            _("Sie sind in dieser Abstimmung nicht stimmberechtigt; es wurde nichts gezählt.")
        )
    if action == "proxy":
        person_id = request.POST.get("person", "")
        person = Person.objects.filter(pk=person_id).first() if person_id.isdigit() else None
        services.proxy_give(voter=voter, to_person=person, actor=request.user)
        return _(
            "Ihre Stimme ist übertragen. Sie können die Übertragung zurücknehmen, solange nicht abgestimmt wurde."
        )
    if action == "revoke":
        services.proxy_revoke(voter=voter, actor=request.user)
        return _("Die Übertragung Ihrer Stimme ist zurückgenommen.")
    form = BallotForm(request.POST)
    if not form.is_valid():
        raise VoteError(_("Bitte wählen Sie eine Stimme."))
    for_voter = None
    if form.cleaned_data["for_voter"]:
        for_voter = Voter.objects.filter(pk=form.cleaned_data["for_voter"], vote=vote).first()
        if for_voter is None:
            raise VoteError(_("Für diese Person haben Sie keine übertragene Stimme."))
    ballot = services.ballot_cast(
        voter=voter,
        choice=form.cleaned_data["choice"],
        for_voter=for_voter,
        via=via,
        actor=request.user,
    )
    if ballot.changes:
        return _("Ihre Stimme ist geändert.")
    return _("Ihre Stimme ist gezählt.")


@require_POST
@vote_view("see")
def vote_cast(request, vote: Vote):
    """Vote (or give a proxy) logged in."""
    try:
        message = _act(request, vote, request.voter, "login")
    except VoteError as exc:
        messages.error(request, str(exc) + " " + _("Es wurde nichts gezählt."))
    else:
        messages.success(request, message)
    return redirect(vote)


def vote_link(request, token: str):
    """The personal signed link: see the motion and vote without logging in."""
    try:
        voter = services.voter_from_token(token)
    except VoteError as exc:
        return render(request, "votes/vote_link.html", {"error": str(exc)}, status=400)
    vote = voter.vote
    error = notice = ""
    if request.method == "POST":
        try:
            notice = _act(request, vote, voter, "link")
        except VoteError as exc:
            error = str(exc)
        vote.refresh_from_db()
        voter.refresh_from_db()
    context = _context(request, vote, voter, manage=False)
    context.update(error=error, notice=notice, token=token, via_link=True)
    return render(request, "votes/vote_link.html", context, status=400 if error else 200)


@require_POST
@vote_view("manage")
def vote_close(request, vote: Vote):
    """Close early (a written procedure where all voted) or close a vote in the meeting."""
    try:
        services.vote_close(vote=vote, early=True, actor=request.user)
    except VoteError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, _("Die Abstimmung ist beendet und als Beschluss eingetragen."))
    return redirect(request.POST.get("next") if _safe_next(request) else vote.get_absolute_url())


def _safe_next(request) -> bool:
    nxt = request.POST.get("next", "")
    return nxt.startswith("/") and not nxt.startswith("//")


@vote_view("manage")
def vote_cancel(request, vote: Vote):
    form = CancelForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.vote_cancel(vote=vote, reason=form.cleaned_data["reason"], actor=request.user)
        except VoteError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Die Abstimmung ist abgebrochen."))
            return redirect(vote)
    return render(request, "votes/vote_cancel.html", {"vote": vote, "form": form})


@vote_view("manage")
def vote_export(request, vote: Vote, fmt: str):
    """The vote's record: who could vote, who voted (how, if named), proxies, times."""
    if fmt == "csv":
        filename, mimetype, content = exports.vote_record_csv(vote)
    elif fmt == "json":
        filename, mimetype, content = exports.vote_record_json(vote)
    else:
        raise Http404
    response = HttpResponse(content, content_type=mimetype)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def vote_attachment(request, pk: int):
    """A motion's file, for the body's members and the voters (or through a voter's link)."""
    attachment = get_object_or_404(VoteAttachment.objects.select_related("vote"), pk=pk)
    vote = attachment.vote
    allowed = False
    token = request.GET.get("link", "")
    if token:
        try:
            allowed = services.voter_from_token(token).vote_id == vote.pk
        except VoteError:
            allowed = False
    elif request.user.is_authenticated:
        allowed = is_member_of(request.user, vote.body_id) or bool(
            services.voter_for_user(vote, request.user)
        )
    else:
        return redirect_to_login(request.get_full_path())
    if not allowed:
        raise Http404
    return stored_file_response(
        attachment.file, filename=attachment.file_name, content_type=attachment.mime_type
    )

"""Write operations on votes: rules, starting, ballots, proxies, closing and cancelling.

Every function takes keyword arguments, runs in one transaction and logs what it
changed. A refusal raises VoteError with a German message fit to show the user; then
nothing was written.
"""

import datetime as dt

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from transferhub.decisions.models import Decision
from transferhub.decisions.services import DecisionError, decision_record
from transferhub.lib.audit import log_action
from transferhub.lib.refusals import Refusal
from transferhub.lib.signed_links import LinkError, payload_open, payload_token
from transferhub.lib.uploads import UploadRejected, inspect_upload
from transferhub.meetings.models import AgendaItem, Attendance, Meeting
from transferhub.network.models import Body, Membership, Person
from transferhub.network.permissions import current_membership_q

from . import counting
from .models import Ballot, Vote, VoteAttachment, Voter, VotingRules

BALLOT_LINK_SALT = "transferhub.votes.ballot"
MAX_ATTACHMENTS = 10
MAX_VOTERS = 2000  # a body is a committee; anything larger is a mistake, not a vote


class VoteError(Refusal):
    """A request on a vote we refuse; the message is fit to show the user."""

    api_status = 422


# --- Rules ------------------------------------------------------------------------------


@transaction.atomic
def voting_rules_save(
    *,
    body: Body,
    roles: list[str],
    one_vote_per_organisation: bool,
    quorum_kind: str,
    quorum_value: int,
    majority: str,
    named: bool,
    proxies_allowed: bool,
    results_while_open: bool,
    actor=None,
) -> VotingRules:
    """Set how a body votes; running votes keep the rules they started with."""
    if not roles or any(r not in VotingRules.VOTING_ROLES for r in roles):
        raise VoteError(
            _("Bitte wählen Sie, welche Rollen abstimmen dürfen (Gäste stimmen nie ab).")
        )
    if quorum_kind not in VotingRules.Quorum.values:
        raise VoteError(_("Unbekannte Art der Beschlussfähigkeit."))
    if majority not in VotingRules.Majority.values:
        raise VoteError(_("Unbekannte Mehrheit."))
    if quorum_kind == counting.QUORUM_SHARE and not 1 <= quorum_value <= 100:
        raise VoteError(_("Ein Anteil liegt zwischen 1 und 100 Prozent."))
    if quorum_kind == counting.QUORUM_NUMBER and not 1 <= quorum_value <= MAX_VOTERS:
        raise VoteError(_("Bitte geben Sie eine Anzahl von mindestens 1 an."))
    rules, _created = VotingRules.objects.select_for_update().get_or_create(body=body)
    before = rules.snapshot()
    rules.roles = [r for r in VotingRules.VOTING_ROLES if r in roles]
    rules.one_vote_per_organisation = one_vote_per_organisation
    rules.quorum_kind = quorum_kind
    rules.quorum_value = quorum_value if quorum_kind != counting.QUORUM_NONE else 0
    rules.majority = majority
    rules.named = named
    rules.proxies_allowed = proxies_allowed
    rules.results_while_open = results_while_open
    rules.save()
    log_action(actor, "vote.rules_changed", body, before=before, after=rules.snapshot())
    return rules


def entitled_memberships(body: Body, rules: VotingRules) -> list[Membership]:
    """Current memberships of the body in a voting role, one per person (guests never)."""
    rows = (
        Membership.objects.filter(current_membership_q(), body=body, role__in=rules.voting_roles)
        .select_related("person")
        .order_by("person_id", "role")
    )
    by_person: dict[int, Membership] = {}
    for membership in rows:
        by_person.setdefault(membership.person_id, membership)
    return list(by_person.values())


def _still_entitled(voter: Voter) -> bool:
    return Membership.objects.filter(
        current_membership_q(),
        body_id=voter.vote.body_id,
        person_id=voter.person_id,
        role__in=voter.vote.rules.get("roles") or [],
    ).exists()


# --- Start ------------------------------------------------------------------------------


def _create_voters(vote: Vote, body: Body, rules: VotingRules) -> int:
    memberships = entitled_memberships(body, rules)
    if not memberships:
        raise VoteError(
            _("Im Gremium %(body)s ist niemand stimmberechtigt; es kann nicht abstimmen.")
            % {"body": body.name}
        )
    if len(memberships) > MAX_VOTERS:
        raise VoteError(_("Zu viele Stimmberechtigte für eine Abstimmung."))
    Voter.objects.bulk_create(
        Voter(
            vote=vote,
            person=m.person,
            organisation_id=m.on_behalf_of_id or m.person.organisation_id,
            role=m.role,
        )
        for m in memberships
    )
    return len(memberships)


@transaction.atomic
def vote_start(
    *,
    body: Body,
    title: str,
    motion: str,
    deadline: dt.datetime,
    reasoning: str = "",
    attachments=(),
    actor=None,
) -> Vote:
    """Start a written procedure (Umlaufverfahren): each voter gets a mail with a link."""
    title, motion = title.strip(), motion.strip()
    if not motion:
        raise VoteError(_("Bitte geben Sie den Antrag (Beschlusstext) an."))
    if deadline is None or deadline <= timezone.now():
        raise VoteError(_("Die Frist muss in der Zukunft liegen."))
    if deadline > timezone.now() + dt.timedelta(days=366):
        raise VoteError(_("Die Frist darf höchstens ein Jahr entfernt sein."))
    if len(attachments) > MAX_ATTACHMENTS:
        raise VoteError(_("Höchstens %(n)d Anlagen je Abstimmung.") % {"n": MAX_ATTACHMENTS})
    rules = VotingRules.for_body(body)
    vote = Vote.objects.create(
        body=body,
        kind=Vote.Kind.WRITTEN,
        title=title or motion[:80],
        motion=motion,
        reasoning=reasoning.strip(),
        deadline=deadline,
        rules=rules.snapshot(),
        started_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    voters = _create_voters(vote, body, rules)
    for upload in attachments:
        _attachment_add(vote, upload)
    log_action(
        actor,
        "vote.started",
        vote,
        body=body.pk,
        kind=vote.kind,
        deadline=deadline.isoformat(),
        voters=voters,
        rules=vote.rules,
    )
    from . import jobs

    transaction.on_commit(lambda: jobs.vote_mail_ballots.enqueue(vote.pk), robust=True)
    transaction.on_commit(lambda: jobs.schedule_close(vote), robust=True)
    return vote


def _attachment_add(vote: Vote, upload) -> VoteAttachment:
    try:
        mime_type, size, sha256 = inspect_upload(upload)
    except UploadRejected as exc:
        raise VoteError(str(exc)) from exc
    name = upload.name.rsplit("/", 1)[-1][:255]
    return VoteAttachment.objects.create(
        vote=vote,
        name=name,
        file=upload,
        file_name=name,
        mime_type=mime_type,
        size=size,
        sha256=sha256,
    )


@transaction.atomic
def vote_open_in_meeting(
    *, item: AgendaItem, motion: str, title: str = "", by_hand: bool = False, actor=None
) -> Vote:
    """Open a vote on an agenda item during the meeting; those present vote (or by hand)."""
    meeting = Meeting.objects.select_for_update().get(pk=item.meeting_id)
    if meeting.minutes_frozen:
        raise VoteError(
            _("Das Protokoll dieser Sitzung ist genehmigt; hier wird nicht mehr abgestimmt.")
        )
    if meeting.is_cancelled:
        raise VoteError(_("Die Sitzung ist abgesagt."))
    if item.is_break:
        raise VoteError(_("Über eine Pause wird nicht abgestimmt."))
    motion = motion.strip()
    if not motion:
        raise VoteError(_("Bitte geben Sie den Antrag (Beschlusstext) an."))
    if Vote.objects.filter(agenda_item=item, state=Vote.State.OPEN).exists():
        raise VoteError(_("Zu diesem Tagesordnungspunkt läuft bereits eine Abstimmung."))
    rules = VotingRules.for_body(meeting.body)
    try:
        with transaction.atomic():
            vote = Vote.objects.create(
                body=meeting.body,
                kind=Vote.Kind.MEETING,
                title=(title.strip() or item.name)[:300],
                motion=motion,
                meeting=meeting,
                agenda_item=item,
                by_hand=by_hand,
                rules=rules.snapshot(),
                started_by=actor if getattr(actor, "is_authenticated", False) else None,
            )
    except IntegrityError as exc:
        raise VoteError(_("Zu diesem Tagesordnungspunkt läuft bereits eine Abstimmung.")) from exc
    voters = _create_voters(vote, meeting.body, rules)
    log_action(actor, "vote.started", vote, meeting_id=meeting.pk, kind=vote.kind, voters=voters)
    return vote


# --- Links ------------------------------------------------------------------------------


def ballot_link_max_age() -> dt.timedelta:
    return dt.timedelta(days=getattr(settings, "VOTE_LINK_DAYS", 400))


def ballot_token(voter: Voter) -> str:
    """Sign a token that lets `voter` open the vote and vote without logging in."""
    return payload_token(BALLOT_LINK_SALT, {"voter": voter.pk, "key": voter.key.hex})


def ballot_link(voter: Voter) -> str:
    return f"{settings.SITE_URL}{reverse('votes:link', args=[ballot_token(voter)])}"


def voter_from_token(token: str) -> Voter:
    """Return the voter a link names, or raise VoteError if it is altered or expired."""
    try:
        data = payload_open(BALLOT_LINK_SALT, token, max_age=ballot_link_max_age())
    except LinkError as exc:
        raise VoteError(str(exc)) from exc
    voter = (
        Voter.objects.select_related("vote__body", "person", "proxy__person")
        .filter(pk=data.get("voter"))
        .first()
    )
    if voter is None or voter.key.hex != data.get("key"):
        raise VoteError(_("Dieser Link gilt nicht mehr."))
    return voter


def voter_for_user(vote: Vote, user) -> Voter | None:
    if not user.is_authenticated:
        return None
    return (
        Voter.objects.select_related("person", "proxy__person")
        .filter(vote=vote, person__user=user)
        .first()
    )


# --- Ballots ----------------------------------------------------------------------------


def _check_can_vote(vote: Vote) -> None:
    if vote.state == Vote.State.CANCELLED:
        raise VoteError(_("Diese Abstimmung wurde abgebrochen; Stimmen werden nicht gezählt."))
    if vote.state == Vote.State.CLOSED:
        raise VoteError(_("Diese Abstimmung ist beendet; Stimmen werden nicht mehr angenommen."))
    if vote.by_hand:
        raise VoteError(_("Diese Abstimmung läuft per Handzeichen im Raum."))
    if vote.past_deadline:
        raise VoteError(
            _(
                "Die Frist dieser Abstimmung ist am %(deadline)s abgelaufen; die Stimme wurde nicht gezählt."
            )
            % {
                "deadline": formats.date_format(
                    timezone.localtime(vote.deadline), "SHORT_DATETIME_FORMAT"
                )
            }
        )


def _is_present(voter: Voter) -> bool:
    return Attendance.objects.filter(
        meeting_id=voter.vote.meeting_id,
        person_id=voter.person_id,
        status=Attendance.Status.PRESENT,
    ).exists()


@transaction.atomic
def ballot_cast(
    *,
    voter: Voter,
    choice: str,
    for_voter: Voter | None = None,
    via: str = "login",
    actor=None,
) -> Ballot:
    """Cast or change `voter`'s ballot, or the one `for_voter` handed over by proxy."""
    # Lock the vote: a ballot and the close never pass each other.
    vote = Vote.objects.select_for_update().get(pk=voter.vote_id)
    voter = Voter.objects.select_for_update().select_related("person").get(pk=voter.pk)
    voter.vote = vote
    _check_can_vote(vote)
    target = voter
    if for_voter is not None and for_voter.pk != voter.pk:
        target = (
            Voter.objects.select_for_update()
            .select_related("person")
            .filter(pk=for_voter.pk, vote=vote)
            .first()
        )
        if target is None or target.proxy_id != voter.pk:
            raise VoteError(_("Für diese Person haben Sie keine übertragene Stimme."))
        target.vote = vote
    elif voter.proxy_id is not None:
        raise VoteError(
            _(
                "Sie haben Ihre Stimme an %(name)s übertragen. Nehmen Sie die Übertragung "
                "zurück, um selbst abzustimmen."
            )
            % {"name": voter.proxy.person.full_name}
        )
    valid = dict(vote.choices())
    if choice not in valid:
        raise VoteError(
            _("Unbekannte Stimme. Möglich sind: %(options)s.")
            % {"options": ", ".join(valid.values())}
        )
    if vote.kind == Vote.Kind.MEETING and not _is_present(voter):
        raise VoteError(
            _("Abstimmen kann nur, wer in der Anwesenheitsliste als anwesend eingetragen ist.")
        )
    for who in {voter.pk: voter, target.pk: target}.values():
        if not _still_entitled(who):
            raise VoteError(
                _(
                    "%(name)s ist nicht mehr stimmberechtigtes Mitglied des Gremiums; eine "
                    "abgegebene Stimme bleibt gezählt, kann aber nicht mehr geändert werden."
                )
                % {"name": who.person.full_name}
            )
    if vote.rules.get("one_vote_per_organisation") and target.organisation_id:
        taken = (
            Ballot.objects.filter(vote=vote, voter__organisation_id=target.organisation_id)
            .exclude(voter=target)
            .exists()
        )
        if taken:
            raise VoteError(
                _("Für Ihre Organisation wurde bereits abgestimmt; sie hat eine Stimme.")
            )
    ballot = Ballot.objects.filter(voter=target).first()
    now = timezone.now()
    if ballot is not None:
        if ballot.choice == choice:
            raise VoteError(
                _("Diese Stimme („%(choice)s“) ist bereits gezählt; es wurde nichts geändert.")
                % {"choice": valid[choice]}
            )
        before = ballot.choice
        ballot.choice, ballot.cast_by, ballot.via = choice, voter, via
        ballot.changed_at, ballot.changes = now, ballot.changes + 1
        ballot.save()
    else:
        before = None
        try:
            with transaction.atomic():
                ballot = Ballot.objects.create(
                    vote=vote, voter=target, choice=choice, cast_by=voter, via=via, cast_at=now
                )
        except IntegrityError as exc:  # a second request of the same voter at the same time
            raise VoteError(
                _("Ihre Stimme wurde gerade schon gezählt; bitte laden Sie die Seite neu.")
            ) from exc
    details = {"voter": target.pk, "cast_by": voter.pk, "via": via, "changed": before is not None}
    if vote.named:  # a secret vote's log never says who voted how
        details.update(before=before, after=choice)
    log_action(actor, "vote.ballot_cast", vote, meeting_id=vote.meeting_id, **details)
    return ballot


# --- Proxies ----------------------------------------------------------------------------


@transaction.atomic
def proxy_give(*, voter: Voter, to_person: Person | None, actor=None) -> Voter:
    """Hand `voter`'s vote in this vote to another voter of it; no chains, one each."""
    vote = Vote.objects.select_for_update().get(pk=voter.vote_id)
    voter = Voter.objects.select_for_update().select_related("person").get(pk=voter.pk)
    voter.vote = vote
    _check_can_vote(vote)
    if not vote.proxies_allowed:
        raise VoteError(_("In diesem Gremium können Stimmen nicht übertragen werden."))
    if Ballot.objects.filter(voter=voter).exists():
        raise VoteError(
            _("Sie haben bereits abgestimmt; die Stimme kann nicht mehr übertragen werden.")
        )
    if voter.proxy_id is not None:
        raise VoteError(_("Ihre Stimme ist bereits übertragen. Nehmen Sie das zuerst zurück."))
    holder = Voter.objects.select_for_update().filter(vote=vote, person=to_person).first()
    if to_person is None or holder is None:
        raise VoteError(
            _(
                "Eine Stimme kann nur an ein stimmberechtigtes Mitglied dieser Abstimmung übertragen werden."
            )
        )
    if holder.pk == voter.pk:
        raise VoteError(_("Sie können Ihre Stimme nicht an sich selbst übertragen."))
    if holder.proxy_id is not None:
        raise VoteError(
            _("%(name)s hat die eigene Stimme übertragen; Stimmen werden nicht weitergereicht.")
            % {"name": to_person.full_name}
        )
    if Voter.objects.filter(proxy=voter).exists():
        raise VoteError(
            _("Sie führen eine übertragene Stimme; Stimmen werden nicht weitergereicht.")
        )
    if Voter.objects.filter(proxy=holder).exists():
        raise VoteError(
            _("%(name)s führt bereits eine übertragene Stimme; mehr als eine geht nicht.")
            % {"name": to_person.full_name}
        )
    if not _still_entitled(voter) or not _still_entitled(holder):
        raise VoteError(
            _("Eine Stimme kann nur zwischen stimmberechtigten Mitgliedern übertragen werden.")
        )
    voter.proxy, voter.proxy_given_at = holder, timezone.now()
    voter.save(update_fields=["proxy", "proxy_given_at"])
    log_action(
        actor, "vote.proxy_given", vote, meeting_id=vote.meeting_id, voter=voter.pk, to=holder.pk
    )
    return voter


@transaction.atomic
def proxy_revoke(*, voter: Voter, actor=None) -> Voter:
    """Take a handed-over vote back, as long as it was not cast."""
    vote = Vote.objects.select_for_update().get(pk=voter.vote_id)
    voter = Voter.objects.select_for_update().get(pk=voter.pk)
    voter.vote = vote
    _check_can_vote(vote)
    if voter.proxy_id is None:
        raise VoteError(_("Ihre Stimme ist nicht übertragen."))
    if Ballot.objects.filter(voter=voter).exists():
        raise VoteError(
            _(
                "Mit der übertragenen Stimme wurde bereits abgestimmt; sie kann nicht mehr zurückgenommen werden."
            )
        )
    holder = voter.proxy_id
    voter.proxy, voter.proxy_given_at = None, None
    voter.save(update_fields=["proxy", "proxy_given_at"])
    log_action(
        actor, "vote.proxy_revoked", vote, meeting_id=vote.meeting_id, voter=voter.pk, to=holder
    )
    return voter


# --- Counting and closing ---------------------------------------------------------------


def vote_tally(vote: Vote) -> counting.Outcome:
    """The count so far (or final) from the ballots, by the vote's rules."""
    voters = [
        counting.Voter(id=pk, organisation=org)
        for pk, org in vote.voters.values_list("pk", "organisation_id")
    ]
    casts = [
        counting.Cast(voter=voter_id, choice=choice, order=i)
        for i, (voter_id, choice) in enumerate(
            vote.ballots.order_by("cast_at", "pk").values_list("voter_id", "choice")
        )
    ]
    present = _present_count(vote) if vote.kind == Vote.Kind.MEETING else None
    return counting.count(vote.counting_rules(), voters, casts, present=present)


def _present_count(vote: Vote) -> int:
    """Voters on the meeting's attendance list as present (per organisation if so ruled)."""
    present = Attendance.objects.filter(
        meeting_id=vote.meeting_id, status=Attendance.Status.PRESENT, person__isnull=False
    ).values("person_id")
    rows = vote.voters.filter(person_id__in=present).values_list("pk", "organisation_id")
    if vote.rules.get("one_vote_per_organisation"):
        return len({("org", org) if org else ("voter", pk) for pk, org in rows})
    return len(rows)


def _named_lines(vote: Vote) -> list[str]:
    labels = dict(Ballot.Choice.choices)
    lines = []
    for choice in (counting.YES, counting.NO, counting.ABSTAIN, counting.OBJECT):
        names = [
            b.voter.person.full_name
            + (
                f" ({_('vertreten durch')} {b.cast_by.person.full_name})"
                if b.cast_by_id != b.voter_id
                else ""
            )
            for b in vote.ballots.filter(choice=choice).select_related(
                "voter__person", "cast_by__person"
            )
        ]
        if names:
            lines.append(f"{labels[choice]}: {', '.join(names)}")
    return lines


def outcome_summary(vote: Vote, outcome: counting.Outcome) -> str:
    """One line of counts, as the decision and the mails state it."""
    if vote.no_objection:
        text = _("%(n)d Widerspruch/Widersprüche von %(entitled)d Stimmberechtigten") % {
            "n": outcome.objections,
            "entitled": outcome.entitled,
        }
    else:
        text = _("Ja %(yes)d, Nein %(no)d, Enthaltung %(abstain)d") % {
            "yes": outcome.yes,
            "no": outcome.no,
            "abstain": outcome.abstain,
        }
        text += "; " + _("%(took)d von %(entitled)d Stimmberechtigten beteiligt") % {
            "took": outcome.took_part,
            "entitled": outcome.entitled,
        }
    return f"{Vote.Result(outcome.result).label}: {text}"


def _decision_text(vote: Vote, outcome: counting.Outcome) -> str:
    kind = _("Umlaufverfahren") if vote.is_written else _("Abstimmung")
    parts = [
        vote.motion,
        "",
        f"({kind}, {vote.majority_label()}; {outcome_summary(vote, outcome)})",
    ]
    if vote.named and not vote.by_hand:
        names = _named_lines(vote)
        if names:
            parts += ["", _("Namentlich:")] + names
    return "\n".join(parts)


def _record_meeting_for(vote: Vote, now: dt.datetime) -> tuple[Meeting, AgendaItem]:
    """The meeting record that holds a written procedure's decision (no meeting was held)."""
    local = timezone.localtime(now).replace(second=0, microsecond=0)
    start = local.time() if local.time() < dt.time(23, 59) else dt.time(23, 58)
    end = (dt.datetime.combine(local.date(), start) + dt.timedelta(minutes=1)).time()
    meeting = Meeting.objects.create(
        body=vote.body,
        name=str(_("Umlaufverfahren: %(title)s") % {"title": vote.title})[:300],
        date=local.date(),
        start_time=start,
        end_time=end,
        location=str(_("schriftlich (Umlaufverfahren)")),
        state=Meeting.State.HELD,
    )
    item = AgendaItem.objects.create(
        meeting=meeting,
        order=1,
        number="1",
        name=vote.title[:500],
        status=AgendaItem.Status.DISCUSSED,
        public=False,
        minutes=vote.reasoning,
    )
    log_action(
        None,
        "meeting.created",
        meeting,
        name=meeting.name,
        date=meeting.date.isoformat(),
        vote=vote.pk,
    )
    return meeting, item


def _finish(vote: Vote, outcome: counting.Outcome, *, actor, how: str) -> Vote:
    now = timezone.now()
    if vote.is_written:
        meeting, item = _record_meeting_for(vote, now)
    else:
        meeting, item = vote.meeting, vote.agenda_item
    kind = Decision.Kind.RESOLUTION if outcome.adopted else Decision.Kind.REJECTED
    votes = None if vote.no_objection else (outcome.yes, outcome.no, outcome.abstain)
    try:
        decision = decision_record(
            meeting=meeting,
            agenda_item=item,
            text=_decision_text(vote, outcome),
            kind=kind,
            votes=votes,
            actor=actor,
        )
    except DecisionError as exc:
        raise VoteError(str(exc)) from exc
    vote.state = Vote.State.CLOSED
    vote.result = outcome.result
    vote.counts = {
        "yes": outcome.yes,
        "no": outcome.no,
        "abstain": outcome.abstain,
        "objections": outcome.objections,
        "entitled": outcome.entitled,
        "took_part": outcome.took_part,
        "quorum_needed": outcome.quorum_needed,
    }
    vote.decision = decision
    vote.meeting, vote.agenda_item = meeting, item
    vote.closed_at = now
    vote.closed_by = actor if getattr(actor, "is_authenticated", False) else None
    vote.save()
    log_action(
        actor,
        "vote.closed",
        vote,
        meeting_id=meeting.pk,
        how=how,
        result=outcome.result,
        counts=vote.counts,
        decision=decision.register_number,
    )
    from . import jobs

    transaction.on_commit(lambda: jobs.vote_mail_result.enqueue(vote.pk), robust=True)
    return vote


@transaction.atomic
def vote_close(*, vote: Vote, actor=None, early: bool = False) -> Vote:
    """Close a vote: count, record the outcome as a decision, tell everyone entitled.

    A written procedure closes at its deadline, or earlier by the chair once every voter
    has voted. Closing a closed vote changes nothing (the close job may run twice).
    """
    vote = Vote.objects.select_for_update().select_related("body").get(pk=vote.pk)
    if vote.state != Vote.State.OPEN:
        if early:
            raise VoteError(_("Diese Abstimmung ist bereits beendet."))
        return vote
    if vote.by_hand:
        raise VoteError(_("Bitte tragen Sie das Ergebnis der Abstimmung per Handzeichen ein."))
    if vote.is_written and not vote.past_deadline:
        if not early:
            return vote
        missing = vote.voters.filter(ballot__isnull=True, proxy__isnull=True).count()
        unused = vote.voters.filter(ballot__isnull=True, proxy__isnull=False).count()
        if missing or unused:
            raise VoteError(
                _(
                    "Vor der Frist kann die Abstimmung nur beendet werden, wenn alle "
                    "abgestimmt haben; es fehlen noch %(n)d Stimmen."
                )
                % {"n": missing + unused}
            )
    return _finish(vote, vote_tally(vote), actor=actor, how="early" if early else "deadline")


@transaction.atomic
def vote_enter_counts(*, vote: Vote, yes: int, no: int, abstain: int, actor=None) -> Vote:
    """Close a show of hands with the counts typed in; quorum from the attendance list."""
    vote = Vote.objects.select_for_update().get(pk=vote.pk)
    if vote.state != Vote.State.OPEN:
        raise VoteError(_("Diese Abstimmung ist bereits beendet."))
    if vote.is_written:
        raise VoteError(_("Ein Umlaufverfahren wird nicht per Handzeichen gezählt."))
    if any(n is None or n < 0 for n in (yes, no, abstain)):
        raise VoteError(_("Stimmenzahlen können nicht negativ sein."))
    present = _present_count(vote)
    entitled = vote.voters.count()
    if vote.rules.get("one_vote_per_organisation"):
        entitled = len(
            {
                ("org", o) if o else ("voter", p)
                for p, o in vote.voters.values_list("pk", "organisation_id")
            }
        )
    if yes + no + abstain > present:
        raise VoteError(
            _(
                "Es wurden mehr Stimmen gezählt (%(n)d) als Stimmberechtigte anwesend sind "
                "(%(present)d). Bitte prüfen Sie die Anwesenheitsliste."
            )
            % {"n": yes + no + abstain, "present": present}
        )
    objections = no if vote.no_objection else 0
    outcome = counting.decide(
        vote.counting_rules(),
        yes=yes,
        no=0 if vote.no_objection else no,
        abstain=abstain,
        objections=objections,
        entitled=entitled,
        took_part=present,
    )
    vote.present = present
    return _finish(vote, outcome, actor=actor, how="by_hand")


@transaction.atomic
def vote_cancel(*, vote: Vote, reason: str, actor=None) -> Vote:
    """Cancel a running vote with a reason; its ballots stay on record but count for nothing."""
    vote = Vote.objects.select_for_update().get(pk=vote.pk)
    if vote.state != Vote.State.OPEN:
        raise VoteError(_("Nur eine laufende Abstimmung kann abgebrochen werden."))
    reason = reason.strip()
    if not reason:
        raise VoteError(_("Bitte geben Sie einen Grund für den Abbruch an."))
    vote.state = Vote.State.CANCELLED
    vote.cancel_reason = reason[:2000]
    vote.closed_at = timezone.now()
    vote.closed_by = actor if getattr(actor, "is_authenticated", False) else None
    vote.save()
    log_action(actor, "vote.cancelled", vote, meeting_id=vote.meeting_id, reason=vote.cancel_reason)
    if vote.is_written:
        from . import jobs

        transaction.on_commit(lambda: jobs.vote_mail_result.enqueue(vote.pk), robust=True)
    return vote


def votes_close_due(*, now: dt.datetime | None = None) -> list[Vote]:
    """Close every written procedure whose deadline has passed; each in its own transaction."""
    now = now or timezone.now()
    due = Vote.objects.filter(
        state=Vote.State.OPEN, kind=Vote.Kind.WRITTEN, deadline__lte=now
    ).values_list("pk", flat=True)
    closed = []
    for pk in list(due):
        vote = vote_close(vote=Vote(pk=pk))
        if vote.state == Vote.State.CLOSED:
            closed.append(vote)
    return closed

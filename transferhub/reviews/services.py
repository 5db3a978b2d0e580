"""Write operations of the review round: start, widen, answer, decide, close, approve.

Every function takes keyword arguments, runs in one transaction and logs what it
changed. A refusal raises ReviewError with a German message fit to show the user; then
nothing was written. An accepted wording changes the draft through meetings'
`minutes_record` (a logged edit with the item's version), never around it.
"""

import datetime as dt

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from transferhub.lib.audit import log_action
from transferhub.lib.refusals import Refusal
from transferhub.lib.signed_links import LinkError, link_open, link_token
from transferhub.meetings.models import AgendaItem, Attendance, Meeting, MinutesVersion
from transferhub.meetings.services import (
    MeetingError,
    meeting_lock,
    minutes_approve,
    minutes_record,
    next_meeting_of,
)
from transferhub.network.models import Body, Membership, Person
from transferhub.network.permissions import can_manage_body, current_membership_q, is_secretariat

from .models import Approval, Flow, Response, Reviewer, ReviewRound, ReviewSettings

LINK_SALT = "transferhub.reviews.reviewer"
MAX_DAYS = 90
MAX_COMMENT = 5_000
MAX_WORDING = 100_000  # the Markdown renderer's own limit
MAX_REVIEWERS = 500

State = ReviewRound.State
Stage = ReviewRound.Stage


class ReviewError(Refusal):
    """A request on a review round we refuse; the message is fit to show the user."""

    api_status = 422


# --- Settings per body ----------------------------------------------------------------------


def review_settings_of(body: Body) -> ReviewSettings:
    """The body's rules, or the defaults (not saved) where it has none."""
    found = ReviewSettings.objects.filter(body=body).first()
    return found or ReviewSettings(body=body)


@transaction.atomic
def review_settings_save(
    *, body: Body, flow: str, days: int, approval: str, actor=None
) -> ReviewSettings:
    """Set who reviews a body's drafts, the usual deadline and who approves."""
    if flow not in Flow.values:
        raise ReviewError(_("Bitte wählen Sie, wer den Entwurf prüft."))
    if approval not in Approval.values:
        raise ReviewError(_("Bitte wählen Sie, wer das Protokoll genehmigt."))
    if not 1 <= days <= MAX_DAYS:
        raise ReviewError(_("Die Frist liegt zwischen 1 und %(max)s Tagen.") % {"max": MAX_DAYS})
    rules, _created = ReviewSettings.objects.select_for_update().get_or_create(body=body)
    before = {"flow": rules.flow, "days": rules.days, "approval": rules.approval}
    rules.flow, rules.days, rules.approval = flow, days, approval
    rules.save()
    log_action(
        actor,
        "review.settings_changed",
        body,
        before=before,
        after={"flow": flow, "days": days, "approval": approval},
    )
    return rules


# --- Who may do what ------------------------------------------------------------------------


def is_note_taker(user, meeting: Meeting) -> bool:
    return (
        user.is_authenticated
        and meeting.note_taker_id is not None
        and Person.objects.filter(pk=meeting.note_taker_id, user=user).exists()
    )


def may_start(user, meeting: Meeting) -> bool:
    """The note-taker hands the draft on; so may whoever manages the meeting."""
    return can_manage_body(user, meeting.body_id) or is_note_taker(user, meeting)


def is_chair(user, body_id: int) -> bool:
    return is_secretariat(user) or (
        user.is_authenticated
        and Membership.objects.filter(
            current_membership_q(),
            person__user=user,
            body_id=body_id,
            role=Membership.Role.CHAIR,
        ).exists()
    )


# --- Starting and widening ------------------------------------------------------------------


def _chairs(body_id: int) -> list[Person]:
    rows = Membership.objects.filter(
        current_membership_q(), body_id=body_id, role=Membership.Role.CHAIR
    ).select_related("person")
    return list({m.person_id: m.person for m in rows}.values())


def _attendees(meeting: Meeting) -> list[Person]:
    """Those present (or who accepted); without an attendance list the current members."""
    present = Attendance.objects.filter(
        meeting=meeting,
        person__isnull=False,
        status__in=(Attendance.Status.PRESENT, Attendance.Status.ACCEPTED),
    ).select_related("person")
    people = {a.person_id: a.person for a in present}
    if not people:
        rows = Membership.objects.filter(current_membership_q(), body_id=meeting.body_id)
        people = {m.person_id: m.person for m in rows.select_related("person")}
    return list(people.values())


def _add_reviewers(review: ReviewRound, people: list[Person], stage: str) -> int:
    have = set(review.reviewers.values_list("person_id", flat=True))
    new = []
    for person in people:
        if person.pk not in have:
            have.add(person.pk)
            new.append(Reviewer(round=review, person=person, stage=stage))
    if len(have) > MAX_REVIEWERS:
        raise ReviewError(_("So viele Prüfende sind für ein Gremium nicht vorgesehen."))
    Reviewer.objects.bulk_create(new)
    return len(new)


def _check_draft(meeting: Meeting) -> None:
    meeting_lock(meeting)
    if meeting.minutes_frozen:
        raise ReviewError(
            _(
                "Das Protokoll ist bereits genehmigt und damit eingefroren; es gibt nichts zu prüfen."
            )
        )
    if meeting.state not in (Meeting.State.HELD, Meeting.State.MINUTES_DRAFT):
        raise ReviewError(
            _("Nur der Protokollentwurf einer durchgeführten Sitzung kann geprüft werden.")
        )


def _mail_after_commit(review: ReviewRound) -> None:
    from .jobs import review_mail_reviewers

    transaction.on_commit(lambda: review_mail_reviewers.enqueue(review.pk), robust=True)


@transaction.atomic
def review_start(
    *, meeting: Meeting, deadline: dt.datetime | None = None, actor=None
) -> ReviewRound:
    """Hand the draft to the reviewers the body's rules name, with a deadline; mail them."""
    _check_draft(meeting)
    rules = review_settings_of(meeting.body)
    now = timezone.now()
    if deadline is None:
        deadline = now + dt.timedelta(days=rules.days)
    if deadline <= now:
        raise ReviewError(_("Die Frist muss in der Zukunft liegen."))
    if deadline > now + dt.timedelta(days=MAX_DAYS):
        raise ReviewError(
            _("Die Frist liegt höchstens %(max)s Tage in der Zukunft.") % {"max": MAX_DAYS}
        )
    if not meeting.agenda_items.filter(kind=AgendaItem.Kind.ITEM).exists():
        raise ReviewError(_("Der Entwurf hat keine Tagesordnungspunkte, die man prüfen könnte."))
    stage = Stage.ATTENDEES if rules.flow == Flow.ATTENDEES else Stage.CHAIR
    people = _chairs(meeting.body_id) if stage == Stage.CHAIR else _attendees(meeting)
    if stage == Stage.ATTENDEES:
        people = _chairs(meeting.body_id) + people
    if not people:
        raise ReviewError(
            _("Das Gremium hat keine Leitung, die den Entwurf prüfen könnte.")
            if stage == Stage.CHAIR
            else _("Es gibt niemanden, der den Entwurf prüfen könnte.")
        )
    try:
        with transaction.atomic():
            review = ReviewRound.objects.create(
                meeting=meeting,
                flow=rules.flow,
                stage=stage,
                approval=rules.approval,
                deadline=deadline,
                started_by=actor if getattr(actor, "is_authenticated", False) else None,
            )
    except IntegrityError as exc:
        raise ReviewError(_("Für diesen Entwurf läuft bereits eine Prüfrunde.")) from exc
    count = _add_reviewers(review, people, stage)
    log_action(
        actor,
        "review.started",
        review,
        meeting_id=meeting.pk,
        stage=stage,
        reviewers=count,
        deadline=deadline.isoformat(),
    )
    _mail_after_commit(review)
    return review


@transaction.atomic
def review_widen(*, review: ReviewRound, deadline: dt.datetime | None = None, actor=None) -> int:
    """After the chair: hand the draft to all attendees as well; return how many were added."""
    review = ReviewRound.objects.select_for_update().select_related("meeting").get(pk=review.pk)
    _check_draft(review.meeting)
    if review.state != State.OPEN:
        raise ReviewError(_("Die Prüfrunde ist abgeschlossen."))
    if review.stage == Stage.ATTENDEES:
        raise ReviewError(_("Der Entwurf liegt bereits allen Teilnehmenden vor."))
    if deadline is not None:
        if deadline <= timezone.now():
            raise ReviewError(_("Die Frist muss in der Zukunft liegen."))
        review.deadline = deadline
    elif review.past_deadline:
        days = review_settings_of(review.meeting.body).days
        review.deadline = timezone.now() + dt.timedelta(days=days)
    added = _add_reviewers(review, _attendees(review.meeting), Stage.ATTENDEES)
    review.stage = Stage.ATTENDEES
    review.save(update_fields=["stage", "deadline"])
    log_action(actor, "review.widened", review, meeting_id=review.meeting_id, reviewers=added)
    _mail_after_commit(review)
    return added


# --- Links ----------------------------------------------------------------------------------


def link_max_age() -> dt.timedelta:
    return dt.timedelta(days=getattr(settings, "REVIEW_LINK_DAYS", 60))


def reviewer_token(reviewer: Reviewer) -> str:
    return link_token(LINK_SALT, reviewer.pk, reviewer.key)


def reviewer_link(reviewer: Reviewer) -> str:
    return f"{settings.SITE_URL}{reverse('reviews:link', args=[reviewer_token(reviewer)])}"


def reviewer_from_token(token: str) -> Reviewer:
    """The reviewer a link names, or ReviewError if it is altered, expired or void."""
    try:
        pk, key = link_open(LINK_SALT, token, max_age=link_max_age())
    except LinkError as exc:
        raise ReviewError(str(exc)) from exc
    reviewer = (
        Reviewer.objects.select_related("round__meeting__body", "person").filter(pk=pk).first()
    )
    if reviewer is None or reviewer.key.hex != key:
        raise ReviewError(_("Dieser Link gilt nicht mehr."))
    return reviewer


def reviewer_for_user(review: ReviewRound, user) -> Reviewer | None:
    if not user.is_authenticated:
        return None
    return review.reviewers.select_related("person").filter(person__user=user).first()


# --- Answers --------------------------------------------------------------------------------


def _check_accepts_answers(review: ReviewRound) -> None:
    """Refuse answers once the minutes are frozen, the round closed or the deadline past."""
    meeting = meeting_lock(review.meeting)
    if meeting.minutes_frozen:
        raise ReviewError(
            _(
                "Das Protokoll ist bereits genehmigt und damit eingefroren; Vorschläge sind "
                "nicht mehr möglich."
            )
        )
    state = ReviewRound.objects.values_list("state", flat=True).get(pk=review.pk)
    if state != State.OPEN:
        raise ReviewError(_("Die Prüfrunde ist abgeschlossen; Vorschläge sind nicht mehr möglich."))
    if review.past_deadline:
        raise ReviewError(
            _("Die Frist zur Prüfung ist am %(date)s abgelaufen.")
            % {"date": timezone.localtime(review.deadline).strftime("%d.%m.%Y, %H:%M")}
        )


@transaction.atomic
def response_save(
    *,
    reviewer: Reviewer,
    item: AgendaItem,
    kind: str,
    comment: str = "",
    proposed_minutes: str = "",
    actor=None,
    via: str = "web",
) -> Response:
    """Confirm an item or suggest a change (a comment or a proposed wording)."""
    review = reviewer.round
    _check_accepts_answers(review)
    if item.meeting_id != review.meeting_id or item.kind != AgendaItem.Kind.ITEM:
        raise ReviewError(_("Diesen Tagesordnungspunkt gibt es in diesem Entwurf nicht."))
    if kind not in Response.Kind.values:
        raise ReviewError(_("Bitte bestätigen Sie den Punkt oder schlagen Sie eine Änderung vor."))
    comment, proposed_minutes = comment.strip(), proposed_minutes.replace("\r\n", "\n").strip()
    current = AgendaItem.objects.values_list("minutes", flat=True).get(pk=item.pk)
    if kind == Response.Kind.COMMENT and not comment:
        raise ReviewError(_("Bitte schreiben Sie Ihre Anmerkung."))
    if kind == Response.Kind.WORDING:
        if not proposed_minutes:
            raise ReviewError(_("Bitte geben Sie die vorgeschlagene Fassung an."))
        if proposed_minutes == current.strip():
            raise ReviewError(_("Die vorgeschlagene Fassung gleicht dem Entwurf."))
    if len(comment) > MAX_COMMENT:
        raise ReviewError(
            _("Eine Anmerkung hat höchstens %(max)s Zeichen.") % {"max": f"{MAX_COMMENT:,}"}
        )
    if len(proposed_minutes) > MAX_WORDING:
        raise ReviewError(_("Die vorgeschlagene Fassung ist zu lang."))
    response = (
        Response.objects.select_for_update().filter(reviewer=reviewer, agenda_item=item).first()
    )
    if response is not None and response.decision != Response.Decision.OPEN:
        raise ReviewError(
            _(
                "Über Ihren Vorschlag zu diesem Punkt wurde bereits entschieden; er bleibt, wie er ist."
            )
        )
    if response is None:
        response = Response(reviewer=reviewer, agenda_item=item)
    response.kind = kind
    response.comment = comment if kind != Response.Kind.CONFIRM else ""
    response.proposed_minutes = proposed_minutes if kind == Response.Kind.WORDING else ""
    response.original_minutes = current
    response.save()
    log_action(
        actor,
        "review.answered",
        response,
        meeting_id=review.meeting_id,
        item=item.pk,
        kind=kind,
        via=via,
    )
    return response


@transaction.atomic
def reviewer_finish(*, reviewer: Reviewer, actor=None, via: str = "web") -> int:
    """Confirm every item not yet answered and mark the reviewer done; return how many."""
    review = reviewer.round
    _check_accepts_answers(review)
    answered = set(reviewer.responses.values_list("agenda_item_id", flat=True))
    items = review.meeting.agenda_items.filter(kind=AgendaItem.Kind.ITEM).exclude(pk__in=answered)
    Response.objects.bulk_create(
        [
            Response(
                reviewer=reviewer,
                agenda_item=item,
                kind=Response.Kind.CONFIRM,
                original_minutes=item.minutes,
            )
            for item in items
        ]
    )
    Reviewer.objects.filter(pk=reviewer.pk).update(finished_at=timezone.now())
    log_action(actor, "review.finished", reviewer, meeting_id=review.meeting_id, via=via)
    return len(items)


# --- The secretariat's decisions ------------------------------------------------------------


@transaction.atomic
def response_decide(*, response: Response, accept: bool, note: str = "", actor=None) -> Response:
    """Accept or reject a suggestion; an accepted wording becomes the item's text (logged)."""
    response = (
        Response.objects.select_for_update()
        .select_related("reviewer__round__meeting", "agenda_item")
        .get(pk=response.pk)
    )
    review = response.reviewer.round
    meeting = meeting_lock(review.meeting)
    if meeting.minutes_frozen:
        raise ReviewError(
            _(
                "Das Protokoll ist bereits genehmigt; Vorschläge können nicht mehr übernommen werden."
            )
        )
    if review.state == State.APPROVED:
        raise ReviewError(_("Die Prüfrunde ist beendet."))
    if not response.is_suggestion:
        raise ReviewError(_("Eine Bestätigung braucht keine Entscheidung."))
    if response.decision != Response.Decision.OPEN:
        raise ReviewError(_("Über diesen Vorschlag wurde bereits entschieden."))
    note = note.strip()
    if len(note) > 500:
        raise ReviewError(_("Die Begründung hat höchstens 500 Zeichen."))
    item = response.agenda_item
    if accept and response.kind == Response.Kind.WORDING:
        if item.minutes != response.original_minutes:
            raise ReviewError(
                _(
                    "Der Text dieses Punkts wurde seit dem Vorschlag geändert. Bitte übernehmen "
                    "Sie die Änderung von Hand oder lehnen Sie den Vorschlag ab."
                )
            )
        try:
            minutes_record(
                item=item,
                minutes=response.proposed_minutes,
                expected_version=item.version,
                actor=actor,
            )
        except MeetingError as exc:
            raise ReviewError(str(exc)) from exc
    response.decision = Response.Decision.ACCEPTED if accept else Response.Decision.REJECTED
    response.decision_note = note
    response.decided_by = actor if getattr(actor, "is_authenticated", False) else None
    response.decided_at = timezone.now()
    response.save(update_fields=["decision", "decision_note", "decided_by", "decided_at"])
    log_action(
        actor,
        "review.suggestion_accepted" if accept else "review.suggestion_rejected",
        response,
        meeting_id=review.meeting_id,
        item=item.pk,
        kind=response.kind,
    )
    return response


def open_suggestions(review: ReviewRound):
    return Response.objects.filter(reviewer__round=review, decision=Response.Decision.OPEN).exclude(
        kind=Response.Kind.CONFIRM
    )


@transaction.atomic
def review_close(*, review: ReviewRound, actor=None) -> ReviewRound:
    """End the round once every suggestion is decided; the minutes go to approval."""
    review = ReviewRound.objects.select_for_update().select_related("meeting").get(pk=review.pk)
    if review.state != State.OPEN:
        raise ReviewError(_("Die Prüfrunde ist bereits abgeschlossen."))
    waiting = open_suggestions(review).count()
    if waiting:
        raise ReviewError(
            _("Bitte entscheiden Sie zuerst über alle Vorschläge (noch %(n)s offen).")
            % {"n": waiting}
        )
    review.state = State.CLOSED
    review.closed_at = timezone.now()
    review.save(update_fields=["state", "closed_at"])
    log_action(actor, "review.closed", review, meeting_id=review.meeting_id)
    return review


@transaction.atomic
def review_approve(*, review: ReviewRound, how: str, actor=None) -> ReviewRound:
    """Approve the reviewed minutes: by the chair, or as the body did at its next meeting."""
    review = ReviewRound.objects.select_for_update().select_related("meeting").get(pk=review.pk)
    meeting = review.meeting
    if review.state == State.OPEN:
        raise ReviewError(_("Bitte schließen Sie zuerst die Prüfrunde ab."))
    if review.state == State.APPROVED or meeting.minutes_frozen:
        raise ReviewError(_("Das Protokoll ist bereits genehmigt."))
    following = None
    if how == Approval.CHAIR:
        if not is_chair(actor, meeting.body_id):
            raise ReviewError(_("Nur die Leitung des Gremiums genehmigt das Protokoll selbst."))
    elif how == Approval.BODY:
        following = next_meeting_of(meeting)
        if following is None or following.date > timezone.localdate():
            raise ReviewError(
                _(
                    "Das Gremium genehmigt das Protokoll in seiner nächsten Sitzung; "
                    "diese hat noch nicht stattgefunden."
                )
            )
    else:
        raise ReviewError(_("Bitte wählen Sie, wie das Protokoll genehmigt wird."))
    try:
        minutes_approve(meeting=meeting, actor=actor)
    except MeetingError as exc:
        raise ReviewError(str(exc)) from exc
    review.state = State.APPROVED
    review.approved_how = how
    review.approved_at = timezone.now()
    review.approved_by = actor if getattr(actor, "is_authenticated", False) else None
    review.approved_in = following
    review.save(
        update_fields=["state", "approved_how", "approved_at", "approved_by", "approved_in"]
    )
    # The frozen version says how it came about ("Genehmigung" alone before).
    version = MinutesVersion.objects.filter(meeting=meeting).order_by("-version").first()
    if version is not None:
        version.reason = review.approval_reason()
        version.save(update_fields=["reason"])
    log_action(actor, "review.approved", review, meeting_id=meeting.pk, how=how)
    return review


def approval_line(meeting: Meeting) -> str | None:
    """How reviewed minutes were approved, for the protocol ("Nach Prüfung genehmigt …")."""
    if not meeting.minutes_frozen:
        return None
    review = (
        ReviewRound.objects.filter(meeting=meeting, state=State.APPROVED)
        .select_related("approved_in")
        .order_by("-approved_at", "-pk")
        .first()
    )
    if review is None:
        return None
    with translation.override(settings.LANGUAGE_CODE):  # the protocol is German
        return review.approval_text() or None


def minutes_approved_elsewhere(meeting: Meeting) -> None:
    """Minutes approved past the round (the meeting's own button): note it on the round."""
    review = (
        ReviewRound.objects.filter(meeting=meeting)
        .exclude(state=State.APPROVED)
        .order_by("-started_at")
        .first()
    )
    if review is None:
        return
    following = next_meeting_of(meeting) if review.approval == Approval.BODY else None
    ReviewRound.objects.filter(pk=review.pk).update(
        state=State.APPROVED,
        closed_at=review.closed_at or timezone.now(),
        approved_how=review.approval,
        approved_at=timezone.now(),
        approved_in=following
        if following is not None and following.date <= timezone.localdate()
        else None,
    )

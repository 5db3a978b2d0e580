"""A written procedure from start to the decision: mails, ballots, close, register, result mails."""

import datetime as dt
import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from transferhub.decisions.models import Decision
from transferhub.lib.models import ActionLog
from transferhub.votes.models import Ballot, Vote, Voter
from transferhub.votes.services import (
    VoteError,
    ballot_cast,
    vote_cancel,
    vote_close,
    voter_from_token,
    votes_close_due,
)

from .conftest import committed, set_rules, start


def voter(vote, person):
    return vote.voters.get(person=person)


def past_deadline(vote):
    Vote.objects.filter(pk=vote.pk).update(deadline=timezone.now() - dt.timedelta(minutes=1))


def test_starting_mails_each_voter_a_personal_link_and_guests_none(voting):
    mail.outbox.clear()
    vote = start(voting)
    assert sorted(v.person.given_name for v in vote.voters.all()) == [
        "Anna",
        "Bernd",
        "Clara",
        "Oliver",
        "Wilhelm",
    ]
    assert len(mail.outbox) == 5
    links = {
        m.to[0]: re.search(r"/abstimmungen/link/([^/]+)/", m.body).group(1) for m in mail.outbox
    }
    assert voter_from_token(links[voting.anna.email]) == voter(vote, voting.anna)
    assert voter_from_token(links[voting.bernd.email]) == voter(vote, voting.bernd)
    assert voting.guest.email not in links


def test_the_close_records_the_decision_with_register_number_and_counts(voting):
    vote = start(voting)
    for person, choice in [
        (voting.chair, "yes"),
        (voting.member, "yes"),
        (voting.anna, "no"),
        (voting.bernd, "abstain"),
    ]:
        ballot_cast(voter=voter(vote, person), choice=choice)
    past_deadline(vote)
    mail.outbox.clear()
    with committed():
        vote = vote_close(vote=vote)
    assert vote.result == "adopted"
    decision = vote.decision
    assert decision.kind == Decision.Kind.RESOLUTION
    assert (decision.votes_yes, decision.votes_no, decision.votes_abstain) == (2, 1, 1)
    assert decision.register_number == f"AG Transfer {timezone.localdate().year}/1"
    assert "Ja: Prof. Dr. Oliver Kruse, Wilhelm Heidbrede" in decision.text
    assert "Nein: Anna Adler" in decision.text
    assert decision.meeting.name.startswith("Umlaufverfahren")
    assert len(mail.outbox) == 5
    german = [m for m in mail.outbox if m.to[0] != voting.member.email]
    assert all("Ergebnis: Positionspapier Transfer – angenommen" in m.subject for m in german)
    assert decision.register_number in german[0].body


def test_a_secret_vote_names_nobody_in_the_decision_or_the_log(voting):
    set_rules(voting.body, named=False)
    vote = start(voting)
    ballot_cast(voter=voter(vote, voting.chair), choice="no")
    past_deadline(vote)
    vote = vote_close(vote=vote)
    assert "Kruse" not in vote.decision.text
    logged = ActionLog.objects.filter(action="vote.ballot_cast").get()
    assert "after" not in logged.data and "before" not in logged.data


def test_the_result_stays_hidden_until_the_close(voting, client):
    vote = start(voting)
    ballot_cast(voter=voter(vote, voting.chair), choice="yes")
    client.force_login(voting.chair.user)
    page = client.get(vote.get_absolute_url()).content.decode()
    assert "nach dem Ende der Abstimmung gezeigt" in page and "Zwischenstand" not in page
    set_rules(voting.body, results_while_open=True)
    shown = start(voting, title="Zweiter Antrag")
    ballot_cast(voter=voter(shown, voting.chair), choice="yes")
    assert "Zwischenstand" in client.get(shown.get_absolute_url()).content.decode()


def test_a_missed_quorum_records_a_rejected_motion(voting):
    vote = start(voting)
    ballot_cast(voter=voter(vote, voting.chair), choice="yes")
    past_deadline(vote)
    vote = vote_close(vote=vote)
    assert vote.result == "quorum_missed"
    assert vote.decision.kind == Decision.Kind.REJECTED
    assert "nicht beschlussfähig" in vote.decision.text


def test_no_objection_is_consent_and_one_objection_rejects(voting):
    set_rules(voting.body, majority="no_objection")
    silent = start(voting)
    past_deadline(silent)
    assert vote_close(vote=silent).result == "adopted"
    objected = start(voting, title="Zweiter")
    with pytest.raises(VoteError, match="Unbekannte Stimme"):
        ballot_cast(voter=voter(objected, voting.anna), choice="yes")
    ballot_cast(voter=voter(objected, voting.anna), choice="object")
    past_deadline(objected)
    closed = vote_close(vote=objected)
    assert closed.result == "rejected" and closed.counts["objections"] == 1


def test_the_chair_closes_early_only_when_everyone_voted(voting):
    vote = start(voting)
    ballot_cast(voter=voter(vote, voting.chair), choice="yes")
    with pytest.raises(VoteError, match="es fehlen noch 4 Stimmen"):
        vote_close(vote=vote, early=True, actor=voting.chair.user)
    assert Vote.objects.get(pk=vote.pk).state == "open"
    for person in (voting.member, voting.anna, voting.bernd, voting.clara):
        ballot_cast(voter=voter(vote, person), choice="yes")
    closed = vote_close(vote=vote, early=True, actor=voting.chair.user)
    assert closed.result == "adopted" and closed.counts["yes"] == 5


def test_cancelling_needs_a_reason_and_tells_everyone(voting):
    vote = start(voting)
    with pytest.raises(VoteError, match="Grund"):
        vote_cancel(vote=vote, reason="  ")
    mail.outbox.clear()
    with committed():
        vote_cancel(vote=vote, reason="Antrag zurückgezogen", actor=voting.chair.user)
    assert len(mail.outbox) == 5
    assert all("Antrag zurückgezogen" in m.body for m in mail.outbox)
    with pytest.raises(VoteError, match="abgebrochen"):
        ballot_cast(voter=voter(vote, voting.anna), choice="yes")
    assert not Decision.objects.exists()


def test_the_close_command_closes_due_votes_once(voting, capsys):
    due = start(voting)
    later = start(voting, title="Später", days=3)
    past_deadline(due)
    call_command("close_votes")
    call_command("close_votes")
    assert Vote.objects.get(pk=due.pk).state == "closed"
    assert Vote.objects.get(pk=later.pk).state == "open"
    assert Decision.objects.count() == 1
    assert votes_close_due() == []


def test_a_voter_changes_the_vote_until_the_deadline_and_it_counts_once(voting):
    vote = start(voting)
    v = voter(vote, voting.anna)
    ballot_cast(voter=v, choice="yes")
    ballot_cast(voter=v, choice="no")
    assert Ballot.objects.filter(voter=v).get().choice == "no"
    assert Ballot.objects.filter(vote=vote).count() == 1


def test_the_close_command_sends_ballot_mails_that_did_not_go_out(voting, mailoutbox):
    vote = start(voting)
    Voter.objects.filter(vote=vote, person=voting.anna).update(mailed_at=None)
    mailoutbox.clear()
    out = io.StringIO()
    call_command("close_votes", stdout=out)
    assert "1 mit noch nicht versandten Stimmzetteln erneut eingereiht" in out.getvalue()
    assert [m.to[0] for m in mailoutbox] == [voting.anna.email]
    call_command("close_votes", stdout=io.StringIO())
    assert len(mailoutbox) == 1


def test_the_next_meeting_approves_the_last_held_minutes_not_a_written_procedure(
    voting, seed_meeting
):
    """A written procedure's record meeting has no minutes a meeting could approve."""
    from transferhub.meetings.services import meeting_create

    vote = start(voting)
    for person in (voting.chair, voting.member, voting.anna):
        ballot_cast(voter=voter(vote, person), choice="yes")
    past_deadline(vote)
    with committed():
        vote = vote_close(vote=vote)
    assert vote.meeting.date > seed_meeting.date
    next_meeting = meeting_create(
        body=voting.body,
        name="AG Transfer",
        date=timezone.localdate() + dt.timedelta(days=30),
        start_time=dt.time(10),
        end_time=dt.time(12),
    )
    approval = next_meeting.agenda_items.get(name__startswith="Genehmigung")
    assert seed_meeting.date.strftime("%d.%m.%Y") in approval.name
    assert "Umlaufverfahren" not in approval.name

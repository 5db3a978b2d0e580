"""Votes in the meeting: opened on the recording page, those present vote, counted live, recorded."""

import re

import pytest

from transferhub.meetings.models import Attendance
from transferhub.votes.models import Vote
from transferhub.votes.services import VoteError, ballot_cast, vote_open_in_meeting

from .conftest import committed


def present(meeting, *people):
    for person in people:
        Attendance.objects.update_or_create(
            meeting=meeting, person=person, defaults={"status": Attendance.Status.PRESENT}
        )


@pytest.fixture
def item(seed_meeting, voting):
    present(seed_meeting, voting.chair, voting.member, voting.anna, voting.bernd)
    return seed_meeting.agenda_items.get(number="3")


def test_the_chair_opens_a_vote_on_the_recording_page_and_three_present_vote(voting, item, client):
    meeting = item.meeting
    client.force_login(voting.chair.user)
    page = client.get(f"/sitzungen/{meeting.pk}/protokollieren/?item={item.pk}").content.decode()
    assert "Abstimmung eröffnen" in page
    opened = client.post(
        f"/abstimmungen/sitzung/{meeting.pk}/punkt/{item.pk}/",
        {"motion": "Die AG Transfer empfiehlt die Umsetzungshilfe."},
        follow=True,
    )
    assert "Die Abstimmung ist eröffnet." in opened.content.decode()
    vote = Vote.objects.get(agenda_item=item)
    for person, choice in [(voting.anna, "yes"), (voting.bernd, "yes"), (voting.member, "no")]:
        client.force_login(person.user)
        client.post(f"/abstimmungen/{vote.pk}/stimme/", {"choice": choice})
    client.force_login(voting.clara.user)  # not on the attendance list as present
    refused = client.post(f"/abstimmungen/{vote.pk}/stimme/", {"choice": "yes"}, follow=True)
    assert "als anwesend eingetragen" in refused.content.decode()

    client.force_login(voting.chair.user)
    live = client.get(f"/abstimmungen/{vote.pk}/live/").content.decode()
    assert "3 Stimmen abgegeben, 4 Stimmberechtigte anwesend" in live
    assert 'hx-trigger="every 2s"' in live
    projector = client.get(f"/sitzungen/{meeting.pk}/protokollieren/projektor/").content.decode()
    assert "3 Stimmen abgegeben" in projector
    back = f"/sitzungen/{meeting.pk}/protokollieren/?item={item.pk}"
    closed = client.post(f"/abstimmungen/{vote.pk}/beenden/", {"next": back}, follow=True)
    page = closed.content.decode()
    assert "als Beschluss eingetragen" in page
    decision = item.decisions.get(vote=vote)
    assert (decision.votes_yes, decision.votes_no, decision.votes_abstain) == (2, 1, 0)
    assert decision.kind == "resolution" and "Ja 2, Nein 1, Enthaltungen 0" in page


def test_a_show_of_hands_is_typed_in_and_quorum_comes_from_the_attendance(voting, item, client):
    vote = vote_open_in_meeting(
        item=item, motion="Vertagen?", by_hand=True, actor=voting.chair.user
    )
    with pytest.raises(VoteError, match="Handzeichen"):
        ballot_cast(voter=vote.voters.get(person=voting.anna), choice="yes")
    client.force_login(voting.chair.user)
    too_many = client.post(
        f"/abstimmungen/{vote.pk}/handzeichen/", {"yes": 5, "no": 0, "abstain": 0}, follow=True
    )
    assert (
        "mehr Stimmen gezählt (5) als Stimmberechtigte anwesend sind (4)"
        in too_many.content.decode()
    )
    client.post(f"/abstimmungen/{vote.pk}/handzeichen/", {"yes": 1, "no": 2, "abstain": 1})
    vote.refresh_from_db()
    assert vote.result == "rejected" and vote.present == 4
    assert (vote.decision.votes_yes, vote.decision.votes_no) == (1, 2)


def test_too_few_present_miss_the_quorum(voting, seed_meeting):
    item = seed_meeting.agenda_items.get(number="3")
    present(seed_meeting, voting.chair, voting.anna)  # 2 of 5
    vote = vote_open_in_meeting(item=item, motion="Beschließen?")
    ballot_cast(voter=vote.voters.get(person=voting.anna), choice="yes")
    ballot_cast(voter=vote.voters.get(person=voting.chair), choice="yes")
    from transferhub.votes.services import vote_close

    assert vote_close(vote=vote).result == "quorum_missed"


def test_one_running_vote_per_item_and_none_on_approved_minutes(voting, item):
    vote_open_in_meeting(item=item, motion="Erste")
    with pytest.raises(VoteError, match="läuft bereits"):
        vote_open_in_meeting(item=item, motion="Zweite")
    item.meeting.state = "minutes_approved"
    item.meeting.save()
    other = item.meeting.agenda_items.exclude(pk=item.pk).filter(kind="item").first()
    with pytest.raises(VoteError, match="genehmigt"):
        vote_open_in_meeting(item=other, motion="Zu spät")


def test_a_member_cannot_open_a_vote(voting, item, client):
    client.force_login(voting.member.user)
    url = f"/abstimmungen/sitzung/{item.meeting_id}/punkt/{item.pk}/"
    assert client.post(url, {"motion": "x"}).status_code == 403
    assert not Vote.objects.exists()


def test_those_present_get_their_personal_link_by_mail(voting, item, client, mailoutbox):
    vote = vote_open_in_meeting(item=item, motion="Per Link?")
    client.force_login(voting.chair.user)
    with committed():
        client.post(f"/abstimmungen/{vote.pk}/links/")
    assert sorted(m.to[0] for m in mailoutbox) == sorted(
        p.email for p in (voting.chair, voting.member, voting.anna, voting.bernd)
    )
    anna = next(m for m in mailoutbox if m.to[0] == voting.anna.email)
    assert "in der Sitzung des Gremiums" in anna.body and "Frist" not in anna.body
    link = re.search(r"/abstimmungen/link/[^/\s]+/", anna.body).group(0)
    assert "Ihre Stimme ist gezählt." in client.post(link, {"choice": "yes"}).content.decode()

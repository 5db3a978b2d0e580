"""Date polls, calendar feeds, API tokens and consultancies are part of a person's data."""

import datetime as dt
import json

from django.contrib.auth.models import User
from django.urls import reverse

from transferhub.api.models import ApiToken, CalendarFeed
from transferhub.api.services import feed_key_reset, token_create
from transferhub.meetings.models import DatePollInvitee
from transferhub.meetings.polls import date_poll_answer, date_poll_create
from transferhub.network.services import person_erase


def _poll_answered_by(person, body):
    poll = date_poll_create(
        body=body,
        title="AG Transfer Frühjahr",
        slots=[(dt.date(2027, 3, 4), dt.time(10), dt.time(12))],
    )
    invitee = poll.invitees.get(person=person)
    date_poll_answer(invitee=invitee, answers={poll.slots.get().pk: "maybe"})
    return poll


def test_the_export_holds_poll_answers_feed_and_tokens_but_no_secret(
    client_as, people, ag_transfer
):
    member = people["member"]
    _poll_answered_by(member, ag_transfer)
    feed_key_reset(person=member)
    _, secret = token_create(user=member.user, name="CRM", scope="read")
    data = json.loads(client_as("member").get(reverse("network:my_data_export")).content)
    assert data["date_polls"] == [
        {
            "poll": "AG Transfer Frühjahr",
            "body": "AG Transfer",
            "answers": [{"date": "2027-03-04", "start_time": "10:00:00", "answer": "maybe"}],
        }
    ]
    assert data["calendar_subscription"]["created"]
    assert [t["name"] for t in data["api_tokens"]] == ["CRM"]
    assert secret not in json.dumps(data)
    assert CalendarFeed.objects.get(person=member).key not in json.dumps(data)


def test_erasing_removes_poll_answers_feed_and_tokens_of_a_kept_person(db, seed_meeting, people):
    member = people["member"]  # presents in the seed meeting: pseudonymised, not deleted
    _poll_answered_by(member, seed_meeting.body)
    feed_key_reset(person=member)
    token_create(user=member.user, name="CRM", scope="read-write")
    assert person_erase(person=member) == "pseudonymised"
    assert not DatePollInvitee.objects.filter(person=member).exists()
    assert not CalendarFeed.objects.filter(person=member).exists()
    assert not ApiToken.objects.filter(user_id=member.user_id).exists()
    assert not User.objects.get(pk=member.user_id).is_active


def test_a_person_only_invited_to_a_poll_is_deleted_outright(db, people, ag_transfer):
    outsider = people["outsider"]
    ag_transfer.memberships.create(person=outsider, role="member", start_date=dt.date(2026, 1, 1))
    _poll_answered_by(outsider, ag_transfer)
    assert person_erase(person=outsider) == "deleted"
    assert not User.objects.filter(username="outsider").exists()

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from transferhub.decisions.services import decision_record
from transferhub.lib.audit import log_action
from transferhub.lib.models import ActionLog
from transferhub.meetings.services import meeting_create
from transferhub.network.services import membership_end

URL = reverse("lib:audit_log")


@pytest.fixture
def meeting(ag_transfer, people):
    return meeting_create(
        body=ag_transfer,
        name="AG Transfer Herbst",
        date=dt.date(2022, 9, 15),
        start_time=dt.time(9, 0),
        end_time=dt.time(12, 0),
        actor=people["secretariat"].user,
    )


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("role", ["outsider", "member", "chair"])
def test_everyone_but_the_secretariat_is_refused(client_as, role):
    assert client_as(role).get(URL).status_code == 403


def test_it_shows_who_did_what_to_which_object(client_as, meeting, people):
    response = client_as("secretariat").get(URL)
    assert response.status_code == 200
    text = response.content.decode()
    assert "Sitzung angelegt" in text
    assert "Theresa Joerißen" in text
    assert reverse("meetings:detail", args=[meeting.pk]) in text
    assert "AG Transfer Herbst" in text


def test_the_newest_entry_comes_first(client_as, meeting, people):
    log_action(people["secretariat"].user, "meeting.changed", meeting, before={"name": "A"})
    rows = client_as("secretariat").get(URL).context["rows"]
    assert [r["entry"].action for r in rows] == ["meeting.changed", "meeting.created"]


def test_it_shows_a_short_summary_of_the_change(client_as, meeting, people):
    log_action(
        people["secretariat"].user,
        "decision.changed",
        meeting,
        before={"text": "Alt"},
        after={"text": "Neu"},
    )
    text = client_as("secretariat").get(URL).content.decode()
    assert "text: Alt → Neu" in text


def test_it_filters_by_kind_of_object(client_as, meeting, people):
    membership = people["member"].memberships.get()
    membership_end(membership=membership, actor=people["secretariat"].user)
    rows = client_as("secretariat").get(URL, {"kind": "permissions"}).context["rows"]
    assert [r["entry"].action for r in rows] == ["membership.ended"]
    assert rows[0]["url"] == reverse("network:body", args=[membership.body_id])


def test_it_filters_by_person(client_as, meeting, people):
    log_action(people["chair"].user, "meeting.changed", meeting)
    client = client_as("secretariat")
    rows = client.get(URL, {"actor": people["chair"].user.pk}).context["rows"]
    assert [r["entry"].action for r in rows] == ["meeting.changed"]
    # Only people who appear in the trail are offered.
    offered = {c[0] for c in client.get(URL).context["form"].fields["actor"].choices}
    assert people["member"].user.pk not in {getattr(v, "value", v) for v in offered}


def test_it_filters_by_date_range(client_as, meeting, people):
    old = log_action(people["secretariat"].user, "meeting.changed", meeting)
    ActionLog.objects.filter(pk=old.pk).update(timestamp=timezone.now() - dt.timedelta(days=40))
    client = client_as("secretariat")
    today = timezone.localdate()
    recent = client.get(URL, {"start": (today - dt.timedelta(days=1)).isoformat()})
    assert [r["entry"].action for r in recent.context["rows"]] == ["meeting.created"]
    earlier = client.get(URL, {"end": (today - dt.timedelta(days=30)).isoformat()})
    assert [r["entry"].pk for r in earlier.context["rows"]] == [old.pk]


def test_an_end_before_the_start_is_an_error_and_lists_nothing(client_as, meeting):
    response = client_as("secretariat").get(URL, {"start": "2024-05-02", "end": "2024-05-01"})
    assert response.status_code == 200
    assert "Das Ende liegt vor dem Beginn." in response.content.decode()
    assert response.context["rows"] == []


def test_a_deleted_decision_is_not_linked(client_as, seed_meeting, people):
    from transferhub.decisions.services import decision_delete

    decision = decision_record(
        meeting=seed_meeting, text="Wir vereinbaren.", actor=people["secretariat"].user
    )
    pk = decision.pk
    decision_delete(decision=decision, actor=people["secretariat"].user)
    rows = client_as("secretariat").get(URL, {"kind": "decisions"}).context["rows"]
    deleted = next(r for r in rows if r["entry"].action == "decision.deleted")
    assert deleted["url"] == reverse("meetings:detail", args=[seed_meeting.pk])
    recorded = next(r for r in rows if r["entry"].action == "decision.recorded")
    assert recorded["url"] == reverse("decisions:decision", args=[pk])


def test_the_page_offers_no_way_to_change_an_entry(client_as, meeting):
    response = client_as("secretariat").get(URL)
    text = response.content.decode()
    assert 'method="post"' not in text.split('<main id="main"')[1]
    assert client_as("secretariat").post(URL).status_code in (200, 405)
    assert ActionLog.objects.count() == 1


def test_the_secretariat_finds_the_page_in_the_navigation(client_as):
    assert URL in client_as("secretariat").get(reverse("home")).content.decode()
    assert URL not in client_as("chair").get(reverse("home")).content.decode()

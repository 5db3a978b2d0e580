"""Deleting the AG Transfer's decision on an application, or changing its kind on the
recording page, undoes what it decided: the website goes dark again (or back to the
recognition held before), the application is back on the agenda, and the log says who."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from conftest import make_person
from transferhub.decisions.models import Decision
from transferhub.lib.models import ActionLog
from transferhub.meetings.services import meeting_create
from transferhub.network.models import Network, RecognitionApplication
from transferhub.network.networks import application_start
from transferhub.regional.services import application_put_on_agenda


@pytest.fixture
def regional(db):
    network = Network.objects.create(name="OM Rheinland-Pfalz Nord", slug="om-rlp-nord")
    network.coordinators.add(make_person("Nadine", "Westerburg", username="nord"))
    return network


@pytest.fixture
def meeting(ag_transfer):
    return meeting_create(
        body=ag_transfer,
        name="AG Transfer",
        date=timezone.localdate() + dt.timedelta(days=14),
        start_time=dt.time(9),
        end_time=dt.time(11),
    )


@pytest.fixture
def chair(client, people):
    client.force_login(people["chair"].user)
    return client


def _on_agenda(network, meeting) -> RecognitionApplication:
    application = application_start(network=network)
    RecognitionApplication.objects.filter(pk=application.pk).update(state="submitted")
    application.refresh_from_db()
    return application_put_on_agenda(application=application, meeting=meeting)


def _record(chair, meeting, application, kind: str) -> Decision:
    response = chair.post(
        reverse("meetings:record_decision_add", args=[meeting.pk, application.agenda_item_id]),
        {
            "decision-text": "Die AG Transfer entscheidet über die Anerkennung.",
            "decision-kind": kind,
        },
    )
    assert response.status_code in (200, 302)
    return Decision.objects.get(agenda_item_id=application.agenda_item_id)


def _delete(chair, meeting, decision):
    return chair.post(reverse("meetings:record_decision_delete", args=[meeting.pk, decision.pk]))


def test_deleting_the_recognising_decision_takes_the_website_down_again(
    chair, client, regional, meeting, people
):
    application = _on_agenda(regional, meeting)
    decision = _record(chair, meeting, application, "resolution")
    regional.refresh_from_db()
    assert regional.is_recognised()
    client.logout()
    assert client.get(f"/netzwerke/{regional.slug}/").status_code == 200

    client.force_login(people["chair"].user)
    _delete(chair, meeting, decision)
    assert not Decision.objects.filter(pk=decision.pk).exists()
    regional.refresh_from_db()
    application.refresh_from_db()
    assert (regional.recognised_on, regional.recognised_until) == (None, None)
    assert application.state == "on_agenda" and application.decision_id is None
    assert application.agenda_item_id == decision.agenda_item_id
    client.logout()
    assert client.get(f"/netzwerke/{regional.slug}/").status_code == 404
    entry = ActionLog.objects.get(action="recognition.undone")
    assert entry.actor == people["chair"].user
    assert entry.data["was"] == "recognised" and entry.data["decision_id"] == decision.pk
    assert entry.data["after"] == {"on": "", "until": ""}


def test_a_network_recognised_before_keeps_its_earlier_recognition(
    chair, regional, meeting, people
):
    earlier_on = timezone.localdate() - dt.timedelta(days=3 * 365 - 20)
    first = application_start(network=regional)
    RecognitionApplication.objects.filter(pk=first.pk).update(
        state="recognised",
        decided_at=timezone.make_aware(dt.datetime.combine(earlier_on, dt.time(12))),
    )
    regional.recognised_on = earlier_on
    regional.recognised_until = earlier_on.replace(year=earlier_on.year + 3)
    regional.save()
    before = (regional.recognised_on, regional.recognised_until)

    application = _on_agenda(regional, meeting)
    decision = _record(chair, meeting, application, "agreement")
    regional.refresh_from_db()
    assert regional.recognised_on == meeting.date  # re-recognised
    _delete(chair, meeting, decision)
    regional.refresh_from_db()
    assert (regional.recognised_on, regional.recognised_until) == before


def test_deleting_a_refusal_puts_the_application_back_on_the_agenda(chair, regional, meeting):
    application = _on_agenda(regional, meeting)
    refusal = _record(chair, meeting, application, "rejected")
    application.refresh_from_db()
    assert application.state == "rejected"
    _delete(chair, meeting, refusal)
    application.refresh_from_db()
    assert application.state == "on_agenda"
    # The item can be decided afresh, and this time it recognises.
    _record(chair, meeting, application, "resolution")
    regional.refresh_from_db()
    assert regional.is_recognised()
    assert ActionLog.objects.filter(action="recognition.undone").count() == 1


def test_changing_the_decision_to_a_refusal_withdraws_the_recognition(
    chair, regional, meeting, people
):
    application = _on_agenda(regional, meeting)
    decision = _record(chair, meeting, application, "resolution")
    prefix = f"decision-{decision.pk}"
    chair.post(
        reverse("meetings:record_decision_edit", args=[meeting.pk, decision.pk]),
        {f"{prefix}-text": decision.text, f"{prefix}-kind": "rejected", f"{prefix}-version": 1},
    )
    regional.refresh_from_db()
    application.refresh_from_db()
    assert not regional.is_recognised() and regional.recognised_until is None
    assert application.state == "rejected" and application.decision_id == decision.pk
    assert ActionLog.objects.filter(action="recognition.undone").count() == 1
    assert ActionLog.objects.get(action="decision.changed").actor == people["chair"].user
    # A postponement leaves it on the agenda, undecided.
    chair.post(
        reverse("meetings:record_decision_edit", args=[meeting.pk, decision.pk]),
        {f"{prefix}-text": decision.text, f"{prefix}-kind": "postponement", f"{prefix}-version": 2},
    )
    application.refresh_from_db()
    assert application.state == "on_agenda" and application.decision_id is None


def test_a_decision_is_kept_when_the_network_has_opened_a_new_application(chair, regional, meeting):
    application = _on_agenda(regional, meeting)
    decision = _record(chair, meeting, application, "resolution")
    application_start(network=regional)  # already working on the next one
    response = _delete(chair, meeting, decision)
    assert "neuen Antrag begonnen" in response.content.decode() or response.status_code == 302
    assert Decision.objects.filter(pk=decision.pk).exists()
    regional.refresh_from_db()
    assert regional.is_recognised()
    assert not ActionLog.objects.filter(action="recognition.undone").exists()


def test_deleting_the_agenda_item_lets_the_application_go_on_another_agenda(
    chair, regional, meeting, people
):
    application = _on_agenda(regional, meeting)
    item_id = application.agenda_item_id
    chair.post(reverse("meetings:item_delete", args=[meeting.pk, item_id]))
    application.refresh_from_db()
    assert application.state == "submitted" and application.agenda_item_id is None
    entry = ActionLog.objects.get(action="recognition.unscheduled")
    assert entry.actor == people["chair"].user and entry.data["agenda_item_id"] == item_id
    # The secretariat puts it on a meeting again.
    again = application_put_on_agenda(application=application, meeting=meeting)
    assert again.state == "on_agenda" and again.agenda_item_id != item_id

"""A regional network applies, the secretariat puts it on the AG Transfer's agenda, the
decision recorded there recognises it and its website goes live; a reminder before it ends."""

import datetime as dt

import pytest
from django.utils import timezone

from conftest import make_person
from transferhub.decisions.models import Decision
from transferhub.decisions.services import decision_record
from transferhub.meetings.services import meeting_create
from transferhub.network.jobs import recognition_reminders_send
from transferhub.network.models import Network, RecognitionApplication
from transferhub.network.networks import CRITERIA_FILE, criteria_current, criteria_load


@pytest.fixture
def regional(db):
    network = Network.objects.create(name="OM Rheinland-Pfalz Nord", slug="om-rlp-nord")
    coordinator = make_person("Nadine", "Westerburg", username="nord")
    network.coordinators.add(coordinator)
    network.coordinator = coordinator
    return network


@pytest.fixture
def next_meeting(ag_transfer):
    return meeting_create(
        body=ag_transfer,
        name="AG Transfer",
        date=timezone.localdate() + dt.timedelta(days=14),
        start_time=dt.time(9),
        end_time=dt.time(11),
    )


def _apply(client, network) -> RecognitionApplication:
    client.force_login(network.coordinator.user)
    url = f"/netzwerke/verwaltung/{network.pk}/anerkennung/"
    client.post(url, {"action": "start"})
    application = RecognitionApplication.objects.get(network=network)
    answers = {}
    for answer in application.answers.all():
        answers[f"met_{answer.criterion_id}"] = "on"
        answers[f"evidence_{answer.criterion_id}"] = "Siehe Grundlagenpapier."
    response = client.post(url, {**answers, "action": "submit"})
    assert response.status_code == 302
    application.refresh_from_db()
    return application


def test_the_criteria_are_versioned_data(db):
    first = criteria_current()
    assert first.criteria.count() == 8 and first.version == "2016-06-06"
    assert criteria_load(CRITERIA_FILE) == first  # the same file again changes nothing


def test_an_application_without_evidence_for_every_criterion_is_not_submitted(client, regional):
    client.force_login(regional.coordinator.user)
    url = f"/netzwerke/verwaltung/{regional.pk}/anerkennung/"
    client.post(url, {"action": "start"})
    response = client.post(url, {"action": "submit"})
    assert "Noch ohne Nachweis" in response.content.decode()
    assert RecognitionApplication.objects.get().state == "draft"


def test_the_decision_on_the_agenda_item_recognises_the_network(
    client, regional, next_meeting, people
):
    client.force_login(regional.coordinator.user)
    assert client.get(f"/netzwerke/{regional.slug}/").status_code == 200  # coordinator preview
    client.logout()
    assert client.get(f"/netzwerke/{regional.slug}/").status_code == 404
    application = _apply(client, regional)
    assert application.state == "submitted"

    client.force_login(people["secretariat"].user)
    response = client.post(
        f"/netzwerke/verwaltung/antraege/{application.pk}/",
        {"action": "agenda", "meeting": next_meeting.pk},
    )
    assert response.status_code == 302
    application.refresh_from_db()
    item = next_meeting.agenda_items.get(pk=application.agenda_item_id)
    assert "OM Rheinland-Pfalz Nord" in item.name

    decision_record(
        meeting=next_meeting,
        agenda_item=item,
        kind=Decision.Kind.RESOLUTION,
        text="Die AG Transfer erkennt OM Rheinland-Pfalz Nord als regionales Netzwerk an.",
    )
    regional.refresh_from_db()
    assert regional.recognised_on == next_meeting.date
    assert regional.recognised_until == next_meeting.date.replace(year=next_meeting.date.year + 3)
    assert RecognitionApplication.objects.get().state == "recognised"
    client.logout()
    # The meeting is in two weeks: the website is live from the decision's date on.
    assert regional.is_recognised(on=next_meeting.date)


def test_a_rejecting_decision_leaves_the_network_unrecognised(
    client, regional, next_meeting, people
):
    application = _apply(client, regional)
    from transferhub.regional.services import application_put_on_agenda

    application = application_put_on_agenda(application=application, meeting=next_meeting)
    item = next_meeting.agenda_items.get(pk=application.agenda_item_id)
    decision_record(
        meeting=next_meeting, agenda_item=item, kind=Decision.Kind.REJECTED, text="Abgelehnt."
    )
    regional.refresh_from_db()
    assert regional.recognised_until is None
    assert RecognitionApplication.objects.get().state == "rejected"


def test_the_coordinators_are_reminded_once_before_the_recognition_ends(regional, mailoutbox):
    regional.recognised_until = timezone.localdate() + dt.timedelta(days=30)
    regional.save()
    assert recognition_reminders_send.call() == 1
    assert mailoutbox[0].to == [regional.coordinator.email]
    assert "endet am" in mailoutbox[0].subject
    assert recognition_reminders_send.call() == 0  # once per recognition

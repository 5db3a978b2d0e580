"""Approving the minutes freezes them; corrections make new versions with a trail."""

import datetime as dt

import pytest
from django.urls import reverse

from transferhub.decisions.models import Decision, Task
from transferhub.meetings import services
from transferhub.meetings.models import AgendaItem, Attachment, Meeting, MinutesVersion

from .conftest import page_text


@pytest.fixture
def following(seed_meeting, ag_transfer):
    """The next meeting, 24.11.2022, planned before the minutes of 15.09. are approved."""
    return services.meeting_create(
        body=ag_transfer,
        name="AG Transfer",
        date=dt.date(2022, 11, 24),
        start_time=dt.time(9),
        end_time=dt.time(11),
    )


def test_approval_asks_for_confirmation_then_freezes(client_as, seed_meeting, following):
    client = client_as("secretariat")
    url = reverse("meetings:approve", args=[seed_meeting.pk])
    text = page_text(client.get(url))
    assert "wird es eingefroren" in text
    seed_meeting.refresh_from_db()
    assert seed_meeting.state == Meeting.State.MINUTES_DRAFT

    response = client.post(url, follow=True)
    text = page_text(response)
    assert "Das Protokoll ist genehmigt." in text
    assert (
        "Die nächste Sitzung am 24.11.2022 hat den Punkt „Genehmigung des Protokolls vom "
        "15.09.2022“ erhalten." in text
    )
    seed_meeting.refresh_from_db()
    assert seed_meeting.state == Meeting.State.MINUTES_APPROVED
    version = MinutesVersion.objects.get(meeting=seed_meeting)
    assert version.version == 1
    next_page = page_text(client.get(following.get_absolute_url()))
    assert "Genehmigung des Protokolls vom 15.09.2022" in next_page
    assert seed_meeting.get_absolute_url() in next_page


def test_members_may_not_approve(client_as, seed_meeting):
    response = client_as("member").post(reverse("meetings:approve", args=[seed_meeting.pk]))
    assert response.status_code == 403
    seed_meeting.refresh_from_db()
    assert seed_meeting.state == Meeting.State.MINUTES_DRAFT


def test_a_planned_meeting_cannot_be_approved(client_as, following):
    response = client_as("secretariat").post(
        reverse("meetings:approve", args=[following.pk]), follow=True
    )
    assert "Nur das Protokoll einer durchgeführten Sitzung kann genehmigt werden." in page_text(
        response
    )
    following.refresh_from_db()
    assert following.state == Meeting.State.PLANNED


def _snapshot(meeting):
    items = list(
        AgendaItem.objects.filter(meeting=meeting)
        .order_by("order")
        .values_list("number", "name", "minutes", "status", "duration_minutes", "order")
    )
    meeting = Meeting.objects.get(pk=meeting.pk)
    return (
        items,
        (meeting.name, meeting.start_time, meeting.end_time, meeting.state),
        Decision.objects.filter(meeting=meeting).count(),
        Task.objects.filter(meeting=meeting).count(),
        Attachment.objects.filter(meeting=meeting).count(),
        list(meeting.attendances.values_list("status", flat=True)),
    )


def test_every_edit_of_frozen_minutes_is_refused_with_a_message(
    client_as, approved_meeting, people, pdf
):
    meeting = approved_meeting
    item = meeting.agenda_items.get(number="3")
    before = _snapshot(meeting)
    client = client_as("secretariat")
    frozen = "Das Protokoll ist genehmigt und damit eingefroren."
    attempts = [
        (
            reverse("meetings:item", args=[meeting.pk, item.pk]),
            {
                "minutes-minutes": "Neu geschrieben",
                "minutes-status": "withdrawn",
                "minutes-version": item.version,
            },
            frozen,
        ),
        (
            reverse("meetings:item_edit", args=[meeting.pk, item.pk]),
            {
                "number": "3",
                "name": "Umbenannt",
                "duration_minutes": 5,
                "version": item.version,
                "presenters-TOTAL_FORMS": 0,
                "presenters-INITIAL_FORMS": 0,
            },
            frozen,
        ),
        (reverse("meetings:item_move", args=[meeting.pk, item.pk]), {"direction": "up"}, frozen),
        (reverse("meetings:item_delete", args=[meeting.pk, item.pk]), {}, "eingefroren"),
        (
            reverse("meetings:item_add", args=[meeting.pk]),
            {
                "kind": "item",
                "name": "Nachgetragen",
                "duration_minutes": 5,
                "presenters-TOTAL_FORMS": 0,
                "presenters-INITIAL_FORMS": 0,
            },
            frozen,
        ),
        (
            reverse("meetings:edit", args=[meeting.pk]),
            {
                "name": "Neu",
                "date": "2022-09-15",
                "start_time": "10:00",
                "end_time": "13:00",
                "version": meeting.version,
            },
            frozen,
        ),
        (
            reverse("meetings:decision_add", args=[meeting.pk, item.pk]),
            {"decision-text": "Nachträglich", "decision-kind": "agreement"},
            "Das Protokoll dieser Sitzung ist genehmigt",
        ),
        (
            reverse("meetings:task_add", args=[meeting.pk, item.pk]),
            {"task-text": "Nachträglich"},
            "Das Protokoll dieser Sitzung ist genehmigt",
        ),
        (
            reverse("meetings:attachment_add", args=[meeting.pk, item.pk]),
            {"attachment-file": pdf()},
            frozen,
        ),
        (
            reverse("meetings:attendance_add", args=[meeting.pk]),
            {"add-guest_name": "Nachzügler", "add-status": "present"},
            frozen,
        ),
        (
            reverse("meetings:state", args=[meeting.pk]),
            {"state": "held"},
            "kann nicht auf",
        ),
    ]
    for url, data, message in attempts:
        response = client.post(url, data, follow=True)
        assert response.status_code == 200, url
        assert message in page_text(response), url
    assert _snapshot(meeting) == before


def test_a_correction_makes_version_2_with_reason_and_actor(client_as, approved_meeting, people):
    item = approved_meeting.agenda_items.get(number="3")
    client = client_as("chair")
    page = page_text(client.get(reverse("meetings:item", args=[approved_meeting.pk, item.pk])))
    assert "Korrektur speichern" in page
    assert "Protokoll speichern" not in page
    response = client.post(
        reverse("meetings:item_correct", args=[approved_meeting.pk, item.pk]),
        {
            "correction-minutes": "Wilhelm Heidbrede stellt die Umsetzungshilfe vor – siehe Anlage 2.",
            "correction-reason": "Verweis auf Anlage 2 ergänzt",
            "correction-version": item.version,
        },
        follow=True,
    )
    assert "Die Korrektur ist als Version 2 gespeichert." in page_text(response)
    version = MinutesVersion.objects.get(meeting=approved_meeting, version=2)
    assert version.reason == "Verweis auf Anlage 2 ergänzt"
    assert version.created_by == people["chair"].user
    item.refresh_from_db()
    assert item.minutes.endswith("siehe Anlage 2.")

    versions = page_text(
        client_as("member").get(reverse("meetings:versions", args=[approved_meeting.pk]))
    )
    assert "Version 2" in versions and "Version 1" in versions
    assert "Verweis auf Anlage 2 ergänzt" in versions
    assert "Prof. Dr. Oliver Kruse" in versions
    assert "Protokoll korrigiert" in versions
    history = page_text(
        client_as("member").get(
            reverse("meetings:versions", args=[approved_meeting.pk]), {"item": item.pk}
        )
    )
    assert "Protokoll korrigiert" in history
    assert (
        "Neues aus der Offensive Mittelstand"
        not in history.split("Änderungen an den Punkten")[1].split("</select>")[1]
    )
    version_page = page_text(
        client_as("member").get(reverse("meetings:version", args=[approved_meeting.pk, 2]))
    )
    assert "siehe Anlage 2." in version_page


def test_a_correction_needs_a_reason(client_as, approved_meeting):
    item = approved_meeting.agenda_items.get(number="3")
    response = client_as("secretariat").post(
        reverse("meetings:item_correct", args=[approved_meeting.pk, item.pk]),
        {"correction-minutes": "Anders", "correction-reason": ""},
    )
    assert response.status_code == 200
    assert "Bitte prüfen Sie Ihre Eingaben." in page_text(response)
    assert MinutesVersion.objects.filter(meeting=approved_meeting).count() == 1


def test_a_draft_cannot_be_corrected_only_edited(client_as, seed_meeting):
    item = seed_meeting.agenda_items.get(number="3")
    response = client_as("secretariat").post(
        reverse("meetings:item_correct", args=[seed_meeting.pk, item.pk]),
        {"correction-minutes": "Anders", "correction-reason": "Test", "correction-version": 0},
    )
    assert "Korrekturen gibt es nur für genehmigte Protokolle" in page_text(response)
    assert not MinutesVersion.objects.exists()


def test_outsiders_do_not_see_versions(client_as, approved_meeting):
    url = reverse("meetings:versions", args=[approved_meeting.pk])
    assert client_as("outsider").get(url).status_code == 403
    assert client_as("anonymous").get(url).status_code == 302

"""A client that asks for meetings `modified_since` its last run sees a meeting whose
non-public break grew (the public items' times moved) and one whose consulted paper got
a new file version: both move the meeting's `modified`."""

import time

import pytest
from django.utils import timezone

from transferhub.meetings.models import AgendaItem
from transferhub.papers import services as papers
from transferhub.papers.models import Paper
from transferhub.papers.tests.files import docx_file


@pytest.fixture
def meeting(approved_meeting, settings):
    settings.SITE_URL = "https://transferhub.example"
    return approved_meeting


def meetings_changed_since(client, since: str) -> list[str]:
    data = client.get("/oparl/v1/body/1/meeting", {"modified_since": since}).json()["data"]
    return [m["id"].rsplit("/", 1)[-1] for m in data]


def modified(client, meeting) -> str:
    return client.get(f"/oparl/v1/meeting/{meeting.pk}").json()["modified"]


def a_moment_later() -> str:
    time.sleep(0.01)
    since = timezone.now().isoformat()
    time.sleep(0.01)
    return since


def test_a_longer_non_public_break_moves_the_meeting(client, meeting):
    pause = meeting.agenda_items.get(kind=AgendaItem.Kind.BREAK)
    AgendaItem.objects.filter(pk=pause.pk).update(public=False)
    before = modified(client, meeting)
    since = a_moment_later()
    assert meetings_changed_since(client, since) == []

    pause.refresh_from_db()
    pause.duration_minutes = 25  # a correction in the admin: minutes are frozen
    pause.save()

    assert meetings_changed_since(client, since) == [str(meeting.pk)]
    assert modified(client, meeting) > before


def test_a_new_version_of_a_consulted_papers_file_moves_the_meeting(
    client, meeting, people, ag_transfer
):
    paper = papers.paper_create(
        title="Umsetzungshilfe Finanzierung und Liquidität",
        paper_type="instrument",
        body=ag_transfer,
        year=2022,
        authors=[people["member"]],
    )
    papers.paper_file_add(paper=paper, file=docx_file(["Fassung eins."]), name="Umsetzungshilfe")
    Paper.objects.filter(pk=paper.pk).update(public=True)
    item = meeting.agenda_items.filter(public=True).exclude(kind="break").first()
    paper.consultations.create(position=1, body=ag_transfer, role="decision", agenda_item=item)
    before = modified(client, meeting)
    since = a_moment_later()
    assert meetings_changed_since(client, since) == []

    papers.paper_version_add(
        paper_file=paper.files.get(), file=docx_file(["Fassung zwei."]), note="neu"
    )

    assert meetings_changed_since(client, since) == [str(meeting.pk)]
    assert modified(client, meeting) > before


def test_the_meeting_list_shows_the_moved_times_at_once(client, meeting):
    """The list keeps each meeting's object ready; a longer break still shows at once."""

    def starts() -> dict[str, str]:
        data = client.get("/oparl/v1/body/1/meeting").json()["data"]
        (listed,) = [m for m in data if m["id"].endswith(f"/meeting/{meeting.pk}")]
        return {item["name"]: item["start"] for item in listed["agendaItem"]}

    pause = meeting.agenda_items.get(kind=AgendaItem.Kind.BREAK)
    AgendaItem.objects.filter(pk=pause.pk).update(public=False)  # in no `modified` of OParl
    pause.refresh_from_db()
    before = starts()
    pause.duration_minutes += 15
    pause.save()
    after = starts()
    later = [name for name in before if after[name] != before[name]]
    assert later, "the items after the break start later"
    assert all(after[name] > before[name] for name in later)


def test_each_language_gets_its_own_labels_in_the_meeting_list(client, meeting):
    def state(language: str) -> str:
        data = client.get("/oparl/v1/body/1/meeting", HTTP_ACCEPT_LANGUAGE=language).json()
        return data["data"][0]["meetingState"]

    german = state("de")
    english = state("en")
    assert german != english
    assert state("de") == german

"""A decision or task recorded, changed or given a new status on an item leaves the meeting
page's cached agenda in place and renders only that item's minutes section again, yet
every role and language sees the change at once, and the page is the page rendered anew.
Where such a change shows beyond its section (a first decision or text gives the page its
minutes part, a status its row's badge, an emptied text takes the public row's link
away), the page renders its part anew when it reads it; a removed decision and a task
moved to another item move the whole part."""

import datetime as dt
import re

import pytest
from django.core.cache import cache

from transferhub.decisions import services as decisions
from transferhub.meetings import services
from transferhub.meetings.models import AgendaItem, Meeting

from .conftest import page_text

ROLES = ("secretariat", "chair", "member")


def stamp(meeting: Meeting) -> str:
    return Meeting.objects.get(pk=meeting.pk).content_stamp


def without_tokens(text: str) -> str:
    text = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", text)
    return re.sub(r'"X-CSRFToken": "[^"]*"', "", text)


@pytest.fixture
def page(client_as, seed_meeting):
    def get(role: str = "member", language: str = "de") -> str:
        url = seed_meeting.get_absolute_url()
        return page_text(client_as(role).get(url, HTTP_ACCEPT_LANGUAGE=language))

    return get


def section(text: str, item: AgendaItem) -> str:
    return text.split(f'id="protokoll-{item.pk}"')[1].split("</section>")[0]


@pytest.fixture
def item(seed_meeting) -> AgendaItem:
    """The item with the seed's two tasks and a decision."""
    item = seed_meeting.agenda_items.get(name__startswith="Umsetzungshilfe")
    item.meeting = seed_meeting
    return item


def test_a_new_decision_shows_at_once_in_its_items_section_only(page, seed_meeting, item):
    for role in ROLES:
        for language in ("de", "en"):
            page(role, language)  # every variant in the cache
    before = stamp(seed_meeting)
    decisions.decision_record(
        meeting=seed_meeting, agenda_item=item, text="Die AG beschließt den **Zeitplan**."
    )
    assert stamp(seed_meeting) == before  # the agenda stays; only this section is new
    for role in ROLES:
        for language in ("de", "en"):
            text = page(role, language)
            assert "<p>Die AG beschließt den <strong>Zeitplan</strong>.</p>" in section(text, item)


def test_a_changed_task_status_and_owner_show_at_once(page, seed_meeting, item, people):
    task = item.tasks.get(text__startswith="Ansprache")
    assert "<em>Prof. Dr. Oliver Kruse</em>" in section(page(), item)
    before = stamp(seed_meeting)
    decisions.task_update(task=task, owner_person=people["member"])
    decisions.task_set_status(task=task, status="done")
    assert stamp(seed_meeting) == before
    for role in ROLES:
        text = section(page(role), item)
        assert f"<em>{people['member'].full_name}</em>" in text
        assert 'badge done">erledigt' in text


def test_a_new_task_on_an_item_shows_at_once(page, seed_meeting, item):
    page()
    before = stamp(seed_meeting)
    decisions.task_create(agenda_item=item, text="Termine für 2023 abstimmen.")
    assert stamp(seed_meeting) == before
    assert "Termine für 2023 abstimmen." in section(page(), item)


def test_the_refreshed_page_is_the_page_rendered_anew(page, seed_meeting, item, people, pdf):
    other = seed_meeting.agenda_items.get(name="Verschiedenes")
    other.meeting = seed_meeting
    services.attachment_add(meeting=seed_meeting, agenda_item=item, file=pdf("folien.pdf"))
    for role in ROLES:
        page(role)
    decision = decisions.decision_record(meeting=seed_meeting, agenda_item=item, text="Eins.")
    decisions.decision_update(decision=decision, text="Eins, geändert.", kind="resolution")
    decisions.task_create(agenda_item=other, text="Zwei.", owner_person=people["chair"])
    services.minutes_record(item=other, minutes="Drei.")
    refreshed = {role: without_tokens(page(role)) for role in ROLES}
    cache.clear()
    for role in ROLES:
        assert refreshed[role] == without_tokens(page(role))
    assert "Eins, geändert." in refreshed["member"] and "Zwei." in refreshed["member"]
    assert "<p>Anlagen: <a href=" in section(refreshed["member"], item)  # its file stays


@pytest.fixture
def bare_meeting(ag_transfer) -> Meeting:
    """A meeting ahead, one item and no minutes yet: its page has no minutes part."""
    hours = (dt.time(9), dt.time(10))
    meeting = services.meeting_create(
        body=ag_transfer,
        name="Planung",
        date=dt.date(2099, 1, 19),
        start_time=hours[0],
        end_time=hours[1],
    )
    services.agenda_item_add(meeting=meeting, name="Haushalt", duration_minutes=10)
    return meeting


@pytest.mark.parametrize("write", ["decision", "minutes"])
def test_a_first_decision_or_text_gives_the_page_its_minutes_part_at_once(
    client_as, bare_meeting, write
):
    item = bare_meeting.agenda_items.get()
    item.meeting = bare_meeting
    url = bare_meeting.get_absolute_url()
    assert 'id="protokoll"' not in page_text(client_as("member").get(url))
    before = stamp(bare_meeting)
    if write == "decision":
        decisions.decision_record(meeting=bare_meeting, agenda_item=item, text="Steht.")
    else:
        services.minutes_record(item=item, minutes="Steht.")
    assert stamp(bare_meeting) == before  # the page finds out when it reads its part
    text = page_text(client_as("member").get(url))
    assert 'id="protokoll"' in text and "<p>Steht.</p>" in section(text, item)


def test_a_status_shown_in_the_row_shows_at_once(page, seed_meeting, item):
    row = page().split(f'id="top-{item.pk}"')[1].split("</tr>")[0]
    assert "badge" not in row
    services.minutes_record(item=item, status="postponed")
    row = page().split(f'id="top-{item.pk}"')[1].split("</tr>")[0]
    assert 'badge postponed">vertagt' in row


def test_a_text_emptied_in_approved_minutes_takes_the_public_rows_link_away(
    client_as, seed_meeting
):
    item = seed_meeting.agenda_items.get(name="Verschiedenes")  # a text and no decision
    item.meeting = seed_meeting
    services.minutes_approve(meeting=seed_meeting)
    url = seed_meeting.get_absolute_url()
    assert f'href="#protokoll-{item.pk}"' in page_text(client_as("anonymous").get(url))
    item.refresh_from_db()
    services.minutes_correct(item=item, minutes="", reason="Gehört nicht ins Protokoll")
    assert f'href="#protokoll-{item.pk}"' not in page_text(client_as("anonymous").get(url))
    assert f'href="#protokoll-{item.pk}"' in page_text(client_as("member").get(url))


def test_a_removed_decision_and_a_moved_task_leave_at_once(page, seed_meeting, item):
    decision = item.decisions.get()
    task = item.tasks.get(text__startswith="Ansprache")
    assert decision.text in page() and task.text in section(page(), item)
    before = stamp(seed_meeting)
    decisions.decision_delete(decision=decision)
    assert stamp(seed_meeting) != before
    assert decision.text not in page()
    other = seed_meeting.agenda_items.get(name="Verschiedenes")
    task.agenda_item = other
    task.save()
    text = page()
    assert task.text not in section(text, item) and task.text in section(text, other)


def test_a_delete_after_a_quiet_save_of_the_same_row_moves_the_stamp(page, seed_meeting, item):
    task = decisions.task_create(agenda_item=item, text="Bald wieder weg.")
    decisions.task_set_status(task=task, status="in_progress")  # a quiet save
    assert "Bald wieder weg." in page()
    before = stamp(seed_meeting)
    task.delete()
    assert stamp(seed_meeting) != before
    assert "Bald wieder weg." not in page()

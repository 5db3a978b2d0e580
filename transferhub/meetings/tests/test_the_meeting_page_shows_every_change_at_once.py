"""The meeting page keeps its agenda and minutes part ready, and still shows every change
at once: an item's title, a break's length, a decision, a task's owner, a presenter's
name, the attendance. Each viewer gets the variant of their role and language, and the
forms in a shared rendering carry each visitor's own CSRF token."""

import re

import pytest
from django.test import Client

from transferhub.decisions import services as decisions
from transferhub.meetings import services
from transferhub.meetings.models import AgendaItem, Attendance

from .conftest import page_text


@pytest.fixture
def meeting_page(client_as, seed_meeting):
    def get(role: str = "member", **headers) -> str:
        return page_text(client_as(role).get(seed_meeting.get_absolute_url(), **headers))

    return get


def item_named(meeting, start: str) -> AgendaItem:
    return meeting.agenda_items.get(name__startswith=start)


def test_a_new_item_title_shows_at_once(meeting_page, seed_meeting):
    assert "Verschiedenes" in meeting_page()
    item = item_named(seed_meeting, "Verschiedenes")
    services.agenda_item_update(item=item, name="Verschiedenes und Termine")
    assert "Verschiedenes und Termine" in meeting_page()
    assert "Verschiedenes und Termine" in meeting_page("secretariat")


def test_a_longer_break_moves_the_later_items_at_once(meeting_page, seed_meeting):
    assert "<td>11:00</td>" in meeting_page()  # after the 10-minute break at 10:50
    brk = seed_meeting.agenda_items.get(kind=AgendaItem.Kind.BREAK)
    services.agenda_item_update(item=brk, duration_minutes=25)
    text = meeting_page()
    assert "<td>11:15</td>" in text and "<td>11:00</td>" not in text
    assert "25 Min." in text


def test_a_changed_decision_text_shows_at_once(meeting_page, seed_meeting):
    decision = seed_meeting.decisions.order_by("pk").first()
    before = decision.text
    assert before in meeting_page()
    decisions.decision_update(
        decision=decision, text="Die AG Transfer beschließt etwas Neues.", kind=decision.kind
    )
    text = meeting_page()
    assert "Die AG Transfer beschließt etwas Neues." in text
    assert before not in text


def test_a_new_task_owner_and_status_show_at_once(meeting_page, seed_meeting, people):
    task = seed_meeting.tasks.get(text__startswith="Ansprache")
    assert "<em>Prof. Dr. Oliver Kruse</em>" in meeting_page()
    decisions.task_update(task=task, owner_person=people["member"])
    text = meeting_page()
    assert f"<em>{people['member'].full_name}</em>" in text
    assert "<em>Prof. Dr. Oliver Kruse</em>" not in text
    decisions.task_set_status(task=task, status="done")
    assert 'badge done">erledigt' in meeting_page()


def test_a_presenter_renamed_shows_at_once(meeting_page, people):
    member = people["member"]
    before = member.full_name
    assert before in meeting_page()
    member.family_name = "Neumann-Berg"
    member.save()
    text = meeting_page()
    assert member.full_name in text and member.full_name != before


def test_the_attendance_count_shows_at_once(meeting_page, seed_meeting, people):
    assert "<dd>30</dd>" in meeting_page()  # the stated number while nobody is listed
    services.attendance_add(meeting=seed_meeting, person=people["member"])
    services.attendance_add(
        meeting=seed_meeting, person=people["chair"], status=Attendance.Status.EXCUSED
    )
    assert "<dd>1</dd>" in meeting_page()


def test_a_member_and_the_secretariat_each_see_their_own_variant(meeting_page):
    managing = meeting_page("secretariat")
    assert ">Bearbeiten</a>" in managing and 'name="direction"' in managing
    member = meeting_page("member")
    assert 'name="direction"' not in member and ">Bearbeiten</a>" not in member
    assert "Ansprache von Bankenverbänden" in member  # members see the tasks
    assert 'name="direction"' in meeting_page("secretariat")


def test_the_public_sees_only_the_public_part_of_approved_minutes(client_as, seed_meeting):
    item = item_named(seed_meeting, "Verschiedenes")
    services.agenda_item_update(item=item, public=False)
    services.minutes_approve(meeting=seed_meeting)
    url = seed_meeting.get_absolute_url()
    member = page_text(client_as("member").get(url))
    public = page_text(client_as("anonymous").get(url))
    assert "Verschiedenes" in member and "Ansprache von Bankenverbänden" in member
    assert "Verschiedenes" not in public
    assert "Ansprache von Bankenverbänden" not in public  # tasks are for members
    assert "Verschiedenes" in page_text(client_as("member").get(url))


def test_english_and_german_each_get_their_own(meeting_page):
    german = meeting_page()
    english = meeting_page(HTTP_ACCEPT_LANGUAGE="en")
    assert '<th scope="col">Was</th>' in german
    assert '<th scope="col">Was</th>' not in english
    assert '<th scope="col">Was</th>' in meeting_page()


def test_each_visitor_gets_their_own_csrf_token_in_the_shared_part(seed_meeting, people):
    """A move button works with the token in its form, and no two visitors share one."""
    tokens = []
    for _visitor in range(2):
        client = Client(enforce_csrf_checks=True)
        client.force_login(people["secretariat"].user)
        text = page_text(client.get(seed_meeting.get_absolute_url()))
        form = re.search(
            r'<form method="post" action="([^"]+)" class="inline">'
            r'<input type="hidden" name="csrfmiddlewaretoken" value="([^"]+)">',
            text,
        )
        action, token = form.groups()
        moved = client.post(action, {"csrfmiddlewaretoken": token, "direction": "down"})
        assert moved.status_code == 302
        assert client.post(action, {"direction": "down"}).status_code == 403  # no token
        tokens.append(token)
    assert tokens[0] != tokens[1]


def test_a_renamed_body_owning_a_task_shows_at_once(meeting_page, ag_transfer):
    assert f"<em>{ag_transfer}</em>" in meeting_page()
    ag_transfer.name = "AG Transfer und Dialog"
    ag_transfer.save()
    assert f"<em>{ag_transfer}</em>" in meeting_page()


def test_a_task_moved_to_another_meeting_leaves_the_first_page_at_once(meeting_page, seed_meeting):
    task = seed_meeting.tasks.get(text__startswith="Ansprache")
    assert "Ansprache" in meeting_page()
    other = services.meeting_create(
        body=seed_meeting.body,
        name="Folgesitzung",
        date=seed_meeting.date.replace(year=seed_meeting.date.year + 1),
        start_time=seed_meeting.start_time,
        end_time=seed_meeting.end_time,
    )
    item = AgendaItem.objects.create(meeting=other, number="1", name="Übernommen", order=1000)
    task.meeting, task.agenda_item = other, item
    task.save()
    assert task.text not in meeting_page()

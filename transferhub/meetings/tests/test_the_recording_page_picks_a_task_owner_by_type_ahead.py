"""The recording page's task form picks its owner by type-ahead: the page holds the body's
members first and 20 people at most, never the whole list; typing asks for matches with
the members first; an unknown person is refused in German and nothing is saved."""

import re

import pytest
from django.urls import reverse

from conftest import make_person
from transferhub.decisions.models import Task
from transferhub.lib.pickers import MATCHES


@pytest.fixture
def crowd(seed_meeting):
    # Sixty people outside the body, whose names sort before every member's.
    return [make_person(f"Anna{n:02d}", f"Aaron{n:02d}") for n in range(60)]


def options(html: str, select_id: str) -> list[str]:
    select = html[html.index(f'id="{select_id}"') :]
    select = select[: select.index("</select>")]
    return re.findall(r"<option value=\"(\d*)\"[^>]*>([^<]*)</option>", select)


def test_the_form_offers_the_members_first_and_never_everyone(
    client_as, seed_meeting, people, crowd
):
    item = seed_meeting.agenda_items.filter(kind="item").first()
    html = (
        client_as("chair")
        .get(reverse("meetings:record_task_form", args=[seed_meeting.pk, item.pk]))
        .content.decode()
    )
    offered = [label for value, label in options(html, f"id_{item.pk}_task-owner_person") if value]
    assert len(offered) == MATCHES
    members = ["Heidbrede, Wilhelm", "Joerißen, Theresa", "Kruse, Prof. Dr. Oliver"]
    assert [any(label.startswith(m) for label in offered[:3]) for m in members] == [True] * 3
    assert "Aaron59, Anna59" not in html
    assert "picker-search" in html and f'"prefer": "{seed_meeting.body_id}"' in html.replace(
        "&quot;", '"'
    )


def test_typing_finds_matches_with_the_members_first(client_as, seed_meeting, people, crowd):
    make_person("Anna", "Heidbrink")
    found = (
        client_as("chair")
        .get(
            reverse("portal:picker", args=["person"]),
            {"q": "Heid", "prefer": seed_meeting.body_id},
        )
        .content.decode()
    )
    names = re.findall(r">([^<]+)</option>", found)
    assert names == ["Heidbrede, Wilhelm", "Heidbrink, Anna"]


def test_a_picked_owner_is_saved_and_an_unknown_one_refused(client_as, seed_meeting, people):
    chair = client_as("chair")
    item = seed_meeting.agenda_items.filter(kind="item").first()
    url = reverse("meetings:record_task_add", args=[seed_meeting.pk, item.pk])
    bad = {"task-text": "Glossar abstimmen", "task-owner_person": 987654}
    page = chair.post(url, bad, follow=True)  # without JavaScript: back to the page
    assert "Diese Person ist unbekannt" in page.content.decode()
    page = chair.post(url, bad, headers={"HX-Request": "true"})  # in place
    assert "Diese Person ist unbekannt" in page.content.decode()
    assert not Task.objects.filter(text="Glossar abstimmen").exists()
    chair.post(url, {"task-text": "Glossar abstimmen", "task-owner_person": people["member"].pk})
    assert Task.objects.get(text="Glossar abstimmen").owner_person == people["member"]

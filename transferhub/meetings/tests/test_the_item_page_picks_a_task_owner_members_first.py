"""The item page's task form offers the meeting body's members first, as the recording
page's does (one picker configuration), also when a refused task comes back with its error."""

import re

import pytest
from django.urls import reverse

from conftest import make_person
from transferhub.decisions.models import Task

MEMBERS = ["Heidbrede, Wilhelm", "Joerißen, Theresa", "Kruse, Prof. Dr. Oliver"]


@pytest.fixture
def crowd(seed_meeting):
    # Sixty people outside the body, whose names sort before every member's.
    return [make_person(f"Anna{n:02d}", f"Aaron{n:02d}") for n in range(60)]


def owner_options(html: str) -> list[str]:
    select = html[html.index('name="task-owner_person"') :]
    select = select[: select.index("</select>")]
    return [
        label
        for value, label in re.findall(r'<option value="(\d*)"[^>]*>([^<]*)<', select)
        if value
    ]


def asks_members_first(html: str, body_id: int) -> bool:
    return f'"prefer": "{body_id}"' in html.replace("&quot;", '"')


def test_the_item_page_lists_the_bodys_members_first(client_as, seed_meeting, people, crowd):
    item = seed_meeting.agenda_items.filter(kind="item").first()
    html = (
        client_as("chair")
        .get(reverse("meetings:item", kwargs={"pk": seed_meeting.pk, "item_pk": item.pk}))
        .content.decode()
    )
    offered = owner_options(html)
    assert [any(label.startswith(m) for label in offered[:3]) for m in MEMBERS] == [True] * 3
    assert asks_members_first(html, seed_meeting.body_id)


def test_a_refused_task_comes_back_with_the_members_first(client_as, seed_meeting, people, crowd):
    item = seed_meeting.agenda_items.filter(kind="item").first()
    url = reverse("meetings:task_add", kwargs={"pk": seed_meeting.pk, "item_pk": item.pk})
    page = client_as("chair").post(
        url, {"task-text": "Glossar abstimmen", "task-owner_person": 987654}
    )
    html = page.content.decode()
    assert "Diese Person ist unbekannt" in html
    assert not Task.objects.filter(text="Glossar abstimmen").exists()
    offered = owner_options(html)
    assert [any(label.startswith(m) for label in offered[:3]) for m in MEMBERS] == [True] * 3
    assert asks_members_first(html, seed_meeting.body_id)

"""Deep pages (an agenda item, a decision, a task, a supplier) show where they sit."""

import re

from django.urls import reverse

from transferhub.decisions.models import Decision, Task

TRAIL = re.compile(r'<nav class="breadcrumbs"[^>]*><ol>(.*?)</ol></nav>', re.S)


def trail(html: str) -> list[str]:
    found = TRAIL.search(html)
    assert found, "no breadcrumbs"
    return [re.sub(r"<[^>]+>", "", part).strip() for part in found.group(1).split("</li>")[:-1]]


def test_an_agenda_item_sits_under_its_meeting(client_as, seed_meeting):
    item = seed_meeting.agenda_items.exclude(kind="break").first()
    html = (
        client_as("secretariat")
        .get(reverse("meetings:item", kwargs={"pk": seed_meeting.pk, "item_pk": item.pk}))
        .content.decode()
    )
    assert trail(html) == ["Start", "Sitzungen", str(seed_meeting), item.name]
    assert 'aria-current="page"' in TRAIL.search(html).group(1)


def test_a_decision_sits_under_the_register_and_its_meeting(client_as, seed_meeting):
    decision = Decision.objects.filter(meeting=seed_meeting).first()
    html = client_as("member").get(reverse("decisions:decision", args=[decision.pk])).content
    assert trail(html.decode()) == [
        "Start",
        "Beschlüsse",
        str(seed_meeting),
        decision.register_number,
    ]


def test_a_task_sits_under_the_task_register(client_as, seed_meeting):
    task = Task.objects.filter(meeting=seed_meeting).first()
    html = client_as("member").get(reverse("decisions:task", args=[task.pk])).content.decode()
    assert trail(html) == ["Start", "Aufgaben", "Aufgabe"]

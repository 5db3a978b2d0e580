"""Moving items renumbers them; the agenda is reordered by drag and drop or by keyboard."""

import json
import re

import pytest
from django.urls import reverse

from transferhub.lib.models import ActionLog
from transferhub.meetings.models import AgendaItem
from transferhub.meetings.services import (
    MeetingError,
    agenda_item_add,
    agenda_numbers,
    agenda_reorder,
    minutes_approve,
)


def agenda(meeting) -> list[tuple[str, str]]:
    return [(i.number, i.name) for i in meeting.agenda_items.order_by("order")]


def shown_headings(response) -> list[str]:
    """The "Was" cells of the agenda table as the reader sees them."""
    table = re.search(r'<table class="agenda.*?</table>', response.content.decode(), re.S)[0]
    return [
        " ".join(re.sub(r"<[^>]+>", " ", cell).split())
        for cell in re.findall(r'<th scope="row">(.*?)</th>', table, re.S)
    ]


def reorder_url(meeting) -> str:
    return reverse("meetings:agenda_reorder", args=[meeting.pk])


def test_moving_an_item_up_on_the_page_renumbers_the_agenda(client_as, seed_meeting):
    third = seed_meeting.agenda_items.get(number="3")
    client = client_as("chair")
    client.post(
        reverse("meetings:item_move", args=[seed_meeting.pk, third.pk]), {"direction": "up"}
    )
    headings = shown_headings(client.get(seed_meeting.get_absolute_url()))
    assert headings[1].startswith("2. Umsetzungshilfe „Finanzierung und Liquidität“")
    assert headings[2].startswith("3. Klimawandel, Dekarbonisierung")


def test_a_dropped_order_is_saved_and_numbered_and_breaks_stay_unnumbered(client_as, seed_meeting):
    items = list(seed_meeting.agenda_items.order_by("order"))
    new_order = [items[-1], *items[:-1]]  # "Verschiedenes" first
    client = client_as("chair")
    response = client.post(
        reorder_url(seed_meeting),
        json.dumps({"ids": [i.pk for i in new_order]}),
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json()["items"][0] == {"id": items[-1].pk, "number": "1", "order": 1}
    numbers = [n for n, _name in agenda(seed_meeting)]
    assert numbers == ["1", "2", "3", "4", "5", "", "6", "7", "8", "9"]
    page = client.get(seed_meeting.get_absolute_url())
    assert "Die neue Reihenfolge ist gespeichert." in page.content.decode()
    assert shown_headings(page)[0].startswith("1. Verschiedenes")
    assert ActionLog.objects.filter(action="meeting.agenda_reordered").count() == 1


def test_an_order_that_leaves_out_or_repeats_an_item_is_refused(client_as, seed_meeting):
    before = agenda(seed_meeting)
    ids = [i.pk for i in seed_meeting.agenda_items.order_by("order")]
    client = client_as("chair")
    for wrong in (ids[1:], [ids[0], *ids[:-1]], [*ids, 999_999], "kaputt"):
        response = client.post(
            reorder_url(seed_meeting), json.dumps({"ids": wrong}), content_type="application/json"
        )
        assert response.status_code == 400
        assert "Reihenfolge" in response.json()["error"]
    assert agenda(seed_meeting) == before


def test_approved_minutes_keep_their_order(client_as, seed_meeting):
    minutes_approve(meeting=seed_meeting)
    ids = [i.pk for i in seed_meeting.agenda_items.order_by("-order")]
    response = client_as("chair").post(
        reorder_url(seed_meeting), json.dumps({"ids": ids}), content_type="application/json"
    )
    assert response.status_code == 400
    assert "eingefroren" in response.json()["error"]


def test_the_page_offers_drag_and_drop_and_says_how_to_move_by_keyboard(client_as, seed_meeting):
    page = client_as("chair").get(seed_meeting.get_absolute_url()).content.decode()
    assert 'src="/static/meetings/agenda-order.js"' in page
    assert f'data-reorder-url="{reorder_url(seed_meeting)}"' in page
    assert page.count('draggable="true"') == seed_meeting.agenda_items.count()
    assert "Tabulatortaste" in page and "↑" in page
    # A member reads the agenda; nothing to drag.
    member_page = client_as("member").get(seed_meeting.get_absolute_url()).content.decode()
    assert "agenda-order.js" not in member_page and 'draggable="true"' not in member_page


def test_a_member_may_not_reorder(client_as, seed_meeting):
    ids = [i.pk for i in seed_meeting.agenda_items.order_by("-order")]
    response = client_as("member").post(
        reorder_url(seed_meeting), json.dumps({"ids": ids}), content_type="application/json"
    )
    assert response.status_code == 403


def test_sub_items_follow_their_item_and_other_numbers_are_kept(planned_meeting):
    def item(number, kind=AgendaItem.Kind.ITEM):
        return AgendaItem(number=number, kind=kind)

    order = [
        item(""),  # the approval item has no number
        item("3"),
        item("3.1"),
        item("", AgendaItem.Kind.BREAK),
        item("1"),
        item("1.1"),
        item("1.2"),
        item("A"),
        item("2.1.1"),
    ]
    assert agenda_numbers(order) == ["", "1", "1.1", "", "2", "2.1", "2.2", "A", "2.2.1"]
    # A sub-item moved to the top has no item above it: it becomes a main item.
    assert agenda_numbers([item("2.1"), item("1"), item("2")]) == ["1", "2", "3"]


def test_the_service_renumbers_in_one_go(planned_meeting):
    first = agenda_item_add(meeting=planned_meeting, name="Erster")
    sub = agenda_item_add(meeting=planned_meeting, name="Unterpunkt", number="1.1")
    second = agenda_item_add(meeting=planned_meeting, name="Zweiter")
    agenda_reorder(meeting=planned_meeting, ids=[second.pk, first.pk, sub.pk])
    assert agenda(planned_meeting) == [("1", "Zweiter"), ("2", "Erster"), ("2.1", "Unterpunkt")]
    with pytest.raises(MeetingError):
        agenda_reorder(meeting=planned_meeting, ids=[second.pk, first.pk])

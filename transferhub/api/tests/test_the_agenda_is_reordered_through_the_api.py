"""POST /meetings/{id}/items/order puts the agenda in a new order; the numbers follow it."""

from transferhub.meetings.services import minutes_approve


def order_of(api, meeting) -> list[tuple[int, str]]:
    return [(i["id"], i["number"]) for i in api.get(f"/meetings/{meeting.pk}/items").json()]


def test_the_chair_reorders_the_agenda_and_the_items_are_renumbered(api_as, draft_meeting):
    api = api_as("chair")
    ids = [pk for pk, _number in order_of(api, draft_meeting)]
    turned = [ids[2], ids[0], ids[1], *ids[3:]]
    response = api.post(f"/meetings/{draft_meeting.pk}/items/order", {"ids": turned})
    assert response.status_code == 200, response.content
    assert [(i["id"], i["number"]) for i in response.json()[:3]] == [
        (ids[2], "1"),
        (ids[0], "2"),
        (ids[1], "3"),
    ]
    assert order_of(api, draft_meeting)[:3] == [(ids[2], "1"), (ids[0], "2"), (ids[1], "3")]


def test_an_incomplete_order_is_refused_and_nothing_changes(api_as, draft_meeting):
    api = api_as("chair")
    before = order_of(api, draft_meeting)
    ids = [pk for pk, _number in before]
    response = api.post(f"/meetings/{draft_meeting.pk}/items/order", {"ids": ids[1:]})
    assert response.status_code == 400
    assert "genau einmal" in response.json()["message"]
    assert order_of(api, draft_meeting) == before


def test_the_order_of_approved_minutes_is_frozen(api_as, draft_meeting):
    minutes_approve(meeting=draft_meeting)
    api = api_as("chair")
    ids = [pk for pk, _number in order_of(api, draft_meeting)]
    response = api.post(f"/meetings/{draft_meeting.pk}/items/order", {"ids": ids[::-1]})
    assert response.status_code == 409


def test_a_member_may_not_reorder(api_as, draft_meeting):
    api = api_as("member")
    ids = [pk for pk, _number in order_of(api, draft_meeting)]
    assert api.post(f"/meetings/{draft_meeting.pk}/items/order", {"ids": ids}).status_code == 403

"""An item marked postponed ("vertagt") lands in its body's backlog by itself, once."""

from transferhub.meetings.services import minutes_record
from transferhub.planning.models import BacklogEntry


def test_marking_an_item_postponed_puts_it_in_the_backlog_and_undoing_takes_it_out(
    seed_meeting, ag_transfer
):
    # The seed's item 5 was recorded as postponed through minutes_record.
    entry = BacklogEntry.objects.get(kind="postponed")
    assert entry.body == ag_transfer
    assert entry.source_item == seed_meeting.agenda_items.get(status="postponed")
    item = seed_meeting.agenda_items.get(number="6")
    minutes_record(item=item, status="postponed")
    minutes_record(item=item, status="postponed", minutes="Noch einmal vertagt.")
    assert BacklogEntry.objects.filter(source_item=item).count() == 1
    minutes_record(item=item, status="discussed")
    assert not BacklogEntry.objects.filter(source_item=item).exists()


def test_the_api_marks_an_item_postponed_through_the_same_hook(client, people, seed_meeting):
    from transferhub.api.services import token_create

    _token, secret = token_create(user=people["chair"].user, name="Test", scope="read-write")
    item = seed_meeting.agenda_items.get(number="7")
    answer = client.put(
        f"/api/v1/items/{item.pk}/minutes",
        {"minutes": "Vertagt.", "status": "postponed"},
        content_type="application/json",
        headers={"Authorization": f"Bearer {secret}"},
    )
    assert answer.status_code == 200, answer.content
    assert BacklogEntry.objects.filter(source_item=item, state="open").exists()

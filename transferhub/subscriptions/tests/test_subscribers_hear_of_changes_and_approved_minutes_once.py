"""Subscribers hear of a changed or cancelled public meeting and of approved public
minutes, each once; a save that changes nothing of it sends nothing."""

import datetime as dt

from django.core import mail
from django.utils import timezone

from transferhub.meetings.services import (
    agenda_item_add,
    meeting_create,
    meeting_set_state,
    meeting_update,
    minutes_approve,
    minutes_correct,
)
from transferhub.subscriptions.models import PublicCalendar, Subscription


def test_changes_cancellation_and_approved_minutes_reach_subscribers_once(
    ag_transfer, django_capture_on_commit_callbacks
):
    PublicCalendar.objects.create(body=ag_transfer, public=True)
    Subscription.objects.create(
        body=ag_transfer, email="abo@example.org", confirmed_at=timezone.now()
    )
    day = timezone.localdate() + dt.timedelta(days=10)
    with django_capture_on_commit_callbacks(execute=True):
        meeting = meeting_create(
            body=ag_transfer,
            name="AG Transfer",
            date=day,
            start_time=dt.time(9),
            end_time=dt.time(11),
            location="Bonn",
        )
    assert [m.subject for m in mail.outbox] == [f"Neue Sitzung: AG Transfer am {day:%d.%m.%Y}"]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        agenda_item_add(meeting=meeting, name="Bericht")  # the agenda: no mail
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        meeting_update(meeting=meeting, location="Köln")
    assert [m.subject for m in mail.outbox] == [f"Geänderte Sitzung: AG Transfer am {day:%d.%m.%Y}"]
    assert "Köln" in mail.outbox[0].body
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        meeting_set_state(meeting=meeting, state="cancelled", reason="krank")
    assert [m.subject for m in mail.outbox] == [f"Abgesagt: AG Transfer am {day:%d.%m.%Y}"]


def test_approved_public_minutes_are_announced_once(
    seed_meeting, django_capture_on_commit_callbacks
):
    body = seed_meeting.body
    PublicCalendar.objects.create(body=body, public=True)
    Subscription.objects.create(body=body, email="abo@example.org", confirmed_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        minutes_approve(meeting=seed_meeting)
    to_subscriber = [m for m in mail.outbox if m.to == ["abo@example.org"]]
    assert [m.subject for m in to_subscriber] == ["Protokoll genehmigt: AG Transfer vom 15.09.2022"]
    assert "Umsetzungshilfe" in to_subscriber[0].body
    assert "/oeffentlich/abbestellen/" in to_subscriber[0].body
    mail.outbox.clear()
    item = seed_meeting.agenda_items.filter(kind="item").first()
    with django_capture_on_commit_callbacks(execute=True):
        minutes_correct(item=item, minutes="Korrigiert.", reason="Tippfehler")
    assert not [m for m in mail.outbox if m.to == ["abo@example.org"]]

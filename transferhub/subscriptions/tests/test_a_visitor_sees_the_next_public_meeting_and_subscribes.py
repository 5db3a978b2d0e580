"""The done-when walk: an anonymous visitor sees the next public meeting and subscribes
(outbox: the confirmation mail, the confirm link, then a mail on a new public meeting)."""

import datetime as dt
import re

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from transferhub.meetings.services import agenda_item_add, meeting_create
from transferhub.subscriptions.models import PublicCalendar, Subscription


def _path(url: str) -> str:
    return re.sub(r"^https?://[^/]+", "", url)


def test_a_visitor_sees_the_next_meeting_subscribes_confirms_and_hears_of_a_new_one(
    client, ag_transfer, django_capture_on_commit_callbacks
):
    PublicCalendar.objects.create(body=ag_transfer, public=True)
    soon = timezone.localdate() + dt.timedelta(days=20)
    meeting = meeting_create(
        body=ag_transfer,
        name="AG Transfer",
        date=soon,
        start_time=dt.time(9),
        end_time=dt.time(11),
        location="Heidelberg",
        online_url="https://konferenz.example.org/geheim-123",
    )
    agenda_item_add(meeting=meeting, name="Umsetzungshilfe Finanzierung")
    agenda_item_add(meeting=meeting, name="Personalien", public=False)

    page = client.get(reverse("subscriptions:calendar")).content.decode()
    assert soon.strftime("%d.%m.%Y") in page and "Heidelberg" in page
    assert "Umsetzungshilfe Finanzierung" in page
    assert "Personalien" not in page and "geheim-123" not in page

    body_page = client.get(reverse("subscriptions:body", args=[ag_transfer.pk]))
    assert "Umsetzungshilfe Finanzierung" in body_page.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post(
            reverse("subscriptions:subscribe", args=[ag_transfer.pk]),
            {"email": "Leser@Example.org", "language": "de", "homepage": ""},
        )
    assert sent.status_code == 302
    assert len(mail.outbox) == 1
    confirmation = mail.outbox[0]
    assert confirmation.to == ["Leser@example.org"]
    assert "List-Unsubscribe" in confirmation.extra_headers
    confirm = _path(re.search(r"https?://\S+/oeffentlich/bestaetigen/\S+/", confirmation.body)[0])
    subscription = Subscription.objects.get()
    assert subscription.confirmed_at is None

    assert "bestätigen" in client.get(confirm).content.decode()  # a button, not the GET
    assert Subscription.objects.get().confirmed_at is None
    done = client.post(confirm)
    assert done.status_code == 200 and "Vielen Dank" in done.content.decode()
    assert Subscription.objects.get().confirmed_at is not None

    mail.outbox.clear()
    later = soon + dt.timedelta(days=70)
    with django_capture_on_commit_callbacks(execute=True):
        meeting_create(
            body=ag_transfer,
            name="AG Transfer",
            date=later,
            start_time=dt.time(9),
            end_time=dt.time(11),
            location="Berlin",
        )
    assert len(mail.outbox) == 1
    news = mail.outbox[0]
    assert news.subject == f"Neue Sitzung: AG Transfer am {later:%d.%m.%Y}"
    assert "Berlin" in news.body and "/oeffentlich/abbestellen/" in news.body
    assert news.extra_headers["List-Unsubscribe"].startswith("<http")

    leave = _path(re.search(r"https?://\S+/oeffentlich/abbestellen/\S+/", news.body)[0])
    assert client.post(leave).status_code == 200
    assert not Subscription.objects.exists()

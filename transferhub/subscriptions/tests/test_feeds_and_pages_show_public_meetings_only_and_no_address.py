"""The Atom feed and the .ics of a public body list its public meetings only (no
cancelled one, no past draft, never the online link); no subscriber's address appears
on a page that is not the secretariat's."""

import datetime as dt

from django.urls import reverse
from django.utils import timezone

from transferhub.meetings.services import agenda_item_add, meeting_create, meeting_set_state
from transferhub.subscriptions.models import PublicCalendar, Subscription

ADDRESS = "geheim.abo@example.org"


def _meeting(body, days: int, name: str, **extra):
    return meeting_create(
        body=body,
        name=name,
        date=timezone.localdate() + dt.timedelta(days=days),
        start_time=dt.time(9),
        end_time=dt.time(11),
        **extra,
    )


def test_feeds_list_public_meetings_only_without_the_online_link(client, ag_transfer, seed_meeting):
    PublicCalendar.objects.create(body=ag_transfer, public=True)
    coming = _meeting(ag_transfer, 14, "Kommende Sitzung", online_url="https://video.example/x-1")
    agenda_item_add(meeting=coming, name="Bericht der Geschäftsstelle")
    agenda_item_add(meeting=coming, name="Personalsache", public=False)
    off = _meeting(ag_transfer, 21, "Abgesagte Sitzung")
    meeting_set_state(meeting=off, state="cancelled")
    atom = client.get(reverse("subscriptions:atom", args=[ag_transfer.pk]))
    ics = client.get(reverse("subscriptions:ics", args=[ag_transfer.pk]))
    assert atom["Content-Type"].startswith("application/atom+xml")
    assert ics["Content-Type"].startswith("text/calendar")
    for response in (atom, ics):
        text = response.content.decode()
        assert "Kommende Sitzung" in text
        assert "Abgesagte Sitzung" not in text
        assert "video.example" not in text
        assert "Personalsache" not in text
    assert "Bericht der Geschäftsstelle" in atom.content.decode()
    # The seed meeting lies in the past with its minutes still a draft: internal.
    assert "AG Transfer – 15.09.2022" not in atom.content.decode()
    assert "20220915" not in ics.content.decode()
    assert client.get(reverse("subscriptions:meeting", args=[seed_meeting.pk])).status_code == 404
    assert client.get(reverse("subscriptions:meeting", args=[off.pk])).status_code == 404


def test_no_subscriber_address_on_any_page_but_the_secretariats(client_as, ag_transfer, people):
    PublicCalendar.objects.create(body=ag_transfer, public=True)
    Subscription.objects.create(body=ag_transfer, email=ADDRESS, confirmed_at=timezone.now())
    meeting = _meeting(ag_transfer, 7, "AG Transfer")
    pages = [
        reverse("subscriptions:calendar"),
        reverse("subscriptions:body", args=[ag_transfer.pk]),
        reverse("subscriptions:meeting", args=[meeting.pk]),
        reverse("subscriptions:atom", args=[ag_transfer.pk]),
        reverse("subscriptions:ics", args=[ag_transfer.pk]),
        reverse("subscriptions:sent", args=[ag_transfer.pk]),
    ]
    for role in ("anonymous", "member", "chair"):
        client = client_as(role)
        for page in pages:
            assert ADDRESS not in client.get(page).content.decode(), (role, page)
        assert ADDRESS not in client.get(reverse("subscriptions:manage")).content.decode()
    office = client_as("secretariat").get(reverse("subscriptions:manage"))
    assert ADDRESS in office.content.decode()

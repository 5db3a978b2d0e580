"""Networks and events in the JSON API: what anyone may read, paged, with seats left."""

import datetime as dt

from django.utils import timezone

from transferhub.events.models import Event


def test_anyone_reads_recognised_networks_and_published_events(client, network, event):
    networks = client.get("/api/v1/networks?state=RP").json()
    (row,) = [n for n in networks["items"] if n["slug"] == "om-rlp-nord"]
    assert row["federal_states"] == ["RP"]
    assert row["website"].endswith("/netzwerke/om-rlp-nord/")
    events = client.get("/api/v1/events?network=om-rlp-nord").json()
    assert events["total"] == 1
    (listed,) = events["items"]
    assert listed["network"] == "OM Rheinland-Pfalz Nord" and listed["seats_left"] == 2
    assert listed["online"] is False and listed["url"].startswith("http")
    detail = client.get(f"/api/v1/events/{event.pk}").json()
    assert detail["title"] == "Netzwerktreffen" and detail["place"] == "Koblenz"


def test_unpublished_and_past_events_stay_out_and_pages_are_bounded(client, network, event):
    start = timezone.now() - dt.timedelta(days=30)
    Event.objects.create(
        network=network,
        title="Entwurf",
        starts_at=timezone.now() + dt.timedelta(days=5),
        ends_at=timezone.now() + dt.timedelta(days=5, hours=2),
        place="Neuwied",
    )
    Event.objects.create(
        network=network,
        title="Vorbei",
        starts_at=start,
        ends_at=start + dt.timedelta(hours=2),
        place="Mayen",
        published=True,
    )
    titles = [e["title"] for e in client.get("/api/v1/events").json()["items"]]
    assert "Netzwerktreffen" in titles and "Entwurf" not in titles and "Vorbei" not in titles
    past = [e["title"] for e in client.get("/api/v1/events?past=true").json()["items"]]
    assert "Vorbei" in past
    assert client.get("/api/v1/events?limit=101").status_code == 422
    page = client.get("/api/v1/events?past=true&limit=1&offset=1").json()
    assert page["limit"] == 1 and page["offset"] == 1 and len(page["items"]) == 1

"""Generated regional networks, their events and registrations (`transferhub generate`).

At scale 1: 20 recognised regional networks, each with a tenth of the generated bodies'
share moved into it and 10 member organisations, 2,000 events and 100,000 registrations.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone

from transferhub.lib.generate import GeneratorContext, generator_step

STATES = ["RP", "NW", "BY", "BW", "HE", "NI", "SN", "TH", "SH", "BE"]


@generator_step("networks", label="Regionale Netzwerke", base_count=20, order=80)
def networks(ctx: GeneratorContext) -> None:
    from transferhub.network.models import Body, Network

    rng = ctx.rng
    until = ctx.today + dt.timedelta(days=700)
    rows = [
        Network(
            name=f"OM Region {n + 1}",
            slug=f"om-region-{n + 1}",
            kind=Network.Kind.REGIONAL,
            federal_states=STATES[n % len(STATES)],
            postcode_prefixes=f"{10 + n * 4}, {11 + n * 4}",
            website_text=f"**OM Region {n + 1}**: Gute Arbeit im Mittelstand der Region.",
            recognised_on=ctx.today - dt.timedelta(days=30),
            recognised_until=until,
        )
        for n in range(ctx.count(20))
    ]
    created = Network.objects.bulk_create(rows, batch_size=ctx.batch_size)
    org_ids = [pk for pk, _short in ctx.data["organisations"]]
    through = Network.organisations.through
    links = []
    for network in created:
        for org_id in rng.sample(org_ids, min(10, len(org_ids))):
            links.append(through(network_id=network.pk, organisation_id=org_id))
    through.objects.bulk_create(links, batch_size=ctx.batch_size)
    # Every tenth generated body works in a regional network.
    body_ids = [pk for pk, _short in ctx.data["bodies"]][2:]
    for i, body_id in enumerate(body_ids[::10]):
        Body.objects.filter(pk=body_id).update(network_id=created[i % len(created)].pk)
    Body.objects.filter(network__isnull=True).update(network=Network.federal())
    ctx.data["networks"] = [n.pk for n in created] + [Network.federal().pk]


@generator_step("events", label="Veranstaltungen", base_count=2_000, order=81)
def events(ctx: GeneratorContext) -> None:
    from zoneinfo import ZoneInfo

    from transferhub.events.models import Event, Registration

    rng, tz = ctx.rng, ZoneInfo(settings.TIME_ZONE)
    networks = ctx.data["networks"]

    def rows():
        for n in range(ctx.count(2_000)):
            day = ctx.today + dt.timedelta(days=rng.randint(-700, 200))
            start = dt.datetime.combine(day, dt.time(rng.choice([9, 10, 14])), tzinfo=tz)
            yield Event(
                network_id=networks[n % len(networks)],
                title=f"Netzwerktreffen {n + 1}",
                text="Betriebe berichten, Partner stellen Instrumente vor.",
                starts_at=start,
                ends_at=start + dt.timedelta(hours=rng.choice([2, 4, 6])),
                place=rng.choice(["Koblenz", "Mainz", "Trier", "Aachen", "Köln"]),
                capacity=rng.choice([None, 30, 60, 100]),
                published=rng.random() < 0.95,
            )

    event_ids = ctx.bulk(Event, rows())
    now = timezone.now()

    def registrations():
        for i in range(ctx.count(100_000)):
            yield Registration(
                event_id=event_ids[i % len(event_ids)],
                name=f"Teilnehmerin {i}",
                organisation="Muster GmbH",
                email=f"person{i}@example.org",
                consent=True,
                state=rng.choice(["confirmed"] * 8 + ["waiting", "cancelled"]),
                confirmed_at=now,
            )

    ctx.bulk(Registration, registrations())

"""Generated meetings, attendances, agenda items and presenters (`transferhub generate`)."""

from __future__ import annotations

import datetime as dt

from transferhub.lib.generate import (
    FAMILY,
    GIVEN,
    ITEM_PATTERNS,
    MINUTES,
    OPENING_ITEMS,
    TOPICS,
    TOWNS,
    GeneratorContext,
    generator_step,
    spread,
)


@generator_step("meetings", label="Sitzungen", base_count=5_000, order=40)
def meetings(ctx: GeneratorContext) -> None:
    from transferhub.meetings.models import Attendance, Meeting

    rng, today = ctx.rng, ctx.today
    bodies = ctx.data["bodies"]
    per_body = spread(ctx.count(5_000), len(bodies), rng, 0.2, 2.0)
    plans = []
    for (body_id, short), n in zip(bodies, per_body, strict=True):
        for _i in range(n):
            date = today + dt.timedelta(days=rng.randint(-3650, 365))
            plans.append((date, rng.choice((9, 9, 10, 10, 13, 14)), body_id, short))
    # In date order, so ids follow the calendar and decision numbers count up within a year.
    plans.sort()
    rows = []
    for date, hour, body_id, short in plans:
        start = dt.time(hour, rng.choice((0, 0, 30)))
        end = dt.time(min(hour + rng.randint(2, 5), 20), start.minute)
        if date < today:
            state = rng.choices(
                ["minutes_approved", "minutes_draft", "held", "cancelled"], [80, 10, 5, 5]
            )[0]
        else:
            state = rng.choice(["planned", "invited"])
        online = rng.random() < 0.4
        rows.append(
            Meeting(
                body_id=body_id,
                name=short if rng.random() < 0.6 else f"Sitzung {short}",
                date=date,
                start_time=start,
                end_time=end,
                location="online" if online else f"{rng.choice(TOWNS)}, Sitzungsraum",
                online_url=f"https://meet.example.org/{rng.getrandbits(48):012x}" if online else "",
                state=state,
                stated_participant_count=rng.randint(6, 40) if date < today else None,
                note_taker_id=rng.choice(ctx.data["members"][body_id][:2]),
            )
        )
    ctx.data["meetings"] = ctx.bulk(
        Meeting, rows, keep=lambda m: (m.pk, m.body_id, m.date, m.state)
    )

    # Attendance of members at meetings held (not a counted step: 10 a meeting on average).
    held = [m for m in ctx.data["meetings"] if m[3] in HELD_STATES]
    attendance = []
    for (meeting_id, body_id, _date, _state), n in zip(
        held, spread(10 * len(held), len(held), rng, 0.3, 1.7), strict=True
    ):
        members = ctx.data["members"][body_id]
        for person_id in rng.sample(members, min(n, len(members))):
            attendance.append(
                Attendance(
                    meeting_id=meeting_id,
                    person_id=person_id,
                    on_behalf_of_id=ctx.data["person_org"].get(person_id),
                    status="present" if rng.random() < 0.85 else "excused",
                )
            )
    Attendance.objects.bulk_create(attendance, batch_size=ctx.batch_size)


HELD_STATES = ("held", "minutes_draft", "minutes_approved")


@generator_step("agenda_items", label="Tagesordnungspunkte", base_count=100_000, order=50)
def agenda_items(ctx: GeneratorContext) -> None:
    from transferhub.meetings.models import AgendaItem, Presentation

    rng, meetings = ctx.rng, ctx.data["meetings"]
    people, person_org = ctx.data["people"], ctx.data["person_org"]
    orgs = ctx.data["organisations"]
    per_meeting = spread(ctx.count(100_000), len(meetings), rng, 0.6, 1.4)
    items: dict[int, list[int]] = {}

    def rows():
        for (meeting_id, _body, _date, state), n in zip(meetings, per_meeting, strict=True):
            held = state in HELD_STATES
            break_at = n // 2 if n >= 8 else -1
            number = 0
            for order in range(1, n + 1):
                if order - 1 == break_at:
                    yield AgendaItem(
                        meeting_id=meeting_id,
                        order=order,
                        number="",
                        name="Pause",
                        kind="break",
                        duration_minutes=rng.choice((10, 15, 30)),
                    )
                    continue
                number += 1
                if order <= len(OPENING_ITEMS) and n > 4:
                    name = OPENING_ITEMS[order - 1]
                elif order == n and n > 3:
                    name = "Verschiedenes"
                else:
                    name = rng.choice(ITEM_PATTERNS).format(
                        topic=rng.choice(TOPICS), org=rng.choice(orgs)[1]
                    )
                status = "planned"
                minutes = ""
                if held:
                    status = rng.choices(["discussed", "postponed", "withdrawn"], [90, 8, 2])[0]
                    minutes = " ".join(
                        rng.choice(MINUTES).format(
                            person=f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}",
                            topic=rng.choice(TOPICS),
                        )
                        for _s in range(rng.randint(1, 3))
                    )
                yield AgendaItem(
                    meeting_id=meeting_id,
                    order=order,
                    number=str(number),
                    name=name[:500],
                    duration_minutes=rng.choice((5, 10, 15, 20, 30, 30, 45)),
                    status=status,
                    public=rng.random() < 0.9,
                    minutes=minutes,
                )

    presentations = []
    created = ctx.bulk(AgendaItem, rows(), keep=lambda i: (i.pk, i.meeting_id, i.kind))
    for pk, meeting_id, kind in created:
        if kind == "break":
            continue
        items.setdefault(meeting_id, []).append(pk)
        if rng.random() < 0.3:
            person_id = rng.choice(people)
            presentations.append(
                Presentation(
                    agenda_item_id=pk, person_id=person_id, organisation_id=person_org[person_id]
                )
            )
    Presentation.objects.bulk_create(presentations, batch_size=ctx.batch_size)
    ctx.data["items"] = items

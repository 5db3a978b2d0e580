"""Generated decisions and tasks (`transferhub generate`)."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from transferhub.lib.generate import (
    ACTIONS,
    TASKS,
    TOPICS,
    GeneratorContext,
    generator_step,
    spread,
)
from transferhub.meetings.generate import HELD_STATES


@generator_step("decisions", label="Beschlüsse", base_count=50_000, order=60)
def decisions(ctx: GeneratorContext) -> None:
    from transferhub.decisions.models import Decision

    rng = ctx.rng
    bodies = dict(ctx.data["bodies"])
    held = [m for m in ctx.data["meetings"] if m[3] in HELD_STATES] or ctx.data["meetings"]
    sequence: dict[tuple[int, int], int] = {}
    made: dict[int, list[int]] = {}

    def rows():
        # Meetings come in date order, so numbers count up through each body's year.
        for (meeting_id, body_id, date, _state), n in zip(
            held, spread(ctx.count(50_000), len(held), rng, 0.3, 1.7), strict=True
        ):
            item_ids = ctx.data["items"].get(meeting_id) or [None]
            for _i in range(n):
                key = (body_id, date.year)
                sequence[key] = sequence.get(key, 0) + 1
                kind = rng.choices(
                    ["agreement", "resolution", "rejected", "postponement"], [60, 25, 8, 7]
                )[0]
                topic = rng.choice(TOPICS)
                action = rng.choice(ACTIONS).format(topic=topic)
                text = {
                    "agreement": f"Die {bodies[body_id]} vereinbart, {action}.",
                    "resolution": f"Die {bodies[body_id]} beschließt, {action}.",
                    "rejected": f"Der Antrag, {action}, findet keine Mehrheit.",
                    "postponement": f"Der Punkt {topic} wird auf die nächste Sitzung vertagt.",
                }[kind]
                votes = {}
                if kind in ("resolution", "rejected"):
                    yes = rng.randint(0, 20)
                    votes = {
                        "votes_yes": yes if kind == "resolution" else yes // 3,
                        "votes_no": rng.randint(0, 5) if kind == "resolution" else yes,
                        "votes_abstain": rng.randint(0, 4),
                    }
                yield Decision(
                    body_id=body_id,
                    meeting_id=meeting_id,
                    agenda_item_id=rng.choice(item_ids),
                    year=date.year,
                    sequence=sequence[key],
                    kind=kind,
                    text=text,
                    **votes,
                )

    for pk, meeting_id in ctx.bulk(Decision, rows(), keep=lambda d: (d.pk, d.meeting_id)):
        made.setdefault(meeting_id, []).append(pk)
    ctx.data["decisions"] = made


@generator_step("tasks", label="Aufgaben", base_count=100_000, order=70)
def tasks(ctx: GeneratorContext) -> None:
    from transferhub.decisions.models import Task

    rng, today = ctx.rng, ctx.today
    held = [m for m in ctx.data["meetings"] if m[3] in HELD_STATES] or ctx.data["meetings"]
    now = timezone.now()

    def rows():
        for (meeting_id, body_id, date, _state), n in zip(
            held, spread(ctx.count(100_000), len(held), rng, 0.3, 1.7), strict=True
        ):
            item_ids = ctx.data["items"].get(meeting_id) or [None]
            decision_ids = ctx.data["decisions"].get(meeting_id, [])
            members = ctx.data["members"][body_id]
            for _i in range(n):
                due = date + dt.timedelta(days=rng.randint(14, 120)) if rng.random() < 0.8 else None
                if due and due < today:
                    status = rng.choices(
                        ["done", "cancelled", "open", "in_progress"], [75, 5, 15, 5]
                    )[0]
                else:
                    status = rng.choices(["open", "in_progress", "done"], [60, 30, 10])[0]
                owner = rng.random()
                yield Task(
                    text=rng.choice(TASKS).format(topic=rng.choice(TOPICS)),
                    body_id=body_id,
                    owner_person_id=rng.choice(members) if owner < 0.7 else None,
                    owner_body_id=body_id if 0.7 <= owner < 0.9 else None,
                    due_date=due,
                    status=status,
                    meeting_id=meeting_id,
                    agenda_item_id=rng.choice(item_ids),
                    decision_id=rng.choice(decision_ids)
                    if decision_ids and rng.random() < 0.3
                    else None,
                    done_at=now if status == "done" else None,
                )

    ctx.bulk(Task, rows())

"""Generated network data: organisations, people, bodies and memberships (`transferhub generate`)."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.hashers import make_password

from transferhub.lib.generate import (
    BODY_KINDS,
    BODY_TOPICS,
    FAMILY,
    GIVEN,
    ORG_PATTERNS,
    REGIONS,
    TITLES,
    TOWNS,
    GeneratorContext,
    ascii_only,
    generator_step,
    spread,
    unique_name,
)


@generator_step("organisations", label="Organisationen", base_count=1_000, order=10)
def organisations(ctx: GeneratorContext) -> None:
    from transferhub.network.models import Organisation

    rng, seen, rows = ctx.rng, set(), []
    for _i in range(ctx.count(1_000)):
        kind, pattern, short = rng.choice(ORG_PATTERNS)
        values = {
            "town": rng.choice(TOWNS),
            "region": rng.choice(REGIONS),
            "family": rng.choice(FAMILY),
            "family2": rng.choice(FAMILY),
        }
        name = unique_name(pattern.format(**values), seen, 300)
        rows.append(
            Organisation(
                name=name,
                short_name=short.format(**values)[:80],
                kind=kind,
                town=values["town"],
                website=f"https://{ascii_only(short.format(**values))[:40]}.example.org",
            )
        )
    ctx.data["organisations"] = ctx.bulk(Organisation, rows, keep=lambda o: (o.pk, o.short_name))


@generator_step("people", label="Personen", base_count=20_000, order=20)
def people(ctx: GeneratorContext) -> None:
    from django.contrib.auth.models import User

    from transferhub.network.models import Person

    rng = ctx.rng
    orgs = [pk for pk, _short in ctx.data["organisations"]]
    total = ctx.count(20_000)
    # One login in fifty; all share one hash, computed once (argon2 takes ~50 ms a call).
    password = make_password("generiert-nicht-verwenden")
    users = []
    with_login = set(rng.sample(range(total), max(1, total // 50)))
    names = [(rng.choice(GIVEN), rng.choice(FAMILY)) for _i in range(total)]
    for i in sorted(with_login):
        given, family = names[i]
        users.append(
            User(username=f"{ascii_only(given)}.{ascii_only(family)}.{i}", password=password)
        )
    users = User.objects.bulk_create(users, batch_size=ctx.batch_size)
    user_of = dict(zip(sorted(with_login), (u.pk for u in users), strict=True))

    def rows():
        for i, (given, family) in enumerate(names):
            yield Person(
                title=rng.choice(TITLES),
                given_name=given,
                family_name=family,
                email=f"{ascii_only(given)}.{ascii_only(family)}.{i}@example.org",
                organisation_id=rng.choice(orgs) if rng.random() < 0.85 else None,
                user_id=user_of.get(i),
                language="en" if rng.random() < 0.08 else "de",
            )

    created = ctx.bulk(Person, rows(), keep=lambda p: (p.pk, p.organisation_id))
    ctx.data["people"] = [pk for pk, _org in created]
    ctx.data["person_org"] = dict(created)


@generator_step("bodies", label="Gremien", base_count=200, order=30)
def bodies(ctx: GeneratorContext) -> None:
    from transferhub.network.models import Body, Membership

    rng, people = ctx.rng, ctx.data["people"]
    seen: set[str] = set()
    seen_short: set[str] = set()
    rows = []
    for i in range(ctx.count(200)):
        if i == 0:
            kind, word, short, topic = "steering", "Strategiekreis", "SK", ""
        elif i == 1:
            kind, word, short, topic = "working_group", "AG", "AG", "Transfer"
        else:
            kind, word, short = rng.choice(BODY_KINDS)
            topic = rng.choice(BODY_TOPICS)
        region = "" if i < 2 + len(BODY_TOPICS) else rng.choice(REGIONS)
        name = " ".join(p for p in (word, topic, region) if p)
        name = unique_name(name, seen, 200)
        rows.append(
            Body(
                name=name,
                # The register number "FG Arbeitsschutz 2024/3" must tell bodies apart.
                short_name=unique_name(
                    f"{short} {topic} {region}".strip() if i else name, seen_short, 50
                ),
                classification=kind,
                secretariat_contact_id=rng.choice(people),
                description=f"{name}: Austausch der Partner zu {topic or 'Strategie'}.",
            )
        )
    created = ctx.bulk(Body, rows, keep=lambda b: b)
    top = created[0].pk
    Body.objects.filter(pk__in=[b.pk for b in created[1:] if rng.random() < 0.6]).update(
        parent_id=top
    )
    ctx.data["bodies"] = [(b.pk, b.short_name) for b in created]

    # 25 members a body on average: a chair, the secretariat, members and a few guests.
    members: dict[int, list[int]] = {}
    memberships = []
    for (body_id, _short), n in zip(
        ctx.data["bodies"], spread(25 * len(created), len(created), rng, 0.4, 1.6), strict=True
    ):
        chosen = rng.sample(people, min(max(n, 3), len(people)))
        members[body_id] = chosen
        for j, person_id in enumerate(chosen):
            role = (
                "chair"
                if j == 0
                else "secretariat"
                if j == 1
                else "guest"
                if rng.random() < 0.05
                else "member"
            )
            start = ctx.today - dt.timedelta(days=rng.randint(30, 3650))
            memberships.append(
                Membership(
                    person_id=person_id,
                    body_id=body_id,
                    role=role,
                    on_behalf_of_id=ctx.data["person_org"].get(person_id),
                    start_date=start,
                )
            )
    Membership.objects.bulk_create(memberships, batch_size=ctx.batch_size)
    ctx.data["members"] = members

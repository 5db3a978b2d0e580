"""The record of a vote (who could vote, who voted, how if named, proxies, times) and its exports.

Each export returns (filename, mimetype, bytes); cells that a spreadsheet would run as a
formula are kept as text (lib.exports).
"""

import csv
import io
import json

from django.utils.translation import gettext_lazy

from transferhub.lib.exports import csv_row, spreadsheet_safe

from .models import Vote


def vote_record(vote: Vote) -> dict:
    """Who could vote, who voted (how, if named), proxies and times: the vote's record."""
    named = vote.named
    rows = []
    voters = vote.voters.select_related("person", "organisation", "proxy__person").order_by(
        "person__family_name", "person__given_name", "pk"
    )
    ballots = {b.voter_id: b for b in vote.ballots.select_related("cast_by__person")}
    for voter in voters:
        ballot = ballots.get(voter.pk)
        rows.append(
            {
                "person": voter.person.full_name,
                "organisation": voter.organisation.name if voter.organisation_id else "",
                "role": voter.role,
                "voted": ballot is not None,
                "choice": (ballot.choice if ballot and named else None),
                "cast_at": ballot.cast_at.isoformat() if ballot else None,
                "changed_at": ballot.changed_at.isoformat()
                if ballot and ballot.changed_at
                else None,
                "cast_by": ballot.cast_by.person.full_name
                if ballot and ballot.cast_by_id != voter.pk
                else "",
                "via": ballot.via if ballot else "",
                "proxy_to": voter.proxy.person.full_name if voter.proxy_id else "",
                "proxy_given_at": voter.proxy_given_at.isoformat()
                if voter.proxy_given_at
                else None,
            }
        )
    return {
        "id": vote.pk,
        "body": vote.body.name,
        "kind": vote.kind,
        "title": vote.title,
        "motion": vote.motion,
        "state": vote.state,
        "rules": vote.rules,
        "started_at": vote.started_at.isoformat(),
        "deadline": vote.deadline.isoformat() if vote.deadline else None,
        "closed_at": vote.closed_at.isoformat() if vote.closed_at else None,
        "result": vote.result or None,
        "counts": vote.counts or None,
        "decision": vote.decision.register_number if vote.decision_id else None,
        "cancel_reason": vote.cancel_reason or None,
        "voters": rows,
    }


RECORD_COLUMNS = [
    ("person", gettext_lazy("Person")),
    ("organisation", gettext_lazy("Organisation")),
    ("role", gettext_lazy("Rolle")),
    ("voted", gettext_lazy("abgestimmt")),
    ("choice", gettext_lazy("Stimme")),
    ("cast_at", gettext_lazy("abgegeben am")),
    ("changed_at", gettext_lazy("geändert am")),
    ("cast_by", gettext_lazy("abgegeben von")),
    ("via", gettext_lazy("Weg")),
    ("proxy_to", gettext_lazy("Stimme übertragen an")),
    ("proxy_given_at", gettext_lazy("übertragen am")),
]


def vote_record_csv(vote: Vote) -> tuple[str, str, bytes]:
    """The record as CSV, formulas kept as text."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(csv_row(str(label) for _key, label in RECORD_COLUMNS))
    for row in vote_record(vote)["voters"]:
        writer.writerow(
            csv_row(
                ("ja" if row[k] else "nein")
                if k == "voted"
                else (row[k] if row[k] is not None else "")
                for k, _label in RECORD_COLUMNS
            )
        )
    return (
        f"abstimmung-{vote.pk}.csv",
        "text/csv; charset=utf-8",
        buffer.getvalue().encode("utf-8-sig"),
    )


def vote_record_json(vote: Vote) -> tuple[str, str, bytes]:
    record = vote_record(vote)
    record["voters"] = [
        {k: spreadsheet_safe(v) for k, v in row.items()} for row in record["voters"]
    ]
    data = json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8")
    return f"abstimmung-{vote.pk}.json", "application/json", data

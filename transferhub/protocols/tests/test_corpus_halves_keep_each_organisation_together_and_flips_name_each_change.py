"""The corpus splits in two halves by organisation, and a later run names what changed.

A rule writer designs on half A and keeps a change only when half B, which they did not
read, does not fall (bench reader with READER_HALVES / READER_SAVE / READER_AGAINST).
"""

from __future__ import annotations

from collections import defaultdict

from .corpus import scoring


def test_every_file_of_one_organisation_lies_in_the_same_half():
    entries = scoring.load_manifest()
    halves = defaultdict(set)
    for entry in entries:
        halves[entry["organisation"].split(" (")[0].strip()].add(scoring.half_of(entry))
    assert all(len(h) == 1 for h in halves.values())
    # Two bodies of one organisation ("X (Vorstand)", "X (Mitgliederversammlung)") as well.
    a = {"organisation": "Beispielverein e.V. (Vorstand)"}
    b = {"organisation": "Beispielverein e.V. (Mitgliederversammlung)"}
    assert scoring.half_of(a) == scoring.half_of(b)


def test_both_halves_hold_a_fair_share_of_the_corpus():
    entries = scoring.load_manifest()
    in_a = sum(scoring.half_of(e) == "A" for e in entries)
    assert 0.3 * len(entries) <= in_a <= 0.7 * len(entries)


def test_a_later_run_names_each_field_whose_verdict_changed():
    before = scoring.verdicts(
        [
            scoring.FileScore("a.md", {"date": True, "tasks_count": False}),
            scoring.FileScore("b.md", {"start": True}),
        ]
    )
    after = [
        scoring.FileScore("a.md", {"date": True, "tasks_count": True}),
        scoring.FileScore("b.md", {"start": False}),
        scoring.FileScore("new.md", {"date": True}),  # not in the earlier run: no change
    ]
    assert scoring.flips(before, after) == [("a.md", "tasks_count", True), ("b.md", "start", False)]

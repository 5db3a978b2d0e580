"""Those present listed in full and named in the minutes by the short form they go by."""

import datetime as dt

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.tasks import marked_task

REF = dt.date(2025, 3, 12)
PRESENT = frozenset({"Matthew", "Christina", "Maximilian"})


def test_a_short_form_of_a_first_name_present_owns_the_commitment():
    assert marked_task("Matt will draft the letter.", REF, [], PRESENT)["owner"] == "Matt"
    clause = marked_task("Responding to a request, Chris will add a comment.", REF, [], PRESENT)
    assert clause["owner"] == "Chris"
    max_ = marked_task("Max wird die Einladung verschicken.", REF, [], PRESENT)
    assert max_["owner"] == "Max"


def test_a_word_that_shortens_nobody_present_owns_nothing():
    assert marked_task("Mat will be delivered on Monday.", REF, [], PRESENT) is None
    assert marked_task("Ma will draft the letter.", REF, [], PRESENT) is None  # too short
    assert marked_task("Tom will draft the letter.", REF, [], PRESENT) is None


def test_minutes_that_list_people_in_full_german_and_english():
    en = read_protocol(
        b"""# Technical committee, 2025-03-12

Present: Matthew Orbel, Christina Vale

## Spec

Matt will publish the draft before the next call.
""",
        filename="m.md",
    )
    de = read_protocol(
        b"""# Vorstandssitzung am 12.03.2025

Anwesend: Maximilian Berger, Christina Vale

## Feier

Max wird den Saal reservieren.
""",
        filename="v.md",
    )
    owners = [t["owner"] for r in (en, de) for item in r["agenda"] for t in item["tasks"]]
    assert owners == ["Matt", "Max"]

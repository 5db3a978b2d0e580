"""Owners named formally by their surname ("Cllr Haine", "Mrs Evans") or in closing square brackets."""

import datetime as dt

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.tasks import marked_task, parse_task

REF = dt.date(2025, 3, 12)
KNOWN = ["Julian Haine", "Greta Evans", "Jonas Müller"]
FIRST = frozenset({"Julian", "Greta", "Jonas"})


def test_someone_present_named_by_title_and_surname_owns_the_commitment():
    haine = marked_task("Cllr Haine will write to the highways team.", REF, KNOWN, FIRST)
    evans = marked_task("Mrs Evans agreed to contact the school.", REF, KNOWN, FIRST)
    mueller = marked_task("Herr Müller wird die Unterlagen zusenden.", REF, KNOWN, FIRST)
    assert haine["owner"] == "Haine"  # a councillor by surname, as the labels write it
    assert evans["owner"] == "Mrs Evans"
    assert mueller["owner"] == "Müller"


def test_a_surname_of_nobody_present_or_a_report_is_no_task():
    assert marked_task("Mr Smith will write to the council.", REF, KNOWN, FIRST) is None
    assert marked_task("Cllr Haine reported that the road was closed.", REF, KNOWN, FIRST) is None


def test_initials_or_a_name_in_closing_square_brackets_own_the_task():
    assert parse_task("Flyer drucken [AB]", REF)["owner"] == "AB"
    task = parse_task("Print the flyers [Greta, by Friday]", REF, KNOWN, FIRST)
    assert (task["owner"], task["due"], task["text"]) == ("Greta", "2025-03-14", "Print the flyers")
    # A link's text or a word in brackets names nobody.
    assert parse_task("See [the guide](https://example.org)", REF)["owner"] is None
    assert parse_task("Print the flyers [draft]", REF)["owner"] is None


def test_minutes_german_and_english():
    en = read_protocol(
        b"""# Parish council, 2025-03-12

Present: Cllr Julian Haine, Cllr Greta Evans

## Highways

The verge is damaged again. Cllr Haine will write to the highways team.
""",
        filename="m.md",
    )
    de = read_protocol(
        """# Vorstandssitzung am 12.03.2025

Anwesend: Jonas Müller, Greta Evans

## Aufgaben

- Flyer drucken [JM]
""".encode(),
        filename="v.md",
    )
    owners = [t["owner"] for r in (en, de) for item in r["agenda"] for t in item["tasks"]]
    assert owners == ["Haine", "JM"]

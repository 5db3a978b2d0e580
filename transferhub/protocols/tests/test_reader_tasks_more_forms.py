"""Tasks as more groups write them: a label with its owner in brackets, someone present doing."""

import datetime as dt

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.tasks import marked_task

REF = dt.date(2024, 3, 12)


def test_a_task_label_with_the_owner_in_brackets():
    ai = marked_task("AI(binji): Make a PR against the spec for each proposal.", REF)
    ap = marked_task("AP (Anna): Flyer bei der Druckerei bestellen", REF)
    assert (ai["owner"], ai["text"]) == ("binji", "Make a PR against the spec for each proposal.")
    assert (ap["owner"], ap["text"]) == ("Anna", "Flyer bei der Druckerei bestellen")
    # A year in brackets names no owner.
    assert (marked_task("Aufgaben (2024): Liste", REF) or {}).get("owner") is None


def test_someone_present_doing_something_is_a_task_a_question_is_not():
    first = frozenset({"Georg", "Josy", "Krobin"})
    georg = marked_task("Georg stellt den Text aus dem Gitlab auf die Website", REF, [], first)
    krobin = marked_task("krobin schreibt den Notar an", REF, [], first)
    assert georg["owner"] == "Georg"
    assert krobin["owner"] == "krobin"
    assert marked_task("Josy fragt, ob der Raum frei ist", REF, [], first) is None
    assert marked_task("Paula stellt den Text online", REF, [], first) is None  # not present


def test_both_forms_in_minutes_german_and_english():
    de = read_protocol(
        b"""# Sitzung am 12.03.2024

* anwesend: Ahmad, Josy, Georg

## Website

* Georg stellt Text aus dem Gitlab auf die Website
* Josy fragt, wann das fertig ist
""",
        filename="p.md",
    )
    en = read_protocol(
        b"""# WG meeting 12 March 2024

## Attendees

* Ben Smith
* Luke Wagner

## Phase 4

AI(binji): Send out email to WG asking for approval to merge PRs
""",
        filename="m.md",
    )
    de_tasks = [(t["owner"], t["text"]) for a in de["agenda"] for t in a["tasks"]]
    en_tasks = [t["owner"] for a in en["agenda"] for t in a["tasks"]]
    assert de_tasks == [("Georg", "Georg stellt Text aus dem Gitlab auf die Website")]
    assert en_tasks == ["binji"]

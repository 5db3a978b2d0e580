"""Owners written as the initials of someone present ("FL bereitet vor"), several joined with
a serial comma ("JA, AB, and LM to …") or as anyone at all ("Anyone to …": no owner), and
errands told in a paragraph of running text ("Peter meldet … zurück"), not what someone
presents or puts forward ("stellt die Idee vor, …", "bringt ein, …")."""

import datetime as dt

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.tasks import marked_task

REF = dt.date(2025, 3, 12)


def _tasks(result: dict) -> list[tuple[str | None, str]]:
    return [(t["owner"], t["text"]) for item in result["agenda"] for t in item["tasks"]]


def test_the_initials_of_someone_present_own_an_errand():
    known = ["Frank Löffler", "Daniel Nüst"]
    first = frozenset({"Frank", "Daniel"})
    task = marked_task("FL bereitet die Folien auf Basis der Einladung vor", REF, known, first)
    assert task["owner"] == "FL"
    task = marked_task("DN schickt die Einladung an alle Mitglieder", REF, known, first)
    assert task["owner"] == "DN"
    # Initials of no one present are no owner of a German errand.
    assert marked_task("XY schickt die Einladung an alle", REF, known, first) is None


def test_several_owners_with_a_serial_comma_and_anyone():
    task = marked_task("JA, AB, and LM to collaborate on the process for GSuite", REF)
    assert task["owner"] == "JA, AB, LM"
    first = frozenset({"Anna", "Ben", "Carl"})
    task = marked_task("Anna, Ben, and Carl to design the flyer", REF, [], first)
    assert task["owner"] == "Anna, Ben, Carl"
    task = marked_task("Anyone to beta test the calendar", REF)
    assert task is None or task["owner"] is None


def test_what_someone_presents_or_puts_forward_is_no_errand():
    first = frozenset({"Jan", "Ralf", "Sami"})
    known = ["Jan Linxweiler"]
    said = "Jan Linxweiler stellt die Idee vor, eine Ombudsperson im Verein einzusetzen."
    assert marked_task(said, REF, known, first) is None
    said = "Jan Linxweiler stellt den Bericht des Vorstands vor (siehe Anhang A)"
    assert marked_task(said, REF, known, first) is None
    said = "Ralf bringt ein, noch weitere Firmen als Partner zu gewinnen."
    assert marked_task(said, REF, known, first) is None
    assert marked_task("Sami bringt ein Brot mit.", REF, known, first)["owner"] == "Sami"


def test_an_errand_in_running_text_german():
    result = read_protocol(
        """# Vorstandssitzung 18.03.2026

Anwesend: Jochen Mertens, Peter Lange

## TOP 3 Forschungsprojekt

Peter und Jochen stellen den Aufruf vor. Der Vorstand befürwortet das Projekt.
Peter meldet unser Interesse an einer Mitwirkung an die Uni Edinburgh zurück.
""".encode(),
        filename="protokoll.md",
    )
    assert [owner for owner, _ in _tasks(result)] == ["Peter"]


def test_owners_by_initials_english():
    result = read_protocol(
        b"""# Committee Meeting 9 November 2019

Attendees: Jacob Allen, Adam Birtles, Luke Moll

## Actions

- JA, AB, and LM to collaborate on the process for GSuite
- Anyone to beta test the calendar
- AB to respond to the other society
""",
        filename="minutes.md",
    )
    assert sorted((owner or "", text) for owner, text in _tasks(result)) == [
        ("", "Anyone to beta test the calendar"),
        ("AB", "AB to respond to the other society"),
        ("JA, AB, LM", "JA, AB, and LM to collaborate on the process for GSuite"),
    ]

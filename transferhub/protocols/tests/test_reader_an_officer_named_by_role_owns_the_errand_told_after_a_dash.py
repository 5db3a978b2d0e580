"""An officer named by role ("Clerk to write …", "Die Kassenwartin wird …") owns the errand,
also when a dash sets it after what the line is about ("Village sign - clerk to contact …")."""

import datetime as dt

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.tasks import marked_task

REF = dt.date(2025, 3, 12)


def _tasks(result: dict) -> list[tuple[str | None, str]]:
    return [(t["owner"], t["text"]) for item in result["agenda"] for t in item["tasks"]]


def test_an_officer_to_do_something_owns_it_written_small_or_capitalised():
    assert marked_task("Clerk to write to Highways about the pothole.", REF)["owner"] == "Clerk"
    assert marked_task("The clerk is to organise the new litter bin.", REF)["owner"] == "clerk"
    assert marked_task("Treasurer will pay the hall invoice.", REF)["owner"] == "Treasurer"
    assert marked_task("PTA Secretary to book the hall.", REF)["owner"] == "PTA Secretary"


def test_an_officer_in_german_minutes_owns_the_errand():
    task = marked_task("Die Kassenwartin wird die Rechnung an den Verein schicken.", REF)
    assert task["owner"] == "Kassenwartin"
    task = marked_task("Der Schriftführer wird die Liste verschicken.", REF)
    assert task["owner"] == "Schriftführer"


def test_what_an_officer_reports_or_is_is_no_task():
    assert marked_task("Treasurer reported that the clerk will be away in May.", REF) is None
    assert marked_task("The Clerk will be on leave in August.", REF) is None
    assert marked_task("The Chair will meet the vicar next week.", REF) is None
    assert marked_task("Der Kassenwart wird gewählt.", REF) is None


def test_the_errand_after_a_dash_is_read():
    task = marked_task("Village sign - clerk to contact the prison again.", REF)
    assert (task["owner"], task["text"]) == ("clerk", "clerk to contact the prison again.")
    first = frozenset({"Jory"})
    task = marked_task("ACTION — Jory to write a proposal for this", REF, [], first)
    assert task["owner"] == "Jory"
    # A dash before something that is no errand gives no task.
    assert marked_task("Bench - repainted last month by volunteers.", REF) is None


def test_council_minutes_english():
    result = read_protocol(
        b"""Minutes of the Parish Council meeting held on 12 March 2025

Present: Cllr A Jones (Chair), Cllr B Smith, Cllr C Brown

1. Any Other Business

The swings still need new chain fixings - clerk to contact the supplier again.
Village sign - Clerk to write to the prison workshop. The meeting closed at 8.25pm.
""",
        filename="minutes.md",
    )
    assert sorted(_tasks(result)) == [
        ("Clerk", "Clerk to write to the prison workshop."),
        ("clerk", "clerk to contact the supplier again."),
    ]


def test_club_minutes_german():
    result = read_protocol(
        """# Protokoll der Vorstandssitzung am 12.03.2025

Anwesend: Anna Berg, Ben Kurz

## TOP 1 Finanzen

Die Hallenmiete ist noch offen. Die Kassenwartin wird die Rechnung bis Ende März bezahlen.
""".encode(),
        filename="protokoll.md",
    )
    assert [owner for owner, _ in _tasks(result)] == ["Kassenwartin"]

"""Someone present who agrees, offers or undertakes to do something takes the task on."""

import datetime as dt

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.tasks import marked_task

REF = dt.date(2025, 3, 12)
PRESENT = frozenset({"Dora", "Ben", "Ilona"})
KNOWN = ["Dora Ek", "Ben Keller", "Ilona Brack"]


def _owner(text: str) -> str | None:
    task = marked_task(text, REF, KNOWN, PRESENT)
    return task["owner"] if task else None


def test_agreeing_or_offering_to_do_something_is_a_task():
    assert _owner("Dora agreed to circulate the revised schedule.") == "Dora"
    assert _owner("After some discussion, Ben offered to ask the landlord.") == "Ben"
    assert _owner("Ilona undertook to check the accounts before the AGM.") == "Ilona"
    assert _owner("Ilona erklärt sich bereit, die Kasse zu prüfen.") == "Ilona"
    assert _owner("Ben bietet sich an, den Raum zu buchen.") == "Ben"


def test_a_body_agreeing_decides_and_someone_absent_owns_nothing():
    assert marked_task("The committee agreed to increase the fees.", REF, KNOWN, PRESENT) is None
    assert _owner("Zora agreed to print the flyers.") is None
    assert _owner("Dora and Ben agreed to be there.") is None


def test_an_owner_label_ends_at_the_sentences_full_stop():
    task = marked_task("Print flyers. Responsible: Ben. Due: 20.03.2025", REF, KNOWN, PRESENT)
    assert (task["owner"], task["due"]) == ("Ben", "2025-03-20")


def test_minutes_german_and_english():
    en = read_protocol(
        b"""# Committee meeting, 2025-03-12

Present: Dora Ek, Ben Keller

## Hall hire

The hall is booked until May. Dora agreed to circulate the new rates.
""",
        filename="m.md",
    )
    de = read_protocol(
        """# Vorstandssitzung am 12.03.2025

Anwesend: Ilona Brack, Ben Keller

## Kasse

Die Prüfung steht noch aus. Ilona erklärt sich bereit, die Belege zu sammeln.
""".encode(),
        filename="v.md",
    )
    owners = [t["owner"] for r in (en, de) for item in r["agenda"] for t in item["tasks"]]
    assert owners == ["Dora", "Ilona"]

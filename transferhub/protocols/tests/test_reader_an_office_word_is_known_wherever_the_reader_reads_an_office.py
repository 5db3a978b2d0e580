"""One table of office words (vocabulary.py "office" and its named subsets): an office the
reader knows in one place it knows in all, German and English ("Schatzmeisterin" after a
name in a list of those present, "Kassiererin" owning an errand, "Director" before a speaker)."""

import datetime as dt

from transferhub.protocols.reader import names, read_protocol
from transferhub.protocols.reader.tasks import marked_task

REF = dt.date(2025, 3, 12)


def _present(tmp_path, text: str) -> tuple[list[str], int | None]:
    path = tmp_path / "minutes.md"
    path.write_text(text, encoding="utf-8")
    result = read_protocol(path)
    return [p["name"] for p in result["participants"]], result["participant_count"]


def test_an_office_after_a_name_in_a_list_of_those_present_is_no_person(tmp_path):
    de = (
        "# Protokoll der Vorstandssitzung am 12.03.2025\n\n"
        "Anwesend: Anna Berg, Schatzmeisterin, Ben Kurz, Vorsitzender\n\n"
        "## TOP 1 Begrüßung\n\nDer Vorsitzende begrüßt alle.\n"
    )
    assert _present(tmp_path, de) == (["Anna Berg", "Ben Kurz"], 2)
    en = (
        "# Board meeting, 12 March 2025\n\n"
        "Present: Jane Doe, Webmaster, Tom Hill, Chair\n\n"
        "## 1. Welcome\n\nThe chair welcomed everyone.\n"
    )
    assert _present(tmp_path, en) == (["Jane Doe", "Tom Hill"], 2)


def test_an_officer_of_any_office_owns_the_errand_told_to_them():
    task = marked_task("Die Kassiererin wird die Rechnung an den Verein schicken.", REF)
    assert task["owner"] == "Kassiererin"
    assert marked_task("Director to circulate the budget draft.", REF)["owner"] == "Director"
    assert marked_task("Trustee will contact the bank.", REF)["owner"] == "Trustee"


def test_a_seat_on_the_board_being_filled_is_no_errand():
    assert marked_task("Der Beisitzer wird vorgeschlagen.", REF) is None
    assert marked_task("The Deputy will be elected next year.", REF) is None


def test_an_office_before_a_speakers_name_is_no_part_of_the_name():
    assert names.speakers("Kassenwart Müller berichtet über die Kasse.") == {"Müller"}
    assert names.speakers("Director Smith reported on the budget.") == {"Smith"}
    assert names.speakers("Treasurer reported a surplus.") == frozenset()

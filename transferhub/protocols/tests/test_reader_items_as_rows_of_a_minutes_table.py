"""Minutes templates that set every item as a row of one table (Word, ODT, PDF exports)."""

from transferhub.protocols.reader import read_protocol


def _read(text: str) -> dict:
    return read_protocol(text.encode(), filename="protokoll.md")


def test_items_as_rows_with_their_tasks_below_them():
    r = _read("""Protokoll Programmierprojekt Gruppe 8
vom Montag, 4. März 2019, 13:20 Uhr

| 1. Präsentation Meilenstein 1 | Verantwortlich | Datum |
|---|---|---|
| Index-Seite erstellen | Sanja | 5.3. |
| Folien präsentieren | Matthias | 5.3. |
| 2. Diskussion Spielmechanik |  |  |
| Wann fallen Blöcke? Dynamit kann sie sprengen. |  |  |
| 3. Probelauf |  |  |
| Probelauf nach der Übung | Moritz | 5.3. |
""")
    assert [a["title"] for a in r["agenda"]] == [
        "Präsentation Meilenstein 1",
        "Diskussion Spielmechanik",
        "Probelauf",
    ]
    tasks = [(t["owner"], t["due"]) for a in r["agenda"] for t in a["tasks"]]
    assert tasks == [("Sanja", "2019-03-05"), ("Matthias", "2019-03-05"), ("Moritz", "2019-03-05")]


def test_top_rows_each_over_their_own_columns():
    r = _read("""SWT-Projekt

Datum: 06.03.18

| TOP 1 - Begrüßung |
|---|
| Information | Verantwortlich | Termin |
| Herr Zinke begrüßt die Teilnehmer. |

| TOP 2 – aktueller Stand |
|---|
| Information | Verantwortlich | Termin |
| Release 3 fertigstellen | CS | 20.03.18 |
""")
    assert [a["title"] for a in r["agenda"]] == ["Begrüßung", "aktueller Stand"]
    assert [(t["owner"], t["due"]) for a in r["agenda"] for t in a["tasks"]] == [
        ("CS", "2018-03-20")
    ]


def test_english_items_as_rows():
    r = _read("""Team meeting, 9 May 2023

| 1. Sprint review | Owner | Due |
|---|---|---|
| Fix the login page | Anna | 12 May 2023 |
| 2. Planning | | |
| Estimate the backlog | Ben | 16 May 2023 |
""")
    assert [a["title"] for a in r["agenda"]] == ["Sprint review", "Planning"]
    assert [t["owner"] for a in r["agenda"] for t in a["tasks"]] == ["Anna", "Ben"]


def test_a_table_of_numbered_rows_with_content_is_no_list_of_items():
    r = _read("""# Kassenbericht 2023 am 09.01.2024

| 1. Einnahmen | 300 Euro |
|---|---|
| 2. Ausgaben | 200 Euro |

## Kasse
Der Bericht wird angenommen.

## Sonstiges
Nichts.
""")
    assert [a["title"] for a in r["agenda"]] == ["Kasse", "Sonstiges"]

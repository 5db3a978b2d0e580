"""A meeting log (one table, a row a meeting) is read as its latest meeting, not refused."""

from transferhub.protocols.reader import read_protocol

EN = b"""| | Date | Time | Members present | Decisions taken | Actions by whom? | Date of next meeting |
|---|---|---|---|---|---|---|
| 1 | 02/02/17 | 13:00 - 14:00 | Ann, Bo | We start the report. | Ann writes the outline. | 09/02/17 |
| 2 | 09/02/17 | 12:00 13:30 | Ann, Bo, Cy | We split the chapters. | Bo drafts chapter 2. | 16/02/17 |
"""

DE = """| Datum | Anwesend | Beschlüsse | Aufgaben | Nächstes Treffen |
|---|---|---|---|---|
| 03.05.2021 | Eva, Jan, Uwe | Der Flyer wird gedruckt. | Jan fragt die Druckerei. | 10.05.2021 |
| 10.05.2021 | Eva, Jan | Der Stand wird angemeldet. | Eva meldet an. | 17.05.2021 |
| 17.05.2021 | Eva, Jan, Uwe, Ida | Das Sommerfest findet statt. | Ida plant. | 24.05.2021 |
""".encode()


def test_an_english_log_is_read_as_its_last_meeting_with_a_notice():
    r = read_protocol(EN, filename="log.md")
    assert r["date"] == "2017-02-09"
    assert (r["start"], r["end"]) == ("12:00", "13:30")
    assert r["participant_count"] == 3
    assert r["next_meeting"]["date"] == "2017-02-16"
    assert r["warning_codes"][0] == {
        "code": "meeting_log",
        "params": {"count": 2, "date": "09.02.2017"},
    }
    assert "Sitzungsverzeichnis mit 2 Sitzungen" in r["warnings"][0]


def test_a_german_log_is_read_as_its_last_meeting():
    r = read_protocol(DE, filename="treffen.md")
    assert r["date"] == "2021-05-17"
    assert r["participant_count"] == 4
    assert r["next_meeting"]["date"] == "2021-05-24"
    assert r["warning_codes"][0]["params"]["count"] == 3


def test_a_protocol_with_a_dated_task_table_is_not_a_log():
    text = """# Protokoll der Vorstandssitzung am 12.03.2024

Beginn: 19:00 Uhr, Ende: 20:30 Uhr. Anwesend: Eva, Jan, Uwe.

## TOP 1 Finanzen

Der Kassenbericht wurde vorgestellt und ausführlich besprochen, alle Fragen sind geklärt.

## TOP 2 Termine

Die Termine des Jahres wurden besprochen und in die folgende Tabelle eingetragen.

| Datum | Aufgabe | Wer |
|---|---|---|
| 01.04.2024 | Flyer | Jan |
| 02.05.2024 | Stand | Eva |
""".encode()
    r = read_protocol(text, filename="p.md")
    assert r["date"] == "2024-03-12"
    assert all(w["code"] != "meeting_log" for w in r["warning_codes"])

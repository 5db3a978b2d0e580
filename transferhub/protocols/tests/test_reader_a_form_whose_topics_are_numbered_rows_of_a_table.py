"""Word and LibreOffice "Protokoll" forms set the whole body in one table: label rows for the
head, then a row per topic with its number in the first cell and its title and notes beside
it; the notes may stand in rows of their own below (no number, or the topic's number again,
as Word repeats a merged cell). Each topic row is an item, its cells the item's text, and a
Verantwortlich / Termin column gives the task's owner and due date."""

from transferhub.protocols.reader import read_protocol

from .costly_files import docx


def _read(text: str, name: str = "protokoll.md") -> dict:
    return read_protocol(text.encode(), filename=name)


def _items(r: dict) -> list[str]:
    return [a["title"] for a in r["agenda"]]


def test_topic_rows_with_owner_and_due_columns():
    r = _read("""| Protokollant: | Lena Vogt |
|---|---|
| Datum: | 14.03.2024 |
| Teilnehmer: | Lena Vogt, Jonas Brehm, Mira Fast |

| Nr. | Thema | Inhalt | Verantwortlich | Termin |
|---|---|---|---|---|
| 1 | Begrüßung | Jonas eröffnet die Sitzung. |  |  |
| 2 | Sommerfest | Das Fest findet am 22.06.2024 statt. |  |  |
| 3 | Zelt | Das alte Zelt ist kaputt und wird ersetzt. | Mira Fast | 30.04.2024 |
| 4 | Verschiedenes | Die nächste Sitzung findet am 11.04.2024 statt. |  |  |
""")
    assert _items(r) == ["Begrüßung", "Sommerfest", "Zelt", "Verschiedenes"]
    assert [(t["owner"], t["due"]) for a in r["agenda"] for t in a["tasks"]] == [
        ("Mira Fast", "2024-04-30")
    ]
    assert r["note_taker"] == "Lena Vogt"
    assert r["participant_count"] == 3
    assert r["next_meeting"]["date"] == "2024-04-11"


def test_english_topic_rows_with_the_notes_in_rows_below():
    r = _read("""| Minutes taken by: | Tom Hale |
|---|---|
| Date: | 3 May 2023 |

|  | Item |  | Notes |
|---|---|---|---|
| 1 |  | Welcome |  |
|  |  | • Tom opened the meeting. • The group agreed to meet weekly. |  |
| 2 |  | Budget |  |
|  |  | • The treasurer reported a balance of 300 pounds. |  |
| 3 |  | Any other business |  |
|  |  | • None. |  |
""")
    assert _items(r) == ["Welcome", "Budget", "Any other business"]
    assert [d["kind"] for a in r["agenda"] for d in a["decisions"]] == ["agreement"]
    assert r["agenda"][0]["decisions"][0]["text"].startswith("The group agreed")


def test_word_repeats_the_merged_number_cell_beside_the_notes():
    def row(*cells: str) -> bytes:
        tcs = "".join(f"<w:tc><w:p><w:r><w:t>{c}</w:t></w:r></w:p></w:tc>" for c in cells)
        return f"<w:tr>{tcs}</w:tr>".encode()

    body = (
        b"<w:p><w:r><w:t>Projekttreffen am 12.05.2022</w:t></w:r></w:p><w:tbl>"
        + row("1", "Werkzeuge")
        + row("1", "Wir einigen uns auf ein Kanban-Board.")
        + row("2", "Meilensteine")
        + row("2", "Der erste Meilenstein ist Ende Juni.")
        + row("3", "Sonstiges")
        + row("3", "Das nächste Projektmeeting ist am 19.05.2022.")
        + b"</w:tbl>"
    )
    r = read_protocol(docx(body), filename="protokoll.docx")
    assert _items(r) == ["Werkzeuge", "Meilensteine", "Sonstiges"]
    assert [d["kind"] for a in r["agenda"] for d in a["decisions"]] == ["agreement"]
    assert r["next_meeting"]["date"] == "2022-05-19"


def test_a_numbered_table_of_people_is_no_list_of_topics():
    r = _read("""Mitgliederversammlung am 02.02.2024

| Nr. | Name | anwesend |
|---|---|---|
| 1 | Anna Berg | ja |
| 2 | Ben Keller | ja |
| 3 | Carla Stein | nein |
""")
    assert "Anna Berg" not in _items(r)


def test_numbers_that_do_not_count_up_are_no_topics():
    r = _read("""Kassenprüfung 2024, Protokoll vom 05.01.2025

| Beleg | Betrag |
|---|---|
| 12 | 40,00 € |
| 17 | 12,50 € |
| 30 | 8,00 € |
""")
    assert not any(a["title"] in ("40,00 €", "12,50 €") for a in r["agenda"])


def test_a_row_with_only_a_title_and_an_owner_is_the_task():
    r = _read("""Protokoll vom 08.10.2024

| TOP | Inhalt | Wer | Bis |
|---|---|---|---|
| 1 | Begrüßung |  |  |
| 2 | Flyer für den Basar drucken | Kemal Aydin | 20.10.2024 |
| 3 | Verschiedenes |  |  |
""")
    assert _items(r) == ["Begrüßung", "Flyer für den Basar drucken", "Verschiedenes"]
    assert [(t["owner"], t["due"]) for a in r["agenda"] for t in a["tasks"]] == [
        ("Kemal Aydin", "2024-10-20")
    ]


def test_topics_without_numbers_under_a_topic_column():
    r = _read("""Elternbeirat, Sitzung vom 12.03.2024

| Thema | Ergebnis | Verantwortlich |
|---|---|---|
| Schulfest | Wir einigen uns auf den 14.06.2024. |  |
| Kuchenverkauf | Kuchenliste herumschicken | Omar Said |
| Verschiedenes | Keine Wortmeldungen. |  |
""")
    assert _items(r) == ["Schulfest", "Kuchenverkauf", "Verschiedenes"]
    assert [t["owner"] for a in r["agenda"] for t in a["tasks"]] == ["Omar Said"]
    assert [d["kind"] for a in r["agenda"] for d in a["decisions"]] == ["agreement"]


def test_english_topics_in_an_item_column_with_a_decision_column():
    r = _read("""Project team meeting, 3 May 2023

| Item | Decision |
|---|---|
| Python version | 3.11 |
| Issue tracker | GitHub issues |
""")
    assert _items(r) == ["Python version", "Issue tracker"]
    assert [d["kind"] for a in r["agenda"] for d in a["decisions"]] == ["agreement", "agreement"]


def test_a_table_of_short_rows_without_a_topic_column_gives_no_topics():
    r = _read("""Kassenprüfung, Protokoll vom 05.01.2025

| Konto | Stand |
|---|---|
| Girokonto | stimmt |
| Barkasse | stimmt |
""")
    assert "Girokonto" not in _items(r)


def test_number_and_title_in_one_cell_with_the_notes_beside():
    r = _read("""Protokoll der Vorstandssitzung vom 05.11.2024

| Protokollführer: | Ida Kern |
|---|---|

| TOP | Inhalt | Verantwortlich |
|---|---|---|
| 1. Begrüßung | Ida eröffnet die Sitzung um 19 Uhr. | |
| 2) Kasse | Der Kassenbericht wird einstimmig angenommen. | |
| 3. Weihnachtsfeier | Saal reservieren | Paul Roth |
""")
    assert _items(r) == ["Begrüßung", "Kasse", "Weihnachtsfeier"]
    assert [d["kind"] for a in r["agenda"] for d in a["decisions"]] == ["resolution"]
    assert [(t["text"], t["owner"]) for a in r["agenda"] for t in a["tasks"]] == [
        ("Saal reservieren", "Paul Roth")
    ]


def test_english_number_and_title_in_one_cell():
    r = _read("""Minutes of the committee meeting, 7 June 2023

| Item | Discussion | Owner |
|---|---|---|
| 1. Apologies | None received. | |
| 2. Treasurer | The accounts were approved. | |
| 3. Summer fair | Book the hall | Ruth Lane |
""")
    assert _items(r) == ["Apologies", "Treasurer", "Summer fair"]
    assert [t["owner"] for a in r["agenda"] for t in a["tasks"]] == ["Ruth Lane"]

"""Word "Protokoll" forms that are nothing but table rows and number nothing: label rows for
the head ("| Datum | … |", "| Anwesend | … |"), then a row per topic with a short label in
the first cell and what was said beside it, and a task table inside the same form under a
head row "| Aufgabe | Wer | Bis |". Each topic row is an item (so decisions and tasks are
read from its text), each task row a task, and the attendance cell counts its people even
when the line breaks between the names are lost (a PDF, or Word's one name a line read as
one line): the names then split two words each, a role in brackets staying with its name."""

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.names import run_of_names

from .costly_files import docx


def _read(text: str, name: str = "protokoll.md") -> dict:
    return read_protocol(text.encode(), filename=name)


def _items(r: dict) -> list[str]:
    return [a["title"] for a in r["agenda"]]


def _tasks(r: dict) -> list[tuple[str, str | None, str | None]]:
    return [(t["text"], t["owner"], t["due"]) for a in r["agenda"] for t in a["tasks"]]


GERMAN_FORM = """| Besprechungsprotokoll Projektgruppe Fahrradverleih | |
|---|---|
| Datum | 07.05.2024 |
| Uhrzeit | 10:00 – 11:15 Uhr |
| Anwesend | Carla Winter Malte Brandt (Teamleitung) Ida Roth Nils Kramer |
| Protokollant | Ida Roth |
| Rückblick | Die Entwürfe der Startseite wurden gezeigt und besprochen. |
| Schnittstelle | Wir haben uns für eine REST-Schnittstelle entschieden. |
| Tests | Nils stellt die Testabdeckung vor, sie liegt bei 60 %. |
| Aufgabe | Wer | Bis |
| Startseite überarbeiten | Carla | 14.05.2024 |
| Testfälle ergänzen | Nils | 17.05.2024 |
"""


def test_unnumbered_topic_rows_are_items_and_the_task_rows_tasks():
    r = _read(GERMAN_FORM)
    assert _items(r) == ["Rückblick", "Schnittstelle", "Tests"]
    assert [d["kind"] for a in r["agenda"] for d in a["decisions"]] == ["agreement"]
    assert _tasks(r) == [
        ("Startseite überarbeiten", "Carla", "2024-05-14"),
        ("Testfälle ergänzen", "Nils", "2024-05-17"),
    ]
    assert (r["date"], r["start"], r["end"]) == ("2024-05-07", "10:00", "11:15")
    assert r["note_taker"] == "Ida Roth"


def test_names_without_separators_count_two_words_each():
    r = _read(GERMAN_FORM)
    assert r["participant_count"] == 4
    assert [p["name"] for p in r["participants"]][:2] == ["Carla Winter", "Malte Brandt"]


def test_english_form_with_an_action_table_inside():
    r = _read("""| Team meeting | |
|---|---|
| Date | 3 June 2024 |
| Present | Grace Hall, Owen Price, Ruby Shaw |
| Minutes taken by | Owen Price |
| Sprint review | The team showed the new search page to the client. |
| Hosting | We agreed to move the test server to the university cloud. |
| Action | Owner | Due |
| Book the demo room | Ruby | 10 June 2024 |
""")
    assert _items(r) == ["Sprint review", "Hosting"]
    assert r["participant_count"] == 3
    assert _tasks(r) == [("Book the demo room", "Ruby", "2024-06-10")]


def test_a_word_cell_with_one_name_a_line():
    def row(*cells: list[str]) -> bytes:
        tcs = "".join(
            "<w:tc>" + "".join(f"<w:p><w:r><w:t>{x}</w:t></w:r></w:p>" for x in c) + "</w:tc>"
            for c in cells
        )
        return f"<w:tr>{tcs}</w:tr>".encode()

    body = (
        b"<w:tbl>"
        + row(["Datum"], ["21.02.2024"])
        + row(["Anwesende"], ["Lena Vogt", "Jonas Brehm", "Mira Sophie Fast (Betreuerin)"])
        + row(["Projektplan"], ["Der Zeitplan wird um eine Woche verschoben."])
        + row(["Verschiedenes"], ["Die nächste Sitzung findet am 28.02.2024 statt."])
        + b"</w:tbl>"
    )
    r = read_protocol(docx(body), filename="protokoll.docx")
    assert r["participant_count"] == 3
    assert _items(r) == ["Projektplan", "Verschiedenes"]
    assert r["next_meeting"]["date"] == "2024-02-28"
    body = (
        b"<w:tbl>"
        + row(["Date"], ["9 October 2023"])
        + row(["Attendees"], ["Hana Weller – Product Owner", "Luis Ortega", "Sam Bright"])
        + row(["Demo"], ["The client liked the new booking page."])
        + row(["Testing"], ["The team agreed to write tests before each merge."])
        + b"</w:tbl>"
    )
    r = read_protocol(docx(body), filename="minutes.docx")
    assert r["participant_count"] == 3
    assert _items(r) == ["Demo", "Testing"]


def test_the_label_and_its_names_in_one_cell():
    r = _read("""| Protokoll der Teamsitzung | |
|---|---|
| Datum | 12.09.2023 |
| Anwesend Paula Stein, Erik Lang, Mona Graf | Protokoll: Erik Lang |
| Organisation | Die Treffen finden ab jetzt dienstags statt. |
| Finanzen | Der Kontostand wurde vorgestellt. |
""")
    assert r["participant_count"] == 3
    assert _items(r) == ["Organisation", "Finanzen"]


def test_head_labels_with_their_noun():
    r = _read("""| Protokoll | |
|---|---|
| Datum der Sitzung | 15.04.2024 |
| Anwesende Personen | Ole Brandt Kim Seidel Eva Marx |
| Zeit für Fragen | Es gab keine Fragen zum Zeitplan. |
| Budget | Der Betrag für Lizenzen wurde genehmigt. |
""")
    assert r["date"] == "2024-04-15"
    assert r["participant_count"] == 3
    assert _items(r) == ["Zeit für Fragen", "Budget"]


def test_a_topics_notes_running_on_in_the_rows_below():
    r = _read("""| Protokoll | |
|---|---|
| Datum: | 30.01.2024 |
| Anwesende: Sara Blum Paul Ernst Lina Vogel | |
| Server | Die Gruppe hat sich |
| | für einen gemieteten Server entschieden. |
| Dokumentation | Paul schreibt die Installationsanleitung. |
""")
    assert r["participant_count"] == 3
    assert _items(r) == ["Server", "Dokumentation"]
    assert [d["kind"] for a in r["agenda"] for d in a["decisions"]] == ["agreement"]


def test_a_task_table_inside_a_form_without_topic_rows():
    r = _read("""| Protokoll | |
|---|---|
| Datum | 04.03.2024 |
| Protokollführer | Tom Weiß |
| Wir haben die Prototypen zusammengeführt und die Datenbank überarbeitet. | |
|  | Zuständige Person | Termin |
| Aufgaben | | |
| Login-Seite fertigstellen | Tom | 11.03.2024 |
| Speisekarte anlegen | Lisa | 11.03.2024 |
""")
    assert _tasks(r) == [
        ("Login-Seite fertigstellen", "Tom", "2024-03-11"),
        ("Speisekarte anlegen", "Lisa", "2024-03-11"),
    ]


def test_a_table_of_values_or_of_people_gives_no_items():
    r = _read("""| Datum | 12.09.2023 |
|---|---|
| Ort | Raum 4 |
| Anna Berg | Vorsitzende, leitet die Sitzung |
| Ben Keller | Kassenwart, ist entschuldigt |

## Bericht

Der Bericht wird vorgestellt.
""")
    assert _items(r) == ["Bericht"]
    r = _read("""| Besprechung | Fahrradverleih |
|---|---|
| Datum | 12.09.2023 |
| Version | 2 |
| Status | Entwurf |
""")
    assert r["agenda"][0]["title"] == "Protokoll"  # no topic rows: the one item of last resort


def test_only_a_run_of_name_pairs_splits():
    assert run_of_names("Carla Winter Malte Brandt (Teamleitung)") == [
        "Carla Winter",
        "Malte Brandt (Teamleitung)",
    ]
    assert run_of_names("Grace Hall Owen Price") == ["Grace Hall", "Owen Price"]
    assert run_of_names("Anna Maria Berg Ben Keller") is None  # an odd number of words
    assert run_of_names("Die Gruppe Anna Berg") is None  # no names' words
    assert run_of_names("Anna Berg") is None  # one person is no run
    assert run_of_names("Anna (Leitung) Berg Ben Keller") is None  # a bracket inside a name

"""Minutes kept in a table, a topic's notes in a cell, give the tasks those notes tell.

Word's minutes templates set each topic in a row ("| Topic | Notes |"): a commitment told in
a cell ("Alice will book the hall", "Anna kümmert sich um den Saal") is a task as it is in a
paragraph; a cell that reports or pays gives none.
"""

from transferhub.protocols.reader import read_protocol

HEADER_EN = """# Garden club committee, 12 March 2024

Present: Alice Brown, Tom Green, Priya Shah

## 1. Spring fair

"""

HEADER_DE = """# Protokoll der Vorstandssitzung am 12.03.2024

Anwesend: Anna Keller, Bernd Vogel, Clara Huber

## TOP 1 Sommerfest

"""


def _tasks(header: str, body: str) -> list[str | None]:
    r = read_protocol((header + body).encode(), filename="x.md")
    return [t["owner"] for a in r["agenda"] for t in a["tasks"]]


def test_commitments_in_the_notes_column_are_tasks():
    table = (
        "| Topic | Notes |\n|---|---|\n"
        "| Hall | We looked at two halls. Alice will book the cheaper one. |\n"
        "| Flyer | Tom to ask the printer for a quote. |\n"
    )
    assert _tasks(HEADER_EN, table) == ["Alice", "Tom"]


def test_german_commitments_in_a_cell_are_tasks():
    table = (
        "| Thema | Notiz |\n|---|---|\n"
        "| Saal | Anna kümmert sich um den Saal. |\n"
        "| Druck | Bernd übernimmt die Anfrage bei der Druckerei. |\n"
    )
    assert _tasks(HEADER_DE, table) == ["Anna", "Bernd"]


def test_a_cell_that_reports_done_work_gives_no_task():
    table = (
        "| Topic | Notes |\n|---|---|\n"
        "| Hall | Alice booked the hall last week. |\n"
        "| Flyer | The printer has sent a quote. |\n"
    )
    assert _tasks(HEADER_EN, table) == []


def test_the_club_paying_a_share_is_no_task():
    table = (
        "| Thema | Notiz |\n|---|---|\n"
        "| Kurs | Der Verein übernimmt 50 % der Teilnahmegebühr. |\n"
        "| Saal | Der Vorstand übernimmt die Kosten für die Miete. |\n"
    )
    assert _tasks(HEADER_DE, table) == []


def test_taking_on_an_errand_is_still_a_task_in_a_paragraph():
    body = "Clara übernimmt die Einladung. Der Verein übernimmt die Kosten.\n"
    assert _tasks(HEADER_DE, body) == ["Clara"]

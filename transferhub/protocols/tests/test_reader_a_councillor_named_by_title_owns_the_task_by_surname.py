"""Someone present named formally by title and surname owns the task they take on, by
surname: "Cllr Muir to review …" -> "Muir", "Frau Berg schickt …" -> "Berg"."""

import datetime as dt

from transferhub.protocols.reader.tasks import marked_task

REF = dt.date(2016, 7, 26)


def test_a_councillor_owns_the_task_by_surname():
    known = ["A Muir", "R Crisp"]
    first = frozenset({"A", "R"})
    task = marked_task("Cllr Muir to review and record the damage.", REF, known, first)
    assert task["owner"] == "Muir"
    task = marked_task("Councillor Crisp will write to Highways.", REF, known, first)
    assert task["owner"] == "Crisp"
    # A councillor not among those present is no one the minutes list.
    assert marked_task("Cllr Haine to chase the contractor.", REF, known, first) is None


def test_a_formal_german_name_owns_the_task_by_surname():
    known = ["Anna Berg", "Tom Kurz"]
    first = frozenset({"Anna", "Tom"})
    task = marked_task("Frau Berg schickt die Einladung an alle Mitglieder.", REF, known, first)
    assert task["owner"] == "Berg"

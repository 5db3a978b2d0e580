"""Short notes without items are read, not refused, when they are dated and name who was there."""

import pytest

from transferhub.protocols.reader import read_protocol


@pytest.mark.parametrize(
    ("text", "filename"),
    [
        ("Anwesenheit: Anna, Bernd, Carla\nAnna hat die Plots gezeigt.\n", "2017-02-09.txt"),
        ("20.02.17\nAnwesenheit:\nAnna, Bernd\n\nAnna:\n\tPoster begonnen.\n", "notes.md"),
        ("Attendance: Anna, Bob\nAnna showed the new plots.\n", "2017-02-09.txt"),
    ],
)
def test_dated_notes_naming_who_was_there_are_read(text, filename):
    r = read_protocol(text.encode(), filename=filename)
    assert len(r["agenda"]) == 1
    assert r["date"] == ("2017-02-09" if filename.startswith("2017") else "2017-02-20")


def test_undated_text_without_minutes_words_is_still_refused():
    from transferhub.protocols.reader import ProtocolReadError

    with pytest.raises(ProtocolReadError):
        read_protocol(b"Einkaufsliste\nMilch, Brot, Butter\n", filename="liste.txt")


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("Das Protokoll wurde von Gilbert geführt", "Gilbert"),
        ("Protokoll ist von Hui-Ting geschrieben.", "Hui-Ting"),
        ("Das Protokol wurde von Anna Beispiel erstellt.", "Anna Beispiel"),
        ("Protokoll geführt von: Bernd Muster", "Bernd Muster"),
    ],
)
def test_the_note_taker_named_in_a_passive_sentence(line, who):
    text = f"# Treffen am 09.02.2017\n\n## 1. Kasse\n\nKassenstand geprüft.\n\n{line}\n"
    r = read_protocol(text.encode(), filename="x.md")
    assert r["note_taker"] == who


@pytest.mark.parametrize(
    ("heading", "who"),
    [
        ("### Protokollant", "Anna Beispiel"),
        ("## Protokollführung", "Anna Beispiel"),
        ("### Scribe", "Anna Beispiel"),
    ],
)
def test_the_note_taker_under_a_heading_of_their_own(heading, who):
    text = (
        f"# Planungstreffen\nMittwoch, 06. März 2019\n\n### Anwesende\nAnna Beispiel, Bernd\n\n"
        f"{heading}\n{who}\n\n### Tagesordnung\n1. Vorstellung\n1. Vereinsheim\n"
    )
    r = read_protocol(text.encode(), filename="x.md")
    assert r["note_taker"] == who


def test_a_minutes_heading_over_running_text_names_no_note_taker():
    text = (
        "# Sitzung am 06.03.2019\n\n## Protokoll\nDie Sitzung beginnt um 19 Uhr.\n\n"
        "## 1. Kasse\nAlles gut.\n"
    )
    r = read_protocol(text.encode(), filename="x.md")
    assert r["note_taker"] is None

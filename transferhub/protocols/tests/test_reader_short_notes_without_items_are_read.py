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

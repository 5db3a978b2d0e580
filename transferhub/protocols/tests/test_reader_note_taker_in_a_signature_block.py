"""The signature block German association minutes close with names the note-taker."""

from transferhub.protocols.reader import read_protocol

_BODY = (
    "# Mitgliederversammlung am 10.10.2018\n\nBeginn: 19:00 Uhr\n\n## TOP 1 Begrüßung\n\n"
    "Alle werden begrüßt.\n\n## TOP 2 Kasse\n\nDer Kassenbericht wird vorgestellt.\n\n"
    "Musterstadt, 10. Oktober 2018\n\n"
)


def _note_taker(tail: str) -> str | None:
    return read_protocol((_BODY + tail).encode(), filename="x.txt")["note_taker"]


def test_names_over_their_roles():
    assert _note_taker("Anna Beispiel Bernd Muster\nVersammlungsleitung Protokollführung\n") == (
        "Bernd Muster"
    )


def test_roles_over_their_names():
    assert _note_taker("Versammlungsleiter Protokollführer\nAnna Beispiel Bernd Muster\n") == (
        "Bernd Muster"
    )


def test_the_note_taker_in_the_first_column_and_a_second_line_of_roles():
    tail = "Carla Maria Schulz Dora Weber\nProtokollantin Versammlungsleiterin\nSchriftführerin\n"
    assert _note_taker(tail) is None  # five words do not split in two: no guess
    tail = "Carla Schulz Dora Weber\nProtokollantin Versammlungsleiterin\nVorsitzende Kassiererin\n"
    assert _note_taker(tail) == "Carla Schulz"


def test_an_english_signature_block():
    assert _note_taker("Jane Miller John Smith\nChair Secretary\n") == "John Smith"


def test_roles_without_a_note_taker_name_nobody():
    assert _note_taker("Anna Beispiel Bernd Muster\nVorsitzender Kassenwart\n") is None

"""A line that elects the chair and then the note-taker names the note-taker, not the chair."""

from transferhub.protocols.reader.parse import parse_text

HEAD_DE = "Protokoll der Mitgliederversammlung des Vereins Lindenhof e.V.\n\nDatum: 12.03.2024\n\n"
HEAD_EN = (
    "Minutes of the Annual General Meeting of the Riverside Rowing Club\n\nDate: 2024-03-12\n\n"
)


def test_the_note_taker_elected_after_the_chair_on_one_line_german():
    text = (
        HEAD_DE + "TOP 1: Formalia\n\n"
        "Zur Versammlungsleiterin wird Anna Berg gewählt. Zum Protokollführer wird Bernd Kunz "
        "gewählt.\n\nTOP 2: Bericht des Vorstands\n\nDer Vorstand berichtet.\n"
    )
    assert parse_text(text)["note_taker"] == "Bernd Kunz"


def test_the_note_taker_elected_before_the_chair_on_one_line_english():
    text = (
        HEAD_EN + "1. Opening\n\n"
        "Mary Stone was elected minute taker. Paul Green was elected chair of the meeting.\n\n"
        "2. Reports\n\nThe treasurer reported.\n"
    )
    assert parse_text(text)["note_taker"] == "Mary Stone"


def test_one_election_of_the_note_taker_with_an_initial_keeps_the_whole_line():
    text = (
        HEAD_DE
        + "TOP 1: Formalia\n\nZum Protokollführer wird einstimmig Bernd K. Kunz gewählt.\n\n"
        "TOP 2: Verschiedenes\n\nNichts.\n"
    )
    assert parse_text(text)["note_taker"] == "Bernd K. Kunz"


def test_initials_and_titles_do_not_break_the_sentences_of_a_line_of_elections():
    text = (
        HEAD_DE + "TOP 1: Formalia\n\n"
        "Zur Versammlungsleiterin wird Anna B. Berg gewählt. Zum Protokollführer wird "
        "Dr. Bernd K. Kunz gewählt.\n\nTOP 2: Verschiedenes\n\nNichts.\n"
    )
    assert parse_text(text)["note_taker"] == "Bernd K. Kunz"

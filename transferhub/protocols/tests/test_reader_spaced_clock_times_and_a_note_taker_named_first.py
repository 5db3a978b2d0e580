"""Clock times typed with spaces around the colon, and a note-taker named on the first line."""

from transferhub.protocols.reader import read_protocol


def _read(text: str, filename: str = "x.md") -> dict:
    return read_protocol(text.encode(), filename=filename)


def test_a_range_with_a_spaced_colon_and_a_glued_uhr_gives_start_and_end():
    r = _read(
        "# Vereinsversammlung\n\n**Ort:** Vereinsheim **Tag:** 04.03.2021 "
        "**Zeit:** 17:00 Uhr bis 19 : 30Uhr\n\n## 1. Begrüßung\n\nAlle sind da.\n"
    )
    assert (r["date"], r["start"], r["end"]) == ("2021-03-04", "17:00", "19:30")


def test_start_and_end_labels_with_spaced_colons():
    r = _read(
        "Vorstandssitzung am 12.05.2022\nBeginn: 19 : 05 Uhr\n\n1. Kasse\nNichts Neues.\n\n"
        "Ende: 21 :40 Uhr\n"
    )
    assert (r["start"], r["end"]) == ("19:05", "21:40")


def test_an_english_start_with_a_spaced_colon():
    r = _read("Committee meeting 3 March 2024\nStart: 7 : 30 pm\n\n1. Budget\nNothing new.\n")
    assert r["start"] == "19:30"


def test_a_vote_tally_with_a_spaced_colon_is_no_time():
    r = _read("Sitzung am 12.05.2022\n\n1. Kasse\nAbstimmung 5 : 3 : 1, angenommen.\n")
    assert r["start"] is None and r["end"] is None


def test_minutes_by_on_the_first_line_names_the_note_taker():
    r = _read(
        "Minutes by Jane Miller\n\nAgenda:\n1. Approve the bylaws.\n2. Elect a board.\n",
        filename="club_2017-02-21.txt",
    )
    assert r["note_taker"] == "Jane Miller"
    assert [a["title"] for a in r["agenda"]][:2] == ["Approve the bylaws.", "Elect a board."]


def test_protokoll_gefuehrt_von_as_a_heading_names_the_note_taker():
    r = _read(
        "# Protokoll geführt von Anna Beispiel\n\nSitzung am 12.05.2022\n\n1. Kasse\n2. Feier\n"
    )
    assert r["note_taker"] == "Anna Beispiel"


def test_a_title_with_a_protokoll_label_still_names_nobody():
    r = _read("# Protokoll: Vorstandssitzung\n\nSitzung am 12.05.2022\n\n1. Kasse\n2. Feier\n")
    assert r["note_taker"] is None


def test_protokoll_erstellt_von_in_a_footer_names_the_note_taker():
    r = _read(
        "# Vorstandssitzung am 12.05.2022\n\n1. Kasse\nNichts Neues.\n\n"
        "*Protokoll erstellt von Thomas Weber, 13. Mai 2022*\n"
    )
    assert r["note_taker"] == "Thomas Weber"


def test_the_meeting_after_next_is_no_next_meeting():
    r = _read(
        "# Orga-Treffen am 16.07.2015\n\n## Gäste\n"
        "* Anna und Ben werden zum übernächsten Treffen eingeladen (17.09.)\n"
    )
    assert r["next_meeting"] is None


def test_the_next_meeting_in_a_sentence_is_still_read():
    r = _read(
        "# Orga-Treffen am 16.07.2015\n\n## Gäste\n* Das nächste Treffen ist am 20.08.2015.\n"
    )
    assert r["next_meeting"]["date"] == "2015-08-20"


def test_a_note_taker_key_in_front_matter_takes_a_handle():
    r = _read('---\nprotokoll: "schymura"\ndate: "11.11.23"\n---\n\n## 1. Begrüßung\n\nText.\n')
    assert r["note_taker"] == "schymura"
    r = _read(
        "---\ntitle: Board\nscribe: jane.doe\ndate: 2024-03-05\n---\n\n## 1. Budget\n\nText.\n"
    )
    assert r["note_taker"] == "jane.doe"


def test_a_lowercase_word_after_a_protokoll_label_in_the_text_is_no_note_taker():
    r = _read("# Sitzung am 12.05.2022\n\nProtokoll: folgt\n\n## 1. Kasse\n\nText.\n")
    assert r["note_taker"] is None


def test_a_number_in_front_matter_is_no_note_taker():
    r = _read("---\nprotokoll: 42\ndate: 2024-03-05\n---\n\n## 1. Budget\n\nText.\n")
    assert r["note_taker"] is None


def test_a_day_alone_under_the_next_meeting_is_the_next_such_day():
    r = _read(
        "# Treffen am 11.06.2017\n\n## Kasse\n\nText.\n\n## nächstes Treffen\nregulär am 16.\n"
    )
    assert r["next_meeting"]["date"] == "2017-06-16"
    r = _read("# Meeting 25 May 2019\n\n## Budget\n\nText.\n\n## AOB\n\nNext meeting on the 3rd.\n")
    assert r["next_meeting"]["date"] == "2019-06-03"


def test_a_day_alone_in_running_text_is_no_date():
    r = _read("# Treffen am 11.06.2017\n\n## Kasse\n\nDie Miete kommt am 16. wie immer.\n")
    assert r["next_meeting"] is None


def test_a_month_glued_to_its_day_as_pdfs_give_it_is_a_date():
    from transferhub.protocols.reader import dates

    assert [h.date.isoformat() for h in dates.find_dates("Wednesday, September14, 2022")] == [
        "2022-09-14"
    ]
    assert dates.find_dates("in May 2019 the board met") == []

"""The reader takes the meeting date in English and ISO forms, and from the file name last."""

from transferhub.protocols.reader import dates, parse_text


def test_it_reads_english_and_iso_dates_but_not_timestamps():
    def found(text):
        return [h.date.isoformat() for h in dates.find_dates(text)]

    assert found("DSF Board monthly meeting, March 14, 2019") == ["2019-03-14"]
    assert found("Committee meeting 11th May 2013") == ["2013-05-11"]
    assert found("# Meeting Notes 22 Jan 2020") == ["2020-01-22"]
    assert found("Next Meeting: Saturday 2013-06-15-1300") == ["2013-06-15"]
    assert found("date: 2023-01-04T02:54:31.892Z") == []
    assert found("we may 9 things") == []


def test_it_takes_the_date_from_the_file_name_when_the_text_has_none():
    text = "# Freifunk - Protokoll\n\n## Flyer\nWir wollen Flyer.\n\n## Geld\nNoch offen.\n"
    result = parse_text(text, fmt="md", filename="Treffen/2017-06-11-Breminale.md")
    assert result["date"] == "2017-06-11"
    assert "Das Sitzungsdatum stammt aus dem Dateinamen." in result["warnings"]


def test_twelve_hour_clocks_become_24_hours_and_german_am_stays_a_word():
    assert dates.find_time_range("Meeting Opened: 1.36pm") == ("13:36", None)
    assert dates.find_time_range("10:00am PT") == ("10:00", None)
    assert dates.find_time_range("12:00 am Freitag") == ("12:00", None)

"""The next meeting from a list of dates under its label: the first still ahead, this body's first."""

from transferhub.protocols.reader import read_protocol


def _next(text: str) -> str | None:
    nxt = read_protocol(text.encode(), filename="x.txt")["next_meeting"]
    return nxt["date"] if nxt else None


def test_the_years_dates_under_dates_of_meetings():
    assert (
        _next(
            "Minutes of the liaison meeting held on 8 December 2004\n\n1. Apologies\nNone.\n\n"
            "2. Dates of Meetings for 2005\n\n2.30pm, Wednesday 2nd March 2005\n\n"
            "2.30pm, Wednesday 1st June 2005\n"
        )
        == "2005-03-02"
    )


def test_the_line_naming_this_bodys_meeting_comes_first():
    assert (
        _next(
            "Minutes of Committee Meeting\n\nHeld 27 October 2020\n\n1 Opening\nOpened.\n\n"
            "2 Reports\nNone.\n\n3 Next meeting\nTrial AGM (Zoom) 03 November\nAGM (Zoom) 10 November\n"
            "Committee meeting (propose 01 December)\n"
        )
        == "2020-12-01"
    )


def test_german_future_dates_skip_the_past():
    assert (
        _next(
            "Protokoll der Vorstandssitzung am 12.03.2024\n\nTOP 1 Kasse\nOk.\n\n"
            "TOP 2 Sitzungstermine\n05.02.2024\n09.04.2024\n14.05.2024\n"
        )
        == "2024-04-09"
    )


def test_a_next_meeting_label_with_its_date_on_the_line():
    assert (
        _next("Protokoll am 12.03.2024\n\nTOP 1 Kasse\nOk.\n\nNächste Sitzung: 09.04.2024\n")
        == "2024-04-09"
    )

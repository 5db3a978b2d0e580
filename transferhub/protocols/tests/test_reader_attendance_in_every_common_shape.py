"""How many were there: attendance lists in the shapes minutes of many organisations use."""

from transferhub.protocols.reader import read_protocol


def _count(text: str, name: str = "minutes.txt") -> int | None:
    return read_protocol(text.encode(), filename=name)["participant_count"]


ITEMS = "\n1. Apologies\nNone.\n\n2. Finance\nDiscussed.\n\n3. Any other business\nNone.\n"
TOPS = "\nTOP 1 Begrüßung\nHallo.\n\nTOP 2 Kasse\nOk.\n\nTOP 3 Sonstiges\nNichts.\n"


def test_named_members_and_members_of_the_public_are_counted_together():
    assert (
        _count(
            "MINUTES OF THE PARISH COUNCIL MEETING HELD ON TUESDAY 11TH NOVEMBER 2008\n\n"
            "Present: Cllr D Lewis - Chairman, Cllr M Peake, Cllr A Box, Borough Councillor "
            "Mr. C Sampson. 4 members of the public\n" + ITEMS
        )
        == 8
    )
    assert (
        _count(
            "Protokoll der Sitzung am 09.07.2024\n\nAnwesend: Anna Berg, Ben Kurz und 3 Gäste\n"
            + TOPS
        )
        == 5
    )


def test_one_person_a_paragraph_below_present():
    assert (
        _count(
            "Minutes of the liaison meeting held on 8 December 2004\n\n"
            "Present: Ms Jane Murfitt (Environmental Health Officer)\n\n"
            "Mr Brian Harrison (Parish Council representative)\n\n"
            "Mrs Pat Holton (Village representative)\n\n"
            "Mr Alastair Inskip (Food Group)\n" + ITEMS
        )
        == 4
    )


def test_present_with_a_dash():
    assert (
        _count(
            "Committee meeting 27 October 2020\n\nPresent - Mel Leitch, Mary Holmes, Colin Irvine\n"
            + ITEMS
        )
        == 3
    )


def test_everyone_present_gives_no_number():
    assert (
        _count("Protokoll der 2. Projektbesprechung am 14.05.2013\n\nAnwesend: alle\n" + TOPS)
        is None
    )
    assert _count("Meeting on 4 March 2019\n\nPresent: all members\n" + ITEMS) is None


def test_a_blank_forms_columns_are_nobody():
    text = (
        "Protokoll\n\nDatum: 26.02.2016\n\nTeilnehmer: Institution: Verteiler:\n\n"
        "___________________ _____________ E-Mail\n" + TOPS
    )
    assert _count(text) is None


def test_a_roll_call_counts_those_here():
    assert (
        _count(
            "MINUTES - TOWN COUNCIL\nSEPTEMBER 16, 2025 @ 6:30 P.M.\n\nROLL CALL OF COUNCIL:\n"
            "Cauthorne - Here\nHall - Here\nKennedy - Absent\nMullins - Here\n\n"
            "1. Consent calendar\nApproved.\n\n2. Budget\nDiscussed.\n"
        )
        == 3
    )


def test_in_attendance_as_a_heading():
    assert (
        _count(
            "# Founders meeting 2017-09-15\n\n## In Attendance\n\n- Dann\n- Abby\n- Dmitri\n- Julie\n\n"
            "## Agenda\n\n- Banking\n- Admissions\n",
            "x.md",
        )
        == 4
    )


def test_an_attendance_list_below_the_first_items_heading():
    text = (
        "# AGM Minutes 2019-09-14\n\n## Agenda\n\n1. Minutes of the previous AGM\n2. Reports\n"
        "3. Elections\n\n## Setup\n\nAttendees (ordinary Members):\n\n- Blake Samuels\n"
        "- Doug Bateman\n- Hugh Frazer\n\nProxy:\n\n- Fletcher holds proxy for:\n  - Liz Harris\n\n"
        "## Minutes\n\n### Reports\n\nAccepted.\n"
    )
    assert _count(text, "x.md") == 3


def test_introduction_of_attendees_as_a_heading():
    text = (
        "# WebAssembly meeting 2020-03-11\n\n## Agenda\n\n1. Opening\n1. Proposals\n\n"
        "## Meeting Notes\n\n### Introduction of attendees\n\n* Ben Smith\n* Ms2ger\n* Luke Wagner\n\n"
        "### Proposals\n\nDiscussed.\n"
    )
    assert _count(text, "x.md") == 3


def test_a_stated_number_under_the_first_item():
    text = (
        "# Users Group - Annual General Meeting 2016 - Minutes\n\nHeld on Tuesday 12th of January 2016\n\n"
        "## 0. Opening\nMeeting opened at 7:15 PM\n\n16 Paid members at meeting = 16 (Margaret W, David M)\n\n"
        "## 1. Minutes of 2015 AGM\nConfirmed.\n"
    )
    assert _count(text, "x.md") == 16


def test_a_stated_number_in_a_sentence_over_two_lines():
    text = (
        "Protokoll der Gründungsversammlung am 26.11.2018\n\nAnwesend waren die in der Anwesenheitsliste "
        "namentlich und\nmit Anschrift eingetragenen 21 Personen.\n" + TOPS
    )
    assert _count(text) == 21


def test_councils_written_with_those_attending_and_an_en_dash():
    head = "MINUTES OF THE PARISH COUNCIL MEETING HELD ON MONDAY 13th MAY 2015\n\n"
    assert (
        _count(
            head + "Those Attending: Cllr J Nicholas-Letch (Chairman), Cllr Mrs D Clements "
            "(Vice-Chair), Mrs C Hardy (Clerk), 6 Members of the Public.\n" + ITEMS
        )
        == 9
    )
    assert (
        _count(
            head + "Present– Cllr David Llewellyn - Chairman, Cllr I Mack, Cllr John Wyett.\n\n"
            "Mr M Storey – County Councillor 9 members of the public\n" + ITEMS
        )
        == 13
    )
    assert (
        _count(
            head + "Present: Cllr David Llewellyn – Chairman, Cllr Mick Peake.\n\n"
            "Also present: Borough Councillor Colin Sampson 1 member of the public\n" + ITEMS
        )
        == 4
    )

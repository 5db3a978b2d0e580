"""A note-taker labelled "Protocol:" or signed as "Recording Secretary", and a list of those
present run on over the lines with people kept back by number.

German teams writing English call the minutes "protocol" ("Protocol: Lena", "Protocol by
Lena Horn"), as "Protokoll: Lena" says in German; a name with ", Recording Secretary" after it
at the minutes' close is whoever wrote them. A label of those present whose list is hard
wrapped goes on with the next line when that line holds mostly names, though some entries name
people by number ("Member 7"), as a wiki page that keeps names back writes them.
"""

from __future__ import annotations

from transferhub.protocols.reader import parse_text


def test_protocol_as_a_label_names_the_note_taker():
    agenda_item = (
        "# Team meeting\n\nDate: 4 May 2025\n\n## Agenda\n\n- 09:00 welcome\n- Protocol: Lena\n"
        "- Release planning\n"
    )
    by = (
        "Team meeting 4 May 2025\n\nProtocol by Lena Horn\n\n1. Release\n\nThe release was "
        "discussed.\n"
    )
    assert parse_text(agenda_item, fmt="md")["note_taker"] == "Lena"
    assert parse_text(by, fmt="txt")["note_taker"] == "Lena Horn"


def test_protocol_as_a_topic_names_nobody():
    text = "Team meeting 4 May 2025\n\n1. Review\n\nProtocol: last week's protocol was approved.\n"
    assert parse_text(text, fmt="txt")["note_taker"] is None


def test_a_recording_secretary_signing_at_the_close():
    text = (
        "Minutes of the Library Board\n\nDate: 4 May 2025\n\n1. Budget\n\nThe budget was "
        "discussed.\n\nAdjourned at 8:10 pm.\n\nLena Horn, Recording Secretary\n"
    )
    assert parse_text(text, fmt="txt")["note_taker"] == "Lena Horn"


def test_a_secretary_named_among_those_present_wrote_nothing():
    text = (
        "Minutes of the Library Board\n\nDate: 4 May 2025\n\nPresent: Paul Brandt, Chair; "
        "Lena Horn, Secretary\n\n1. Budget\n\nThe budget was discussed.\n"
    )
    assert parse_text(text, fmt="txt")["note_taker"] is None


def test_a_wrapped_list_with_people_kept_back_by_number_runs_on():
    english = (
        "Annual Meeting 4 May 2025\n\nMembers Present: Lena Horn, Paul Brandt, Mira Sommer, Tom\n"
        "Lind, Member 12, Oskar Berg, Member 30, Ida Falk,\nMember 41, Jonas Ek\n\n"
        "Others Present: Eva Stein\n\n1. Elections\n\nLena Horn was elected.\n"
    )
    german = (
        "Mitgliederversammlung 4.5.2025\n\nAnwesend: Lena Horn, Paul Brandt, Mira Sommer, Tom\n"
        "Lind, Mitglied 12, Oskar Berg, Ida Falk\n\nTOP 1 Wahlen\n\nLena Horn wurde gewählt.\n"
    )
    assert parse_text(english, fmt="txt")["participant_count"] == 11
    assert parse_text(german, fmt="txt")["participant_count"] == 7


def test_a_sentence_below_a_list_does_not_run_it_on():
    text = (
        "Annual Meeting 4 May 2025\n\nPresent: Lena Horn, Paul Brandt, Mira Sommer\n"
        "The chair, having checked, declared a quorum, and opened the meeting.\n\n"
        "1. Elections\n\nLena Horn was elected.\n"
    )
    assert parse_text(text, fmt="txt")["participant_count"] == 3

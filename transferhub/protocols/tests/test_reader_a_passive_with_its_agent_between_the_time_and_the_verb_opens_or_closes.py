"""German minutes write the opening and the close in the passive, the one who acts between the
time and the participle: "Die Sitzung wird um 19:03 Uhr von Anna Berg eröffnet", "Die
Versammlung wurde um 21:02 Uhr durch die Vorsitzende geschlossen". The time is the start or the
end as in "um 19:03 Uhr eröffnet"; a time beside some other act is neither.
"""

from __future__ import annotations

from transferhub.protocols.reader import parse_text

ITEMS = "\n\nTOP 1 Haushalt\n\nDer Haushalt wurde besprochen.\n\nTOP 2 Sonstiges\n\nNichts.\n"


def test_opened_and_closed_by_someone_named_after_the_time():
    text = (
        "Protokoll der Vorstandssitzung\n\nDatum: 4.5.2025\n\n"
        "Die Sitzung wird um 19:03 Uhr von Lena Horn eröffnet." + ITEMS + "\n"
        "Die Sitzung wird um 21:15 Uhr durch die Vorsitzende geschlossen.\n"
    )
    result = parse_text(text, fmt="txt")
    assert (result["start"], result["end"]) == ("19:03", "21:15")


def test_by_a_body_after_vom():
    text = (
        "Protokoll der Mitgliederversammlung\n\nDatum: 4.5.2025" + ITEMS + "\n"
        "Die Versammlung wurde um 21:02 Uhr vom Versammlungsleiter beendet.\n"
    )
    assert parse_text(text, fmt="txt")["end"] == "21:02"


def test_another_act_at_a_time_is_no_start():
    text = (
        "Protokoll der Vorstandssitzung\n\nDatum: 4.5.2025\n\n"
        "Die Gäste werden um 18:30 Uhr von Paul Brandt am Bahnhof abgeholt." + ITEMS
    )
    assert parse_text(text, fmt="txt")["start"] is None


def test_english_opened_at_a_time_by_the_chair_still_reads():
    text = (
        "Minutes of the Board\n\nDate: 4 May 2025\n\nThe meeting was opened at 7:04 pm by the "
        "Chair.\n\n1. Budget\n\nThe budget was discussed.\n"
    )
    assert parse_text(text, fmt="txt")["start"] == "19:04"

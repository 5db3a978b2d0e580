"""Minutes that name their note-taker only in the closing signature, as many groups sign them."""

from transferhub.protocols.reader import read_protocol

_DE = (
    "# Vorstandssitzung am 14.03.2024\n\nBeginn: 18:00 Uhr\n\n## TOP 1 Begrüßung\n\n"
    "Alle werden begrüßt.\n\n## TOP 2 Kasse\n\nDer Kassenbericht wird vorgestellt.\n\n"
)
_EN = (
    "# Board meeting 14 March 2024\n\nStart: 6 pm\n\n## 1. Welcome\n\n"
    "Everybody is welcomed.\n\n## 2. Budget\n\nThe treasurer presents the budget.\n\n"
)


def _note_taker(text: str) -> str | None:
    return read_protocol(text.encode(), filename="x.txt")["note_taker"]


def test_the_name_over_its_role_in_brackets():
    assert _note_taker(_DE + "---\n\nHelga Sommerfeld\n\n(Schriftführerin)\n") == (
        "Helga Sommerfeld"
    )
    assert _note_taker(_DE + "gez.\n\nTilo Brandner\n\nProtokollführer(in)\n") == "Tilo Brandner"
    assert _note_taker(_EN + "Grace Whitfield\n(Minute taker)\n") == "Grace Whitfield"


def test_the_name_and_its_role_on_one_line():
    assert _note_taker(_DE + "Rosa Quandt, Vorsitzende\nTilo Brandner, Protokollführer\n") == (
        "Tilo Brandner"
    )
    assert _note_taker(_EN + "Grace Whitfield, note taker\n") == "Grace Whitfield"


def test_vouching_for_the_minutes_over_the_name():
    assert _note_taker(
        _DE + "Für die Richtigkeit des Protokolls\nHelga Sommerfeld\n\nMusterstadt\n"
    ) == ("Helga Sommerfeld")


def test_a_label_without_its_colon():
    head = "# Teamsitzung 14.03.2024\n\nOrt: Raum 3\n"
    assert _note_taker(head + "Protokollführer - Tilo Brandner\n\n## TOP 1 Start\n\nText.\n") == (
        "Tilo Brandner"
    )
    assert _note_taker(head + "Protokoll Helga Sommerfeld\n\n## TOP 1 Start\n\nText.\n") == (
        "Helga Sommerfeld"
    )
    # A title after the word is no name.
    assert _note_taker(head + "Protokoll Vorstandssitzung\n\n## TOP 1 Start\n\nText.\n") is None


def test_the_sender_signing_minutes_mailed_as_such():
    mail = "Subject: Minutes of the budget meeting\n\nThese are the minutes from the budget meeting.\n\n"
    assert _note_taker(mail + _EN + "Regards,\n\nGrace Whitfield\n\nProject Manager\n") == (
        "Grace Whitfield"
    )
    sent = "From: Whitfield, Grace\nTo: Board\n\n"
    assert _note_taker(sent + _EN + "Best regards,\nGrace Whitfield\n") == "Grace Whitfield"


def test_a_greeting_under_minutes_that_do_not_say_whose_names_nobody():
    # Forwarded by someone who need not have written them: rather no name than a wrong one.
    assert _note_taker(_EN + "Regards,\n\nGrace Whitfield\n") is None
    assert _note_taker("From: Miller, Tom\n\n" + _EN + "Regards,\nGrace Whitfield\n") is None
    assert _note_taker(_DE + "Viele Grüße\nHelga Sommerfeld\n") is None

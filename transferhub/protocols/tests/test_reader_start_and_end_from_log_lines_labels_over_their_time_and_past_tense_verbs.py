"""Start and end as log lines, labels over their time, verbs in the past and the meeting held.

A line that is a clock time and the event ("- 2024-05-02 19:00+0200 Call to order", "## 17:00
UTC – Meeting start", "20:47 concluded.", "21:12 Sitzung beendet"), a start label alone over
its time ("### Start" / "19:02:30"), an end told in the past ("beendete die Versammlung um
21.40 Uhr"), a meeting held or taking place at a time ("The Parish Council held its meeting at
7.15pm", "Die Sitzung fand um 19:30 Uhr statt"), the actual start after the planned one; and
times that are not the meeting's: a mail's "Sent:" line, the next meeting in the header, an
end noun alone ("18:30 – End"), another thing closing ("12:00 Poll closed"). All text invented.
"""

import pytest

from transferhub.protocols.reader import read_protocol


def read(text: str, name: str = "minutes.md") -> tuple[str | None, str | None]:
    got = read_protocol(text.encode(), filename=name)
    return got["start"], got["end"]


EN = "## Welcome\n\nHello all.\n\n## Budget\n\nThe budget was discussed.\n\n"
DE = "## Begrüßung\n\nHallo.\n\n## Haushalt\n\nDer Haushalt wurde besprochen.\n\n"


@pytest.mark.parametrize(
    ("text", "times"),
    [
        (
            "# AGM 2024-05-02\n\n- 2024-05-02 19:00+0200 Call to order\n- 19:00–19:05 Agenda\n\n"
            + EN
            + "## Adjournment\n\n- 20:47 Meeting finished.\n",
            ("19:00", "20:47"),
        ),
        (
            "# Minutes 2024-05-02\n\n## 17:00 UTC – Meeting start\n\n"
            + EN
            + "## 18:07 UTC – Meeting end\n",
            ("17:00", "18:07"),
        ),
        (
            "# Member meeting 2024-05-02\n\n### Start\n19:02:30\n\n" + EN + "20:47 concluded.\n",
            ("19:02", "20:47"),
        ),
        (
            "# Protokoll vom 02.05.2024\n\n### Beginn\n19:02\n\n" + DE + "21:12 Sitzung beendet\n",
            ("19:02", "21:12"),
        ),
    ],
)
def test_log_lines_and_a_label_over_its_time_give_start_and_end(text, times):
    assert read(text) == times


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("# Minutes 2024-05-02\n\n" + EN + "## 18:30 UTC – End\n", None),  # a noun alone: any part
        ("# Minutes 2024-05-02\n\n" + EN + "12:00 Poll closed\n", None),  # something else closed
    ],
)
def test_an_end_noun_alone_or_another_thing_closing_ends_no_meeting(text, end):
    assert read(text)[1] == end


@pytest.mark.parametrize(
    ("text", "times"),
    [
        (
            "# Mitgliederversammlung am 02.05.2024\n\n"
            + DE
            + "Die Vorsitzende dankte allen und beendete die Versammlung um 21.40 Uhr.\n",
            (None, "21:40"),
        ),
        (
            "# Parish Council\n\nThe Parish Council held its meeting at 7.15pm on 2 May 2024 in the"
            " Village Hall.\n\n" + EN,
            ("19:15", None),
        ),
        (
            "# Protokoll\n\nDie Sitzung fand am 02.05.2024 um 19:30 Uhr im Rathaus statt.\n\n" + DE,
            ("19:30", None),
        ),
        (
            "# Protokoll der Sitzung vom 02.05.2024\n\n## Formalia\n\nGeplante Beginnzeit: 17:00\n"
            "Tatsächliche Beginnzeit: 17:10 Uhr\n\n" + DE,
            ("17:10", None),
        ),
        (
            "# Minutes of 2 May 2024\n\n## Formalities\n\nActual start: 19:10\n\n" + EN,
            ("19:10", None),
        ),
    ],
)
def test_past_tense_a_meeting_held_and_the_actual_start_are_read(text, times):
    assert read(text) == times


@pytest.mark.parametrize(
    "head",
    [
        "From: Lena Hartwig\nSent: 02 May 2024 14:46\nTo: Board\nSubject: Minutes",
        "Von: Lena Hartwig\nGesendet: 02. Mai 2024 14:46\nAn: Vorstand\nBetreff: Protokoll",
    ],
)
def test_the_time_a_mail_was_sent_is_no_start(head):
    assert read(head + "\n\n" + EN)[0] is None


def test_the_next_meeting_in_the_header_gives_no_start():
    text = (
        "Councillors present: Cllr Ada Brook (Chair); Cllr Tom Fenn. The next meeting is to be "
        "held on Tuesday 6th June 2024 at 7:30pm in the Hall.\n\n" + EN
    )
    assert read(text)[0] is None

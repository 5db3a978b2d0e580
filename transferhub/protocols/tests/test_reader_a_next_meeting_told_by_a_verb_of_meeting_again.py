"""The next meeting told by a verb of meeting again ("The Board will next meet on …", "The
group meets again on …", "Wir treffen uns wieder am …", "Der Vorstand trifft sich erneut am …")
and under "Future meeting dates:"; a follow-up appointment ("Folgetermin") is none."""

import pytest

from transferhub.protocols.reader import read_protocol

BODY_DE = "\n\nTOP 1 Kasse\nDer Kassenbericht wird vorgestellt.\n\nTOP 2 Termine\nKeine.\n"
BODY_EN = "\n\n1. Budget\nThe budget was presented.\n\n2. Events\nNone.\n"


def _next(text: str) -> str | None:
    nxt = read_protocol(text.encode(), filename="x.md")["next_meeting"]
    return nxt["date"] if nxt else None


@pytest.mark.parametrize(
    "closing",
    [
        "The Board will next meet on April 9, 2024.",
        "The group meets again on 9 April 2024 at the library.",
        "Future meeting dates: April 9, May 14, June 11",
    ],
)
def test_english_forms(closing):
    text = "Minutes of the Board meeting, 12 March 2024" + BODY_EN + "\n" + closing + "\n"
    assert _next(text) == "2024-04-09"


@pytest.mark.parametrize(
    "closing",
    [
        "Wir treffen uns wieder am 09.04.2024.",
        "Der Vorstand trifft sich erneut am 9. April 2024.",
        # The time between the verb and "wieder", and "das nächste Mal" with the verb.
        "Wir treffen uns am 9. April 2024 wieder.",
        "Das nächste Mal treffen wir uns am 09.04.2024.",
        "Wir treffen uns das nächste Mal am 09.04.2024 im Vereinsheim.",
    ],
)
def test_german_forms(closing):
    text = "Protokoll der Vorstandssitzung vom 12.03.2024" + BODY_DE + "\n" + closing + "\n"
    assert _next(text) == "2024-04-09"


def test_a_follow_up_appointment_is_no_next_meeting():
    text = (
        "Protokoll der Vorstandssitzung vom 12.03.2024" + BODY_DE
        + "\n- Folgetermin mit der Stadtverwaltung: 09.04.2024\n"
    )  # fmt: skip
    assert _next(text) is None


def test_the_next_time_without_a_verb_of_meeting_is_no_next_meeting():
    text = (
        "Protokoll der Vorstandssitzung vom 12.03.2024"
        + BODY_DE
        + "\nDas nächste Mal soll die Kasse bis zum 02.04.2024 geprüft sein.\n"
    )
    assert _next(text) is None

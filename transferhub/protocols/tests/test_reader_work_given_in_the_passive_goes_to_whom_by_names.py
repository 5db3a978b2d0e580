"""Work given in the passive ("to be completed by the Clerk", "wird von Olaf erstellt") is a
task of whom "by" / "von" names, when that is someone present or a body of the organisation;
what the meeting itself hears or decides in the passive is none."""

import pytest

from transferhub.protocols.reader import read_protocol

HEADER_EN = """# Garden club committee, 12 March 2024

Present: Alice Brown, Tom Green, Priya Shah

## 1. Spring fair

"""

HEADER_DE = """# Protokoll der Vorstandssitzung am 12.03.2024

Anwesend: Anna Keller, Bernd Vogel, Clara Huber

## TOP 1 Sommerfest

"""


def _owners(header: str, body: str) -> list[str | None]:
    r = read_protocol((header + body + "\n").encode(), filename="x.md")
    return [t["owner"] for a in r["agenda"] for t in a["tasks"]]


@pytest.mark.parametrize(
    ("body", "owner"),
    [
        ("The survey form is to be completed by the Secretary.", "Secretary"),
        ("The new leaflet needs to be drafted by the Committee in two weeks.", "Committee"),
        ("The stall rota will be drawn up by Priya.", "Priya"),
    ],
)
def test_english_work_given_in_the_passive(body, owner):
    assert _owners(HEADER_EN, body) == [owner]


@pytest.mark.parametrize(
    ("body", "owner"),
    [
        ("Die Liste der Helfer wird von Clara erstellt.", "Clara"),
        ("Die Webseite soll von Bernd aktualisiert werden.", "Bernd"),
        ("Der Antrag an die Stadt wird vom Vorstand bis Ende April vorbereitet.", "Vorstand"),
    ],
)
def test_german_work_given_in_the_passive(body, owner):
    assert _owners(HEADER_DE, body) == [owner]


@pytest.mark.parametrize(
    ("header", "body"),
    [
        (HEADER_EN, "The accounts will be presented by the Treasurer under item 4."),
        (HEADER_EN, "The hall was booked by Alice last week."),
        (HEADER_EN, "The budget is to be approved by the Committee next month."),
        (HEADER_EN, "The fair will be opened by the mayor."),
        (HEADER_DE, "Der Haushalt wird von der Mitgliederversammlung angenommen."),
        (HEADER_DE, "Der Bericht wird von Anna vorgestellt."),
        (HEADER_DE, "Die Einladung wurde von Bernd verschickt."),
        (HEADER_DE, "Die Aktion wird vom Vorstand besonders gewürdigt."),
    ],
)
def test_what_the_meeting_hears_decides_or_did_is_no_task(header, body):
    assert _owners(header, body) == []

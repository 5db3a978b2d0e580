"""A next-meeting label set in emphasis with underscores, as AsciiDoc and Markdown write it
("__Nächstes Treffen:__ 06.11.2015", "_Next meeting:_ 12 March 2024"), gives its day as
"**Next meeting:**" does; the same label with a dash or left empty gives none."""

from __future__ import annotations

import pytest

from transferhub.protocols.reader import read_protocol


def _next(text: str, name: str) -> dict | None:
    return read_protocol(text.encode(), filename=name)["next_meeting"]


def _adoc(label_line: str) -> str:
    return (
        "= Protokoll Gruppe 7\n__Treffen am 03.11.2015__\n\n__Schriftführer:__ Jana Roth\n\n"
        f"{label_line}\n\n__Teilnehmer:__ Jana Roth, Paul Weber, Lina Sommer\n\n"
        "== Stand\nDer Prototyp läuft.\n\n== Aufgaben\n* Paul testet den Export.\n"
    )


def _md(label_line: str) -> str:
    return (
        "# Team meeting, 5 March 2024\n\n_Scribe:_ Nora Quinn\n\n"
        f"{label_line}\n\n## 1. Release\n\nThe release is on track.\n\n"
        "## 2. Hiring\n\nTwo interviews were held.\n"
    )


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (_adoc("__Nächstes Treffen:__ 10.11.2015"), "p.adoc", "2015-11-10"),
        (_adoc("_Nächste Sitzung:_ 17.11.2015"), "p.adoc", "2015-11-17"),
        (_md("__Next meeting:__ 12 March 2024"), "m.md", "2024-03-12"),
        (_md("_Next meeting:_ 19 March 2024, 10:00"), "m.md", "2024-03-19"),
        (_md("**Next meeting:** 26 March 2024"), "m.md", "2024-03-26"),
    ],
)
def test_an_emphasised_next_meeting_label_gives_its_day(text, name, day):
    assert _next(text, name)["date"] == day


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_adoc("__Nächstes Treffen:__ -"), "p.adoc"),
        (_adoc("__Nächstes Treffen:__"), "p.adoc"),
        (_md("__Next meeting:__ TBD"), "m.md"),
    ],
)
def test_an_emphasised_label_without_a_day_gives_none(text, name):
    assert _next(text, name) is None

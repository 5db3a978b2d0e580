"""Header words as student groups and hackerspaces write them: YAML front matter, "Treff"."""

from transferhub.protocols.reader import read_protocol


def _read(text: str, filename: str = "x.md") -> dict:
    return read_protocol(text.encode(), filename=filename)


def test_quoted_front_matter_values_give_date_start_and_end():
    r = _read("""---
type: "Mitgliederversammlung"
date: "11.11.23"
begin: "19:00"
end: "20:20"
---

## 1. Begrüßung

Alle werden begrüßt.
""")
    assert (r["date"], r["start"], r["end"]) == ("2023-11-11", "19:00", "20:20")


def test_an_english_begin_label():
    r = _read("Team meeting 3 March 2024\nBegin: 18:30\n\n1. Budget\nNothing new.\n")
    assert r["start"] == "18:30"


def test_the_end_of_the_meeting_as_a_heading():
    r = _read(
        "# Treffen am 21.04.2026\n\n## 1. Stand\n\nAlles gut.\n\n# Ende des Treffens: 16:41 Uhr\n"
    )
    assert r["end"] == "16:41"


def test_the_next_treff_on_a_day_and_month_without_a_closing_dot():
    r = _read(
        "Anwesenheit: Anna, Bernd\n\nAnna zeigt die Plots.\n\n"
        "Nächster Treff wird am 13.02 stattfinden.\n",
        filename="2017-02-09.txt",
    )
    assert r["next_meeting"]["date"] == "2017-02-13"


def test_a_time_after_um_is_no_next_meeting_date():
    r = _read(
        "Anwesenheit: Anna, Bernd\n\nAnna zeigt die Plots.\n\n"
        "Nächster Treff um 18.30 Uhr, der Tag folgt per Mail.\n",
        filename="2017-02-09.txt",
    )
    assert r["next_meeting"] is None

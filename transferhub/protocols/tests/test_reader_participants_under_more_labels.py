"""Those present listed under a compound or a "… present:" label are counted."""

from transferhub.protocols.reader import read_protocol


def _count(text: str) -> int | None:
    return read_protocol(text.encode(), filename="2026-04-21.md")["participant_count"]


def test_a_gendered_compound_heading_over_a_list():
    assert (
        _count("""Protokoll der Sitzung vom Di. 21.04.2026

# Projekt-Teilnehmer:innen
- Benno Schmidt
- Laura Eckert
- Anja Sigesmund (Stadt Wuppertal)

Heute nicht anwesend:
- Stefan Sander

# TOP 1: Vorstellungsrunde
- Alle haben sich vorgestellt.
""")
        == 3
    )


def test_board_members_present_over_a_list():
    assert (
        _count("""# Advisory board meeting 21 April 2026

Board members and officers present:

- James Belsey (Morgan Stanley)
- Thomas Gawlitza (SAP)
- Stu Hood

## 1. Budget

Nothing new.
""")
        == 3
    )


def test_members_not_present_are_not_counted():
    r = read_protocol(
        b"""# Board meeting 21 April 2026

Members not present:

- James Belsey
- Thomas Gawlitza

## 1. Budget

Nothing new.
""",
        filename="x.md",
    )
    assert r["participant_count"] is None

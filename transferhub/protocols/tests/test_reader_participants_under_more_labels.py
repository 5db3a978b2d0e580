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


def test_a_sentence_after_the_names_is_no_one_present():
    r = read_protocol(
        b"Anwesenheit : Yushin, Nuno, Inna, Gilbert; Die anderen haben Urlaub\n"
        b"Gilbert hat die Plots gezeigt.\n",
        filename="2017-02-09.txt",
    )
    assert r["participant_count"] == 4


def test_those_present_on_site_and_online_are_added_up():
    r = read_protocol(
        b"# Plenum am 2023-02-02\n\nEs sind 8 Leute vor Ort, 3 online anwesend.\n\n"
        b"## 1. Kasse\n\nAlles gut.\n",
        filename="x.md",
    )
    assert r["participant_count"] == 11


def test_a_count_beside_the_attendance_list():
    r = read_protocol(
        "# Gründungsversammlung\n\nAm 11. Juni 2016 fanden sich die in der Anwesenheitsliste "
        "aufgeführten 12 Personen ein.\n\n## zu 1.\nBegrüßung.\n".encode(),
        filename="x.md",
    )
    assert r["participant_count"] == 12

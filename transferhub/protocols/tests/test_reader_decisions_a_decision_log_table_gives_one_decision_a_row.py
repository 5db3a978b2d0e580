"""A table whose column is headed by what was decided ("| Nr. | Entscheidung | Begründung |",
"| # | Topic | Decision | Owner |", "| Thema | Beschluss | Wer |") is a decision log: one decision a
row, an agreement, under "Beschluss" a resolution; an empty, open or asked cell is none."""

from transferhub.protocols.reader import read_protocol


def _decisions(text: str) -> list[tuple[str, str]]:
    r = read_protocol(text.encode(), filename="2026-03-10.md")
    return [(d["kind"], d["text"]) for a in r["agenda"] for d in a["decisions"]]


def test_a_german_decision_log_gives_its_rows_as_agreements():
    got = _decisions("""# Review am 10.03.2026

## 1) Ergebnisse & Entscheidungen (Decision Log)

| Nr. | Entscheidung | Kontext / Begründung | Verantwortlich |
|---|---|---|---|
| D1 | Der maximale Suchradius wird auf **100 km** begrenzt. | Wunsch des Auftraggebers. | Projektteam |
| D2 | Die Tabelle rundet auf zwei Nachkommastellen. | Lesbarkeit. | Projektteam |
| D3 | offen | Noch zu klären. | Projektteam |

## 2) Sonstiges

Nichts.
""")
    assert got == [
        ("agreement", "Der maximale Suchradius wird auf **100 km** begrenzt."),
        ("agreement", "Die Tabelle rundet auf zwei Nachkommastellen."),
    ]


def test_an_english_decision_table_skips_open_questions_and_a_beschluss_column_resolves():
    got = _decisions("""# Team meeting 2026-03-10

## Decisions

| # | Topic | Decision | Owner | Status |
|---|---|---|---|---|
| 1 | Repository | Fork the repo under our organisation. | Rodrigo | done |
| 2 | Language | Kotlin or Node? | Founder | open |
| 3 | Pipeline | Use the existing job template. | Team | pending |

## Vorstand

| Thema | Beschluss | Wer |
|---|---|---|
| Budget | Das Sommerfest erhält 500 Euro. | Anna |
""")
    assert got == [
        ("agreement", "Fork the repo under our organisation."),
        ("resolution", "Das Sommerfest erhält 500 Euro."),
    ]

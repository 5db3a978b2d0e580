"""Minutes kept as a table (Word's templates: topic, discussion, conclusions): a cell that
names a motion and its outcome is a decision; a table that only says "approved" is none."""

from transferhub.protocols.reader import read_protocol


def _decisions(text: str) -> list[tuple[str, str]]:
    r = read_protocol(text.encode(), filename="2024-03-12.md")
    return [(d["kind"], d["text"]) for a in r["agenda"] for d in a["decisions"]]


def test_english_motions_in_a_conclusions_row_are_decisions():
    got = _decisions("""# Board meeting 2024-03-12

## 1. Previous minutes

| | DISCUSSION | |
|---|---|---|
| | The February minutes were read. | |
| | CONCLUSIONS | |
| Motion to approve the February minutes: Lee/Park; carried unanimously | | |
| | ACTION ITEMS | PERSON RESPONSIBLE |

## 2. Equipment

| | CONCLUSIONS | |
|---|---|---|
| Motion to buy new stones: Park/Lee; defeated | | |
""")
    assert got == [
        ("resolution", "Motion to approve the February minutes: Lee/Park; carried unanimously"),
        ("rejected", "Motion to buy new stones: Park/Lee; defeated"),
    ]


def test_a_german_motion_in_a_table_cell_is_a_decision():
    got = _decisions("""# Vorstandssitzung 12.03.2024

## TOP 1 Protokoll

| Thema | Ergebnis |
|---|---|
| Protokoll der letzten Sitzung | Antrag auf Genehmigung (Meier/Schulz): einstimmig angenommen |
""")
    assert [kind for kind, _ in got] == ["resolution"]


def test_a_table_that_only_lists_what_was_approved_holds_no_decision():
    got = _decisions("""# Board meeting 2024-03-12

## 1. Documents

| Document | Status |
|---|---|
| Budget 2024 | approved |
| Travel policy | rejected by the auditors |
""")
    assert got == []

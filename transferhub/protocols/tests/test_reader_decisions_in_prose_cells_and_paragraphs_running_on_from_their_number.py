"""Decisions in the prose of minutes set in table cells, in a numbered paragraph whose first
line became its title, and told as a unanimous noun ("unanimous approval", "Einstimmige
Annahme")."""

from transferhub.protocols.reader import read_protocol


def _decisions(text: str) -> list[dict]:
    r = read_protocol(text.encode(), filename="2024-03-12.md")
    return [d for a in r["agenda"] for d in a["decisions"]]


def test_minutes_in_a_table_cell_of_running_prose():
    got = _decisions("""# Board Meeting Minutes 12 March 2024

## 1. Business

|  |  | Action |
|---|---|---|
| 5. | Code of Conduct The Code of Conduct was presented to the Board. It was agreed that every trustee signs it before the next meeting. |  |
| 6. | Training The Board discussed the training plan. The Board were in agreement with this. |  |
""")
    assert [d["kind"] for d in got] == ["agreement", "agreement"]


def test_a_table_of_short_cells_that_say_approved_is_no_decision():
    got = _decisions("""# Board Meeting Minutes 12 March 2024

## 1. Grants

| Grant | Status |
|---|---|
| Library roof | approved |
| Garden | rejected |
""")
    assert got == []


def test_a_numbered_paragraph_cut_into_title_and_minutes_is_read_whole():
    got = _decisions("""Minutes of the Trustees meeting of 12th March 2024

1 Apologies
1.1 None received.

2 Matters Arising
2.1 DO advised that most people were not aware that we operate as a charity. AGREED
that we would publicise this in the local paper.
2.2 TI tabled a form for the Town Park and asked if this could be
circulated. AGREED

3 Finance
3.1 The bank balance stands at £11k with no outstanding invoices.
""")
    assert [d["kind"] for d in got] == ["agreement", "agreement"]
    assert got[0]["text"].startswith("AGREED that we would publicise")


def test_unanimous_as_a_noun_in_english_and_german():
    got = _decisions("""# Annual Meeting, March 12th, 2024

## 2. Budget

Budget was discussed, and there was a motion to ratify the budget, the motion was seconded, and there was unanimous approval of the budget.
""")
    assert [d["kind"] for d in got] == ["resolution"]
    got = _decisions("""# Protokoll der Mitgliederversammlung vom 12.03.2024

## 3. Präsidium

Die Findungskommission schlägt Peter Muster als Präsidenten vor.

Einstimmige Annahme des Wahlvorschlags durch die Mitgliederversammlung.
""")
    assert [d["kind"] for d in got] == ["resolution"]


def test_minutes_accepted_as_a_true_record_in_any_sentence():
    got = _decisions("""Minutes of the Trustees meeting of 12th March 2024

1 Minutes of the last meeting
1.1 The minutes were amended to delete an inaccuracy and then accepted as a true and
accurate record to be posted on the website.

2 Finance
2.1 Our share of the wi-fi for 2024/25 is £609.48. AGREED to pay on the understanding we
may not be able to meet this every year.
""")
    assert [d["kind"] for d in got] == ["agreement", "agreement"]
    assert got[1]["text"].startswith("AGREED to pay")
    got = _decisions("""# AGM 12 March 2024

## 1. Minutes for AGM 2023

The minutes were reviewed. Peter accepted the minutes as a true account and Rod seconded.
""")
    assert [d["kind"] for d in got] == ["resolution"]

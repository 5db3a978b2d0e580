"""A vote told as list items, one count a line, belongs to the decision told below it."""

from transferhub.protocols.reader import read_protocol


def _decisions(text: str) -> list[dict]:
    r = read_protocol(text.encode(), filename="2024-03-12.md")
    return [d for a in r["agenda"] for d in a["decisions"]]


def test_german_vote_list_then_the_outcome():
    got = _decisions("""# Protokoll GV 12.03.2024

## 1. Statuten

Abstimmung: Wird die französische Version der Statuten angenommen?

* Dafür: 11
* Dagegen: 0
* Enthalten: 1

Die französischen Statuten wurden somit angenommen.
""")
    assert len(got) == 1
    assert got[0]["votes"] == {"yes": 11, "no": 0, "abstain": 1}
    assert got[0]["text"] == "Die französischen Statuten wurden somit angenommen."


def test_english_vote_list_with_a_total_then_the_motion_passes():
    got = _decisions("""# Committee meeting 12 March 2024

## Vote result

- Yes to the proposal: 24 (86%)
- No to the proposal: 4
- Abstain: 0
- Total: 28

With an 86% vote in favour, the motion to hold an EGM passes.
""")
    assert [(d["kind"], d["votes"]) for d in got] == [
        ("resolution", {"yes": 24, "no": 4, "abstain": 0})
    ]


def test_a_list_with_one_count_is_no_vote():
    got = _decisions("""# Treffen am 12.03.2024

## 1. Kasse

* Ja: 3 neue Mitglieder
* Kassenstand besprochen
""")
    assert got == []

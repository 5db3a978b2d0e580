"""A line labelled "Conclusion:" that records what the meeting settled, with a decision word of
its own, is an agreement; one that only restates a plan ("Conclusion: we will, for now, …") is
no decision (label rule R-6; see test_reader_a_conclusion_that_only_restates_a_plan_is_no_decision)."""

from transferhub.protocols.reader import read_protocol


def _decisions(text: str) -> list[dict]:
    r = read_protocol(text.encode(), filename="2024-03-12.md")
    return [d for a in r["agenda"] for d in a["decisions"]]


def test_conclusion_label_in_a_list_item():
    got = _decisions("""# Executive Council meeting 12 March 2024

## Onboarding

* Which documents should new members see?
* Conclusion: we agreed to provide full access to all existing documents to each new member
""")
    assert [(d["kind"], d["text"][:11]) for d in got] == [("agreement", "we agreed t")]


def test_a_conclusion_drawn_in_prose_is_no_label():
    got = _decisions("""# Board meeting 12 March 2024

## Finance

The manager talked the board through the payroll and the conclusion is that costs will rise.
""")
    assert got == []

"""A "Conclusion:" label, or a "Conclusion" heading, names no decision by itself (label rule:
a conclusion that only restates a plan or a to-do is no decision): "Conclusion: Revisit this
topic at a later meeting" and the to-dos under "#### Conclusion" give none, while a conclusion
with a decision word of its own ("Conclusion: the group agreed to keep the fee") is one; the
same in German minutes with "Fazit:"."""

from transferhub.protocols.reader import read_protocol


def _decisions(text: str) -> list[tuple[str, str]]:
    agenda = read_protocol(text.encode(), filename="x.md")["agenda"]
    return [(d["kind"], d["text"]) for it in agenda for d in it["decisions"]]


def test_a_conclusion_restating_a_plan_is_no_decision():
    text = (
        "# Study group call, 14 May 2024\n\n## 1. Supplier survey\n\n"
        "- Mira asked whether suppliers had answered.\n"
        "- **Conclusion:** Revisit this topic at a later meeting and collect more answers.\n\n"
        "## 2. Training material\n\n- Conclusion: we will look for examples first.\n"
    )
    assert _decisions(text) == []


def test_a_conclusion_heading_over_to_dos_gives_no_decision():
    text = (
        "# Civic tech night, 20 July 2023\n\n## Booth at the fair\n\n#### Discussion\n\n"
        "* Who can staff the booth?\n\n#### Conclusion\n\n"
        "* Volunteers needed for the booth\n* Some goals need to be updated\n\n"
        "## Website\n\n#### Conclusion\n\nn/a\n"
    )
    assert _decisions(text) == []


def test_a_conclusion_with_its_own_decision_word_is_a_decision():
    text = (
        "# Study group call, 14 May 2024\n\n## 1. Membership fee\n\n"
        "- Conclusion: the group agreed to keep the fee at 20 EUR.\n\n"
        "## 2. Training material\n\n- Conclusion: we will look for examples first.\n"
    )
    assert [k for k, _ in _decisions(text)] == ["agreement"]


def test_german_fazit_with_and_without_a_decision():
    text = (
        "# Protokoll der Teamsitzung vom 14. Mai 2024\n\n## TOP 1 Umfrage\n\n"
        "Fazit: Wir schauen uns das beim nächsten Treffen noch einmal an.\n\n"
        "## TOP 2 Beitrag\n\nFazit: Es wurde beschlossen, den Beitrag bei 20 EUR zu lassen.\n"
    )
    assert [k for k, _ in _decisions(text)] == ["resolution"]

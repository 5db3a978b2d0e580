"""A lead naming one decision over a list item ("Folgender Beschluss wurde festgehalten:",
"The following resolution was adopted:") gives that decision, as "Folgende Beschlüsse …"
gives one a list item."""

import pytest

from transferhub.protocols.reader import decisions, read_protocol


@pytest.mark.parametrize(
    ("lead", "kind"),
    [
        ("Folgender Beschluss wurde festgehalten:", "resolution"),
        ("Die Gesellschafter haben folgenden Beschluss gefasst:", "resolution"),
        ("The following resolution was adopted:", "resolution"),
        ("The following decision was made:", "agreement"),
        ("Folgende Vereinbarung wurde getroffen:", "agreement"),
    ],
)
def test_a_lead_in_the_singular_gives_the_kind_of_its_decision(lead, kind):
    assert decisions.list_lead(lead) == kind


@pytest.mark.parametrize(
    "lead",
    ["Folgender Punkt ist offen:", "The following question remains:", "Folgender Beschluss?"],
)
def test_a_lead_naming_no_decision_is_none(lead):
    assert decisions.list_lead(lead) is None


def test_a_decisions_section_of_a_review_gives_its_one_decision():
    r = read_protocol(
        """# Design Review 20.05.2015

## Fragen

Ist der Zeitplan realistisch? Ja.

## Beschlüsse

Folgender Beschluss wurde festgehalten:

- Am 6. Juni wird entschieden, ob der 30. Juni das Abgabedatum ist.
""".encode(),
        filename="2015-05-20.md",
    )
    got = [d["kind"] for a in r["agenda"] for d in a["decisions"]]
    assert got == ["resolution"]

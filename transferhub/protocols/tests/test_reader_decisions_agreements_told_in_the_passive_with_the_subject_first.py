"""An agreement told in the passive with its subject first: "Für den Austausch wurde die
Plattform X vereinbart.", "A follow-up meeting with the vendor was agreed."; not a plan
still to be settled, a denial or what had been agreed before."""

import pytest

from transferhub.protocols.reader import decisions, read_protocol


@pytest.mark.parametrize(
    "sentence",
    [
        "Für die Abstimmung im Team wurde die Plattform „Matrix“ vereinbart.",
        "Ein weiteres Treffen mit dem Kreisverband wurde vereinbart.",
        "Die Reihenfolge der Vorträge wurde per Los festgelegt.",
        "A follow-up meeting with the landlord was agreed.",
        "For quick questions, the use of the team chat was agreed upon.",
        "The new opening hours were agreed by all.",
    ],
)
def test_an_agreement_with_its_subject_first_is_an_agreement(sentence):
    assert decisions.sentence_kind(sentence) == "agreement"


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Termin soll noch festgelegt werden.",
        "Der Termin wird in der nächsten Sitzung festgelegt.",
        "Ein Termin wurde nicht vereinbart.",
        "Wie in der letzten Sitzung vereinbart, berichtet Anna.",
        "Nothing was agreed.",
        "A date still has to be agreed.",
        "We went through what was agreed.",
        "The plan was agreed at the last meeting.",
    ],
)
def test_a_plan_a_denial_or_an_earlier_agreement_is_none(sentence):
    assert decisions.sentence_kind(sentence) is None


def test_an_agreement_inside_a_paragraph_is_found_in_a_document():
    r = read_protocol(
        """# Projekttreffen 02.03.2023

## 1. Kommunikation

Der Austausch läuft über die Sprecherin. Für schnelle Rückfragen wurde die Plattform
„Matrix“ vereinbart.

## 2. Workshops

Everyone presented their part. A second workshop in April was agreed.
""".encode(),
        filename="2023-03-02.md",
    )
    got = [d["kind"] for a in r["agenda"] for d in a["decisions"]]
    assert got == ["agreement", "agreement"]

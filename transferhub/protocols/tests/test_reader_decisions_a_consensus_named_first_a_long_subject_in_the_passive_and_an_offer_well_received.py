"""A consensus named first is an agreement; a passive decision keeps its verb however many
words its subject takes; an offer "gut angenommen" (well received) decides nothing."""

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.decisions import sentence_kind


def _decisions(text: str) -> list[dict]:
    r = read_protocol(text.encode(), filename="2024-03-12.md")
    return [d for a in r["agenda"] for d in a["decisions"]]


def test_german_consensus_named_first_or_stated_to_exist():
    assert sentence_kind("Konsens: Der Gartentag findet im Mai statt.") == "agreement"
    assert sentence_kind("Konsens ist, dass wir die Werkbank behalten.") == "agreement"
    assert sentence_kind("Es herrscht Konsens, dass die Werkbank bleibt.") == "agreement"
    assert (
        sentence_kind(
            "Als Konsens innerhalb der Gruppe ist es gegeben, dass die Liste öffentlich ist."
        )
        == "agreement"
    )


def test_german_consensus_denied_or_only_talked_about_is_none():
    assert sentence_kind("Es besteht kein Konsens über die Werkbank.") is None
    assert sentence_kind("Konsens wurde nicht erreicht.") is None
    assert sentence_kind("Konsens ist uns wichtig.") is None
    assert sentence_kind("Ob Konsens besteht, bleibt offen.") is None


def test_english_consensus_stated_is_an_agreement():
    assert sentence_kind("Consensus was that the workbench stays.") == "agreement"


def test_german_passive_decision_with_the_subject_between_its_verbs():
    got = _decisions("""# Protokoll der Vorstandssitzung vom 12.03.2024

## 1. Werkstatt

Die Miete steigt. Der Vorstand genehmigt die Ausgabe von 80 Euro. Außerdem wird die Anschaffung einer neuen Standbohrmaschine beschlossen.
""")
    assert [d["kind"] for d in got] == ["resolution", "resolution"]
    assert got[1]["text"].startswith("Außerdem wird die Anschaffung")


def test_english_passive_approval_with_a_long_subject():
    assert (
        sentence_kind("After a short discussion the purchase of a second ladder was agreed.")
        == "agreement"
    )


def test_an_offer_well_received_is_no_decision():
    got = _decisions("""# Protokoll der Mitgliederversammlung vom 12.03.2024

## 1. Ausblick

Das Repair-Café wird sehr gut angenommen, es kommen jeden Monat mehr Gäste.
""")
    assert got == []
    assert sentence_kind("Der Vorschlag wurde positiv aufgenommen.") is None
    assert sentence_kind("The new workshop was well received by the members.") is None


def test_a_motion_accepted_is_still_a_decision():
    assert sentence_kind("Der Antrag wird einstimmig angenommen.") == "resolution"

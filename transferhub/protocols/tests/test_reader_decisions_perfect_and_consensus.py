"""Decisions told in the perfect tense ("Wir haben beschlossen") and as a consensus."""

from transferhub.protocols.reader.decisions import sentence_kind


def test_german_perfect_tense_decisions():
    assert sentence_kind("Wir haben beschlossen, den Auftrag an die Firma zu vergeben.") == (
        "resolution"
    )
    assert sentence_kind("Der Vorstand hat beschlossen, den Raum zu mieten.") == "resolution"
    assert sentence_kind("Wir haben uns darauf geeinigt, Flyer zu drucken.") == "agreement"
    assert sentence_kind("Wir haben uns geeinigt, das Fest zu verschieben.") == "postponement"
    assert sentence_kind("Wir haben noch nicht entschieden, wer fährt.") is None


def test_english_consensus():
    assert sentence_kind("There was a consensus that the fee should change.") == "agreement"
    assert sentence_kind("Consensus was reached to move the repository.") == "agreement"
    assert sentence_kind("There was no consensus on the logo.") is None

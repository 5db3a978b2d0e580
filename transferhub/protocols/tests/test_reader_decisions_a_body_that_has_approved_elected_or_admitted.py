"""A German body telling in the perfect what it approved, elected, discharged, admitted or
turned down ("Der Vorstand hat das Protokoll … mit Umlaufbeschluss genehmigt", "… in den Verein
aufgenommen", "Der Vorstand hat aus zwei Gründen abgelehnt") records a decision, as the present
"Die Versammlung genehmigt …" and the English "The board has approved …" do."""

import pytest

from transferhub.protocols.reader import decisions, read_protocol


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Der Vorstand hat das Protokoll vom 11. Januar mit Umlaufbeschluss vom 8. Februar genehmigt.",
            "resolution",
        ),
        (
            "Der Vorstand hat Lena Hofer mit Umlaufbeschluss vom 24.01.2023 in den Verein aufgenommen.",
            "resolution",
        ),
        ("Die Versammlung hat Anna Berg zur Kassiererin gewählt.", "resolution"),
        ("Die Mitglieder haben den Vorstand einstimmig entlastet.", "resolution"),
        ("Der Vorstand hat aus zwei Gründen abgelehnt: die Kosten und der Aufwand.", "rejected"),
        ("Der Vorstand hat den Zuschuss für das Sommerfest genehmigt.", "resolution"),
        ("The board has unanimously approved the budget.", "resolution"),
    ],
)
def test_a_body_telling_what_it_has_decided(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Vorstand hat die Arbeit an der Satzung aufgenommen.",  # began, admitted no one
        "Der Vorstand hat den Antrag noch nicht genehmigt.",
        "Der Kassier hat die Belege geprüft und genehmigt.",  # no body of the meeting
        "Das Team hat den Vorschlag aufgenommen.",
    ],
)
def test_no_decision_in_the_perfect_without_one(sentence):
    assert decisions.sentence_kind(sentence) is None


def test_board_minutes_recording_circular_resolutions():
    text = (
        "# Vorstandssitzung 08.02.2023\n\n"
        "### TOP 1 Genehmigung Protokoll\n\nDer Vorstand hat das Protokoll vom 11. Januar 2023 "
        "mit Umlaufbeschluss vom 8. Februar 2023 genehmigt.\n\n"
        "### TOP 2 Mitgliedsanträge\n\nDer Vorstand hat Jonas Wendt mit Umlaufbeschluss vom "
        "24.01.2023 in den Verein aufgenommen.\n\nDer Vorstand hat die Stadt Kleve mit "
        "Umlaufbeschluss vom 08.02.2023 in den Verein aufgenommen.\n\n"
        "### TOP 3 Webseite\n\nDer Vorstand hat die Arbeit an der neuen Webseite aufgenommen.\n"
    )
    r = read_protocol(text.encode(), filename="vorstand.md")
    assert [len(item["decisions"]) for item in r["agenda"]] == [1, 2, 0]

"""A German body that approves or elects in the active voice ("Die Versammlung genehmigt den
Statutenentwurf", "Die Gründerversammlung wählt folgende Mitglieder des Vorstands:"), the verb
first after a clause ("Nachdem …, beschliesst die Versammlung einstimmig, …"), and the Swiss
spelling without ß ("beschliesst") are decisions, as "The board approved …" is in English."""

import pytest

from transferhub.protocols.reader import decisions, read_protocol


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # Approved by a named body: a resolution, as "The board approved the budget" is.
        ("Die Versammlung genehmigt den vorliegenden Statutenentwurf.", "resolution"),
        ("Die Mitgliederversammlung genehmigt einstimmig die Jahresrechnung 2023.", "resolution"),
        ("Der Vorstand genehmigt das Budget für das Sommerfest.", "resolution"),
        (
            "Die Gründerversammlung wählt für ein Jahr folgende Mitglieder des Vorstands:",
            "resolution",
        ),
        ("Die MV wählt in geheimer Abstimmung Jana Roth und Till Berger.", "resolution"),
        (
            "Da der Verein keine Angestellten hat, beschliesst die Versammlung einstimmig, "
            "auf eine Revisionsstelle zu verzichten.",
            "resolution",
        ),
        (
            "Nachdem die Kasse geprüft ist, genehmigt der Vorstand die Ausgaben für den Umbau.",
            "resolution",
        ),
        (
            "Die Versammlung beschliesst, den Verein unter dem Namen Kugelbahn zu gründen.",
            "resolution",
        ),
        ("The board approved the budget for the summer party.", "resolution"),
        ("The members unanimously approved the annual accounts.", "resolution"),
    ],
)
def test_a_body_that_approves_or_elects_decides(sentence, kind):
    assert decisions.sentence_kind(sentence) == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Revisor bestätigt die Prüfung der Buchführung.",  # no body of the meeting
        "Die Mitglieder wählen sich über das VPN ein.",  # logging in
        "Wenn das Budget steht, genehmigt der Vorstand die Ausgaben?",
        "Der Vorstand genehmigt die Ausgaben nicht.",
        "The auditor confirmed the books.",
    ],
)
def test_no_decision_without_a_body_deciding(sentence):
    assert decisions.sentence_kind(sentence) is None


def test_swiss_founding_minutes_record_each_decision():
    text = (
        "# Gründungsversammlung Verein Kugelbahn\n\n**Datum**: 12.05.2021\n\n"
        "## 1. Gründungsbeschluss\n\nDie Versammlung beschliesst, unter dem Namen Kugelbahn "
        "einen Verein mit Sitz in Bern zu gründen.\n\n"
        "## 2. Genehmigung Statuten\n\nDie Versammlung genehmigt den vorliegenden "
        "Statutenentwurf und legt ihn als gültige Statuten des Vereins fest.\n\n"
        "## 3. Revisionsstelle\n\nDa der Verein keine Angestellten hat, beschliesst die "
        "Gründerversammlung einstimmig, auf eine Revisionsstelle zu verzichten.\n"
    )
    r = read_protocol(text.encode(), filename="gruendung.md")
    assert [len(item["decisions"]) for item in r["agenda"]] == [1, 1, 1]
    assert [d["kind"] for item in r["agenda"] for d in item["decisions"]] == [
        "resolution",
        "resolution",  # the assembly approves: a named body (scoring.py's label rules)
        "resolution",
    ]

"""Narrative reports of general meetings tell the discharge as done, the noun with a verb of
doing in the past ("Die Entlastung erfolgte ohne Gegenstimme", "Die anschließenden
Entlastungen erteilten die Anwesenden einstimmig", "… die Entlastung der Kassiererin, die durch
die Versammlung einstimmig vorgenommen wurde"), and an adoption by the meeting in the perfect
("Die Mitgliederversammlung hat die geänderte Beitragsordnung verabschiedet"; "The members have
adopted the revised constitution"): each a resolution, the meeting named as the body deciding.

Not a discharge granted: the discharge moved ("Der Kassenprüfer beantragte die Entlastung")
and one still to come ("Die Entlastung erfolgt am Ende der Versammlung").
"""

from __future__ import annotations

import pytest

from transferhub.protocols.reader import decisions, parse_text


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Entlastung erfolgte ohne Gegenstimme.",
        "Die anschließenden Entlastungen erteilten die Anwesenden einstimmig.",
        "Die Prüfer beantragten die Entlastung der Kassiererin Eva Roth, die durch die "
        "Versammlung einstimmig vorgenommen wurde.",
        "Die Kasse war einwandfrei geführt, worauf die Entlastung einstimmig erfolgte.",
        "Die Jahreshauptversammlung hat am 3.3.2025 eine geänderte Beitragsordnung verabschiedet.",
        "The members have adopted the revised constitution.",
    ],
)
def test_a_discharge_done_or_an_adoption_by_the_meeting_is_a_resolution(sentence):
    assert decisions.sentence_kind(sentence) == "resolution"


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Kassenprüfer beantragte die Entlastung des Vorstands.",
        "Die Entlastung erfolgt am Ende der Versammlung.",
        "The treasurer asked the meeting to approve the accounts.",
    ],
)
def test_a_discharge_moved_or_to_come_records_none(sentence):
    assert decisions.sentence_kind(sentence) is None


def test_a_report_in_prose_records_its_discharge_and_its_new_rules():
    report = (
        "Am Samstag, 22. März 2025, trafen sich die Mitglieder des Turnvereins Ahornbach zur "
        "Jahreshauptversammlung.\n\n"
        "Die Kassiererin Uta Sell stellte die Zahlen vor. Die anschließenden Entlastungen "
        "erteilten die Anwesenden einstimmig.\n\n"
        "Die Jahreshauptversammlung hat außerdem eine geänderte Beitragsordnung verabschiedet.\n"
    )
    found = [d for item in parse_text(report)["agenda"] for d in item["decisions"]]
    assert [d["kind"] for d in found] == ["resolution", "resolution"]

"""A report of a general meeting tells a re-election as the meeting confirming someone in an
office ("Die Versammlung bestätigte Anna Berg als Kassiererin", "Die Mitglieder bestätigten
den Vorstand im Amt", "The members confirmed Tom Hill as treasurer", "Tom Hill was confirmed
as treasurer", "The meeting confirmed the committee in office"), and an election with the
office put first, the body after its verb ("Zur neuen Schriftführerin wählte die
Versammlung Eva Roth"). Each is a resolution (an election), not a bare approval.

Not an election: a body confirming a fact ("Der Vorstand bestätigt den Eingang des
Schreibens", "Anna confirmed the booking"), the minutes confirmed (a bare approval, an
agreement), a time put first ("Zum Schluss dankte die Vorsitzende allen Helfern").
"""

from __future__ import annotations

import pytest

from transferhub.protocols.reader import decisions, parse_text


@pytest.mark.parametrize(
    "sentence",
    [
        "The members confirmed Tom Hill as treasurer.",
        "Tom Hill was confirmed as treasurer by the members.",
        "The meeting confirmed the committee in office.",
        "Die Versammlung bestätigte Anna Berg als Kassiererin.",
        "Die Mitglieder bestätigten den gesamten Vorstand im Amt.",
        "Zur neuen Schriftführerin wählte die Versammlung Eva Roth.",
        "Als Kassenprüfer bestätigten die Mitglieder Max Roth.",
    ],
)
def test_an_election_by_the_meeting_in_the_active_is_a_resolution(sentence):
    assert decisions.sentence_kind(sentence) == "resolution"


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Vorstand bestätigt den Eingang des Schreibens.",
        "Anna confirmed the booking.",
        "Zum Schluss dankte die Vorsitzende allen Helfern.",
    ],
)
def test_a_fact_confirmed_or_a_choice_of_ones_own_is_no_election(sentence):
    assert decisions.sentence_kind(sentence) is None


def test_the_minutes_confirmed_stay_a_bare_approval():
    assert decisions.sentence_kind("The minutes were confirmed as a true record.") == "agreement"


def test_a_report_counts_the_confirmations_in_office():
    report = (
        "The Millbrook Allotment Society held its annual general meeting on 12 March 2025.\n\n"
        "The chair reviewed the year. The members confirmed Tom Hill as treasurer.\n\n"
        "Zur neuen Schriftführerin wählte die Versammlung Eva Roth.\n"
    )
    found = [d for item in parse_text(report)["agenda"] for d in item["decisions"]]
    assert [d["kind"] for d in found] == ["resolution", "resolution"]

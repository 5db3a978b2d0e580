"""A general meeting told as a narrative report (a club's news item, paragraphs of prose, no
agenda) states how many came in a sentence of its own: "Neben rund 30 Mitgliedern waren auch
der Bürgermeister und … dabei", "Neben rund 40 Mitgliedern nahmen auch … teil", "Die 17
anwesenden Vereinsmitglieder hörten …", "vor 75 stimmberechtigten Mitgliedern", "About 25
members turned out". The same paragraph often tells the club's size too ("Die Wehr zählt 261
Mitglieder", "14 Aktivmitglieder", "35 Einsatzkräfte"): a number of members whose own sentence
says nothing of coming or being there is no count of those at the meeting.
"""

from __future__ import annotations

import pytest

from transferhub.protocols.reader import parse_text


def _report(paragraph: str) -> str:
    return (
        "Am Freitag, 14. März 2025, fand im Vereinsheim die Jahreshauptversammlung des "
        "Musikvereins Lindenau statt.\n\n"
        f"{paragraph}\n\n"
        "Der Kassier legte einen soliden Bericht vor. Anschließend wurde der Vorstand "
        "einstimmig entlastet.\n"
    )


@pytest.mark.parametrize(
    ("paragraph", "count"),
    [
        (
            "Neben rund 30 Mitgliedern waren auch der 2. Bürgermeister Karl Unger und Ehrenmitglied "
            "Lore Pfaff dabei.",
            30,
        ),
        (
            "Neben rund 40 Mitgliedern nahmen auch der Ortsvorsteher und der 1. Kreisvorsitzende "
            "teil.",
            40,
        ),
        ("Die 17 anwesenden Vereinsmitglieder hörten die Berichte des Vorstands.", 17),
        (
            "Der Verein zählt derzeit 212 Mitglieder. 48 davon spielen im Orchester. Anwesend "
            "waren 38 Mitglieder.",
            38,
        ),
        (
            "Vor 75 stimmberechtigten Mitgliedern eröffnete die Vorsitzende Jana Roth die "
            "Versammlung.",
            75,
        ),
        ("Der Verein hat derzeit 140 Mitglieder, anwesend waren 38 Mitglieder. Es gab Kuchen.", 38),
    ],
)
def test_the_count_of_those_who_came_in_its_own_sentence(paragraph, count):
    assert parse_text(_report(paragraph))["participant_count"] == count


@pytest.mark.parametrize(
    "paragraph",
    [
        "Der Verein zählt derzeit 212 Mitglieder. Der Saal war sehr gut gefüllt, alle "
        "Anwesenden lauschten dem Bericht.",
        "Insgesamt besteht der Verein aus 14 Aktivmitgliedern und bildet 16 Musikschüler aus. "
        "Die Versammlung gedachte der Verstorbenen.",
        "Von den 35 Einsatzkräften sind inzwischen 17 Atemschutzgeräteträger. Zahlreiche Gäste "
        "waren anwesend.",
        "Der Verein zählt 212 Mitglieder, von denen viele anwesend waren. Es gab Kuchen.",
    ],
)
def test_the_clubs_size_beside_a_word_for_those_there_is_no_count(paragraph):
    assert parse_text(_report(paragraph))["participant_count"] is None


def _english(paragraph: str) -> str:
    return (
        "The Riverside Rowing Club held its annual general meeting at the boathouse on 6 "
        "March 2025.\n\n"
        f"{paragraph}\n\n"
        "The accounts for the year were approved by the members.\n"
    )


def test_an_english_report_counts_those_who_turned_out():
    text = _english("The club now has 160 members. About 25 members turned out for the meeting.")
    assert parse_text(text)["participant_count"] == 25


def test_an_english_report_counts_those_who_attended_beside_the_membership():
    text = _english("The club now has 160 members, and 25 members attended. Tea followed.")
    assert parse_text(text)["participant_count"] == 25


def test_an_english_report_with_only_the_membership_has_no_count():
    text = _english("The club now has 160 members. The chair thanked everyone present.")
    assert parse_text(text)["participant_count"] is None

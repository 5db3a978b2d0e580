"""How many were there: a bound is no number, nor a list that ends in a group nobody counted.

The label rule (manifest "about", scoring.py): "almost 30", "more than 20", "über 20" bound the
number and give no count; a list that ends in "… and residents of the valley", "and others"
or "sowie weitere Gäste" names some of those there and counts none of the rest: no count
either. A second group counted on the line below a count ("28 Mitglieder" / "5 Gäste") was
there too. A project team's list ("Gruppenmitglieder:", "Team members:") and a heading that
asks who came ("## Who joined") list those present as "Teilnehmende:" does.
"""

from __future__ import annotations

from transferhub.protocols.reader import parse_text


def _count(text: str, fmt: str = "txt") -> int | None:
    return parse_text(text, fmt=fmt)["participant_count"]


def test_a_bound_before_the_number_gives_no_count_in_english_and_german():
    almost = (
        "# Routing side meeting\n\nDate: 4 May 2025\n\n"
        "- Attendees: nearly 40 in-person attendees and 12 remote participants.\n\n"
        "## Talks\n\nTwo talks were given.\n"
    )
    more = (
        "Minutes of the Spring Assembly\n\nDate: 4 May 2025\n\n"
        "More than 25 members attended the assembly.\n\n1. Budget\n\nThe budget was discussed.\n"
    )
    ueber = (
        "Protokoll der Mitgliederversammlung\n\nDatum: 4.5.2025\n\n"
        "Anwesend: über 30 Mitglieder\n\nTOP 1 Haushalt\n\nDer Haushalt wurde besprochen.\n"
    )
    assert _count(almost, "md") is None
    assert _count(more) is None
    assert _count(ueber) is None


def test_an_approximate_number_still_counts():
    about = (
        "Minutes of the Spring Assembly\n\nDate: 4 May 2025\n\n"
        "About 23 members attended the assembly.\n\n1. Budget\n\nThe budget was discussed.\n"
    )
    ca = (
        "Protokoll der Mitgliederversammlung\n\nDatum: 4.5.2025\n\n"
        "Anwesend: ca. 17 Mitglieder\n\nTOP 1 Haushalt\n\nDer Haushalt wurde besprochen.\n"
    )
    assert _count(about) == 23
    assert _count(ca) == 17


def test_a_list_ending_in_a_group_without_a_number_gives_no_count():
    residents = (
        "Millbrook Owners Association\n\nAnnual Meeting, 4 May 2025\n\n"
        "Attending: Rosa Venn (RV), Tomas Alder (TA), Ines Quarry (IQ) and residents of "
        "Millbrook\n\n1. Budget\n\nThe budget was ratified by a motion, seconded and carried.\n"
    )
    weitere = (
        "Protokoll der Vorstandssitzung\n\nDatum: 4.5.2025\n\n"
        "Anwesend: Rosa Venn, Tomas Alder sowie weitere Gäste\n\n"
        "TOP 1 Haushalt\n\nDer Haushalt wurde besprochen.\n"
    )
    counted = (
        "Minutes of the meeting held on 4 May 2025\n\n"
        "Present: Rosa Venn, Tomas Alder and 3 members of the public\n\n"
        "1. Budget\n\nThe budget was discussed.\n"
    )
    assert _count(residents) is None
    assert _count(weitere) is None
    assert _count(counted) == 5  # a group with its number is counted


def test_another_group_counted_on_the_line_below_adds_to_the_count():
    german = (
        "Protokoll Mitgliederversammlung vom 4.5.2025\n\n"
        "Vorsitz Rosa Venn\nAnwesende 21 Mitglieder\n4 Sympathisanten\nEntschuldigt\n\n"
        "Traktandenliste\n\n1. Begrüssung\n2. Wahlen\n"
    )
    english = (
        "Minutes of the Spring Assembly\n\nDate: 4 May 2025\n\n"
        "Present: 14 members\n2 guests\n\n1. Budget\n\nThe budget was discussed.\n"
    )
    vote = (
        "Protokoll der Mitgliederversammlung\n\nDatum: 4.5.2025\n\n"
        "Anwesend: 12 Mitglieder\n2 Enthaltungen\n\nTOP 1 Haushalt\n\nDer Haushalt wurde besprochen.\n"
    )
    assert _count(german) == 25
    assert _count(english) == 16
    assert _count(vote) == 12  # abstentions are no one else who came


def test_a_project_teams_list_and_a_who_joined_heading_list_those_present():
    team = (
        "Softwarepraktikum Gruppe 5 Protokoll\n\n"
        "Gruppenmitglieder: Lena Horn\nPaul Brandt\nMira Sommer\n\n"
        "Termin: 04.05.2025\n\nTOP 1 Stand\n\nDer Stand wurde besprochen.\n"
    )
    team_en = (
        "Group project minutes\n\nDate: 4 May 2025\n\n"
        "Team members: Lena Horn, Paul Brandt, Mira Sommer, Oskar Lind\n\n"
        "1. Progress\n\nProgress was discussed.\n"
    )
    joined = (
        "# 2025-05-04 Maintainers call\n\n## Who joined\n- Lena Horn\n- Paul Brandt\n\n"
        "## Agenda\n\n- Release plan\n"
    )
    assert _count(team) == 3
    assert _count(team_en) == 4
    assert _count(joined, "md") == 2

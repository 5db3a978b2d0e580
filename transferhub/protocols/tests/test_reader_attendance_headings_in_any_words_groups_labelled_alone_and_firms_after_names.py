"""Those present under headings in the group's own words, in groups labelled on a line of
their own, and one person a line with the firm after the comma.

A Markdown heading that ends in a word for those there ("### Voting member Attendees:",
"## Voting member attendance", "### September 19th, meeting Attendees"; Open Mainframe
Project, ASWF TAC, Unicode MFWG) or opens with "Anwesende" ("#### Anwesende Rätys", FSCS
Düsseldorf) opens the list; one for those away ("not in attendance", "Abwesende …") or a topic
about them ("## Questions from participants") does not. A label alone over names
("**Projektteam:**", "FAR-Mitglieder:", "For the Scala Center:"; WI23 team, Fachschaft
Furtwangen, Scala Center) starts one more group that counts; "Heute nicht anwesend:", "Ill:"
one that does not (BUGA app team, PermaplanT). "- Mark Post, SUSE" / "- Gordon Bradley,
Autodesk" (Open Mainframe, ASWF TAC and OSL, Scala Center) is one person a line. A group's
name in the list ("- Vorstandsmitglieder" over its names, "- Additional members", de-RSE and
HackSoc York) and markup ("</details>") are nobody.
"""

from __future__ import annotations

from transferhub.protocols.reader import parse_text


def _names(result: dict) -> list[str]:
    return [p["name"] for p in result["participants"]]


def test_english_headings_in_the_groups_own_words():
    text = (
        "# TSC Meeting - March 14, 2025\n\n## Attendance\n\n### Voting member Attendees:\n\n"
        "- Anna Berg\n- Ben Keller\n\n### Voting members not in attendance:\n\n- Carla Diaz\n\n"
        "Quorum NOT achieved.\n\n### Other Attendees\n\n- Dora Ek\n- Eva Lind\n- Finn Holt\n\n"
        "## Agenda\n\n- Project updates\n- Roadmap\n"
    )
    result = parse_text(text, fmt="md")
    assert result["participant_count"] == 5
    assert "Carla Diaz" not in _names(result)


def test_an_english_heading_that_ends_in_attendees():
    text = (
        "### September 19th, meeting Attendees\n\n- Anna Berg (AB) Acme\n- Ben Keller (BK)\n"
        "- Carla Diaz (CD)\n\n### Agenda\n\nIntro\nRoadmap\n\n## Roadmap\n\nAB: Fine.\n"
    )
    assert parse_text(text, fmt="md")["participant_count"] == 3


def test_an_english_attendance_heading_over_ticked_boxes():
    text = (
        "# Council Meeting - January 15, 2025\n\n## Voting member attendance\n\n"
        "* [x] Anna Berg\n* [ ] Ben Keller\n* [x] Carla Diaz\n\n## Agenda\n\n* Budget\n* Plans\n"
    )
    assert parse_text(text, fmt="md")["participant_count"] == 2


def test_german_headings_in_the_groups_own_words():
    text = (
        "<details>\n<summary>Anwesenheitsliste</summary>\n\n#### Anwesende Rätys\n\n"
        "- Anna Berg\n- Ben Keller\n- Carla Diaz (ab 16:10)\n\n#### Abwesende Rätys\n\n"
        "- Dora Ek\n\n#### Entschuldigte Rätys\n\n- Eva Lind\n\n#### Gäste\n\n</details>\n\n"
        "## Top 0: Regularia\n\n- Redeleitung: Anna\n\n## Top 1: Finanzen\n\nText.\n"
    )
    result = parse_text(text, fmt="md")
    assert result["participant_count"] == 3
    assert _names(result) == ["Anna Berg", "Ben Keller", "Carla Diaz"]


def test_a_topic_about_participants_lists_nobody():
    text = (
        "# Meeting 2025-03-01\n\n## Budget\n\nText.\n\n## Questions from participants\n\n"
        "- More Time\n- Better Rooms\n\n## Feedback der Teilnehmenden\n\n- Mehr Pausen\n"
    )
    assert parse_text(text, fmt="md")["participant_count"] is None


def test_german_groups_labelled_alone_over_their_names():
    text = (
        "# Meetingprotokoll\n\n## 1) Meta\n**Datum:** 10.03.2026  \n\n**Teilnehmer:**  \n"
        "**Auftraggeber:** Prof. Dr. Wolfgang Beispiel  \n\n**Projektteam:**  \n"
        "Lisa Muster (Projektleitung)  \nMenko Probe  \nFinja Test  \n\n"
        "**Heute nicht anwesend:**  \nJan Fehl  \n\n**Protokoll:** Lisa Muster  \n\n"
        "## 2) Ziel des Meetings\nText.\n"
    )
    result = parse_text(text, fmt="md")
    assert result["participant_count"] == 4
    assert "Jan Fehl" not in _names(result)


def test_english_groups_labelled_alone_over_firms_after_names():
    text = (
        "# Minutes of the 4th meeting, Q1 2017\n\n## Attendees\n\n"
        "Board members and officers present:\n\n- James Bell, Morgan Stanley\n"
        "- Tom Gall, SAP\n- Stu Hood, Twitter\n\nFor the Center:\n\n- Jon Pratt, Propensive\n"
        "- Heather Mill, EPFL\n\nAlso present:\n\n- Seth Tiss, Lightbend\n\nNot present:\n\n"
        "- Roland Trist, Nitro\n\nIll:\n\n- Ann Sick\n\n## Proceedings\n\n### Opening\n\nText.\n"
    )
    result = parse_text(text, fmt="md")
    assert result["participant_count"] == 6
    assert "SAP" not in _names(result) and "Roland Trist" not in _names(result)


def test_german_firms_after_names_one_person_a_line():
    text = (
        "# Projekttreffen 2025-04-01\n\n## Teilnehmende\n\n- Anna Berg, Universität Leipzig\n"
        "- Ben Keller, SAP\n- Carla Diaz, Stadt Wuppertal\n\n## TOP 1 Stand\n\nText.\n"
    )
    result = parse_text(text, fmt="md")
    assert result["participant_count"] == 3
    assert _names(result) == ["Anna Berg", "Ben Keller", "Carla Diaz"]


def test_names_of_several_people_a_line_still_count_apart():
    text = (
        "# Meeting 2025-04-01\n\n## Attendees\n\n- Anna Berg, Ben Keller, Carla Diaz\n"
        "- Dora Ek\n\n## Agenda\n\n- Budget\n- Plans\n"
    )
    assert parse_text(text, fmt="md")["participant_count"] == 4


def test_a_groups_name_in_the_list_is_nobody():
    german = (
        "# 2020-08-20 Vorstandssitzung\n\n## Teilnehmer\n\n- Vorstandsmitglieder\n"
        "    - Anna Berg\n    - Ben Keller\n\n- Entschuldigt: CD\n\n# Tagesordnung\n\n"
        "1. Protokoll\n2. Finanzen\n"
    )
    english = (
        "# Committee Meeting Minutes\n\n## Attendees\n\n- (AB) Anna Berg - Chair\n"
        "- (BK) Ben Keller - Secretary\n- Additional members\n\n### Apologies\n\n"
        "- (CD) Carla Diaz\n\n## Minutes\n\n1. Budget\n2. Plans\n"
    )
    assert parse_text(german, fmt="md")["participant_count"] == 2
    assert parse_text(english, fmt="md")["participant_count"] == 2

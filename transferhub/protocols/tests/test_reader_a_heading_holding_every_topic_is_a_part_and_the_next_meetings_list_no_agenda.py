"""A heading that holds every topic is a part of the meeting; the next meeting's list is no agenda.

Some minutes set the meeting's phases as headings ("## 18:00 – Meeting start", "## 19:05 –
Meeting end") or put all topics under one heading ("# Offene Themen") beside others that
hold none: the headings inside are the topics. Two such headings, or headings named alike
under each, are topics with parts of their own. A numbered list under the next meeting's
heading or label is that meeting's agenda, not this one's: the headings are the items.
"""

from transferhub.protocols.reader import parse_text


def _titles(result: dict) -> list[str]:
    return [it["title"] for it in result["agenda"]]


ENGLISH_PHASES = """---
title: Minutes 2025-03-05
---

# Minutes 2025-03-05

## 17:30 UTC – Socializing

People chatted.

## 18:00 UTC – Meeting start

### Welcome
- Chair: Noor

### Approve the previous minutes
Approved.

### Release planning
We aim for April.

### Outreach
A blog post is due.

### Security reports
Two reports came in.

### Funding
An application is drafted.

## 19:05 UTC – Meeting end
"""


def test_english_topics_inside_the_phase_that_holds_them_all():
    assert _titles(parse_text(ENGLISH_PHASES, fmt="md")) == [
        "Welcome",
        "Approve the previous minutes",
        "Release planning",
        "Outreach",
        "Security reports",
        "Funding",
    ]


GERMAN_ONE_SECTION = """# Sprechstunde am 9. April 2025

# Offene Themen

## Neuer Server
- Angebote liegen vor

## Flyer
- Druck bis Mai

## Sommerfest
- Termin 21. Juni

## Mailingliste
- wird aufgeräumt

# Vorstandsthemen

Am Ende getrennt besprochen.
"""


def test_german_topics_under_one_section_heading_beside_one_without_any():
    assert _titles(parse_text(GERMAN_ONE_SECTION, fmt="md")) == [
        "Neuer Server",
        "Flyer",
        "Sommerfest",
        "Mailingliste",
    ]


def test_two_sections_holding_topics_or_parts_named_alike_keep_the_upper_headings():
    two = (
        "# Vereinssitzung am 2. Mai 2025\n\n"
        "## Berichte\n\n### Kasse\nText.\n\n### Vorstand\nText.\n\n### Werkstatt\nText.\n\n"
        "## Anträge\n\n### Neue Drehbank\nText.\n\n### Beitragsordnung\nText.\n"
    )
    assert _titles(parse_text(two, fmt="md")) == ["Berichte", "Anträge"]
    alike = (
        "# Team meeting, 6 May 2025\n\n"
        "## Roadmap\n\n### Discussion\nText.\n\n### Decision\nText.\n\n"
        "### Discussion\nMore.\n\n### Decision\nMore.\n\n"
        "## Hiring\n\nNothing new.\n"
    )
    assert _titles(parse_text(alike, fmt="md")) == ["Roadmap", "Hiring"]


def test_english_next_meetings_numbered_list_is_not_this_meetings_agenda():
    text = (
        "---\ntitle: Working group meeting\ndate: 2025-02-04\n---\n\n"
        "## Welcome\n\nTwelve people joined.\n\n"
        "## Survey results\n\nThe survey had 40 answers.\n\n"
        "## Website\n\nThe site moves to a new host.\n\n"
        "## Next Meeting\n\n**4 March 2025, 5 pm**\nTopics:\n\n"
        "1. Conference planning\n2. Membership fees\n3. Teaching material\n"
    )
    titles = _titles(parse_text(text, fmt="md"))
    assert titles[:3] == ["Welcome", "Survey results", "Website"]
    assert "Conference planning" not in titles


def test_german_next_meetings_agenda_after_a_label_is_no_agenda_but_a_list_after_topics_is():
    text = (
        "# Protokoll des Plenums vom 3. Juni 2025\n\n"
        "## Kasse\nAlles in Ordnung.\n\n"
        "## Putzplan\nNeuer Plan hängt aus.\n\n"
        "## Werkzeug\nEine Säge fehlt.\n\n"
        "Nächste Sitzung: 1. Juli 2025, Themen:\n\n"
        "1. Sommerfest\n2. Schlüsselverwaltung\n3. Spendenaufruf\n"
    )
    assert _titles(parse_text(text, fmt="md")) == ["Kasse", "Putzplan", "Werkzeug"]
    agenda = (
        "# Protokoll des Plenums vom 3. Juni 2025\n\nTagesordnung:\n\n"
        "1. Kasse\n2. Putzplan\n3. Werkzeug\n\n"
        "## 1. Kasse\nAlles in Ordnung.\n\n## 2. Putzplan\nNeu.\n\n## 3. Werkzeug\nSäge.\n"
    )
    assert _titles(parse_text(agenda, fmt="md")) == ["Kasse", "Putzplan", "Werkzeug"]

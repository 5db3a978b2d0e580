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


ENGLISH_NUMBERED_PARTS = """# Admins meeting minutes

## 1. Meeting information:

- **Date:** 2 April 2025
- **Location:** video call

## 2. Agenda items:

1. Laptop donation
2. Summer meetup
3. Bounty budget
4. Forum spam
5. Translations
6. Release notes

## 3. Discussion points:

### Laptop donation
Two laptops arrive in May.

### Summer meetup
The venue is booked.

### Bounty budget
The budget was approved.

### Forum spam
A captcha is tried first.

### Translations
Three languages are complete.

### Release notes
A draft is in the wiki.
"""


def test_english_numbered_parts_one_holding_every_topic_give_the_topics():
    assert _titles(parse_text(ENGLISH_NUMBERED_PARTS, fmt="md")) == [
        "Laptop donation",
        "Summer meetup",
        "Bounty budget",
        "Forum spam",
        "Translations",
        "Release notes",
    ]


GERMAN_NUMBERED_PARTS = """# Protokoll Vorstand 3.4.2025

## 1. Rahmen

Ort: Vereinsheim

## 2. Besprochene Themen

### Kasse
Der Kassenstand ist gut.

### Sommerfest
Das Fest ist am 5. Juli.

### Mitgliederwerbung
Flyer werden gedruckt.

### Hallenzeiten
Die Halle ist mittwochs frei.

### Webseite
Die Seite zieht zu einem neuen Anbieter um.

### Jugendarbeit
Ein Schnuppertag ist im Juni.

## 3. Nächste Schritte

Keine.
"""


def test_german_numbered_parts_one_holding_every_topic_give_the_topics():
    assert _titles(parse_text(GERMAN_NUMBERED_PARTS, fmt="md")) == [
        "Kasse",
        "Sommerfest",
        "Mitgliederwerbung",
        "Hallenzeiten",
        "Webseite",
        "Jugendarbeit",
    ]


def test_numbered_topics_with_a_few_parts_each_stay_the_topics():
    text = (
        "# Minutes 3 April 2025\n\n## 1. Reports\n\n### Treasurer\nFine.\n\n### Secretary\nFine.\n\n"
        "## 2. Budget\n\nAgreed.\n\n## 3. Website\n\n### Theme\nNew.\n\n### Hosting\nCheaper.\n"
    )
    assert _titles(parse_text(text, fmt="md")) == ["Reports", "Budget", "Website"]

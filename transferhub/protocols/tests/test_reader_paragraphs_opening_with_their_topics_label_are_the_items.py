"""Paragraphs opening with their topic's label are the items when nothing else marks them.

"Minutes: It was proposed …", "Matters Arising: The verge …", "Payments: …": a council's
minutes written as paragraphs, each led by its topic and a colon. The header's labels
("Present:", "Apologies:") are no items; a label said twice ("Anna: …" / "Anna: …") names a
speaker, so such paragraphs give no items; headings or numbers, where the minutes have them,
keep carrying the items.
"""

from transferhub.protocols.reader import read_protocol


def _titles(text: str) -> list[str]:
    return [a["title"] for a in read_protocol(text.encode(), filename="x.md")["agenda"]]


def test_english_council_minutes_as_labelled_paragraphs():
    result = read_protocol(
        b"""Little Example Parish Council Minutes, 9 March 2004

Present: R. Lane - Chairman, Mrs. Willow, P. Mark and a member of the public

Apologies: G. Gold

Minutes: It was proposed by P. Mark and seconded by Mrs. Willow that the minutes of the
meeting held on 13th January 2004 be signed as a correct record.

Matters Arising: The footpath near the cemetery needs more soil.

Planning Applications: Conversion of a barn to a dwelling - recommend approval.

Payments: Air Ambulance 25.00, Office Supplies 16.30. Proposed by P. Mark, passed.

Any Other Business: The marker posts need replacing - clerk to contact the county.

The meeting closed at 8.25 p.m.
""",
        filename="x.md",
    )
    assert [a["title"] for a in result["agenda"]] == [
        "Minutes",
        "Matters Arising",
        "Planning Applications",
        "Payments",
        "Any Other Business",
    ]
    assert result["agenda"][1]["minutes"].startswith("The footpath near the cemetery")


def test_german_minutes_as_labelled_paragraphs():
    assert _titles("""Protokoll der Sitzung des Ortsbeirats vom 11.03.2004

Anwesend: Frau Richter (Vorsitz), Herr Graf, Frau Beer, Herr Glöckner

Entschuldigt: Herr Drechsler

Genehmigung des letzten Protokolls: Das Protokoll wird ohne Änderungen genehmigt.

Spielplatz: Die Schaukel ist repariert, die Rechnung liegt vor.

Straßenbeleuchtung: Zwei Laternen in der Bahnhofstraße sind defekt.

Verschiedenes: Der Bürgermeister lädt zum Neujahrsempfang.
""") == ["Genehmigung des letzten Protokolls", "Spielplatz", "Straßenbeleuchtung", "Verschiedenes"]


def test_english_labels_said_twice_name_speakers_not_topics():
    assert _titles("""Call notes, 9 March 2004

Anna: I think we should move the meeting to Thursdays.

Ben: Thursdays do not work for me.

Anna: Then let us keep Wednesdays.

Carl: Fine with me.
""") == ["Protokoll"]


def test_german_headings_keep_the_items_beside_labelled_paragraphs():
    assert _titles("""# Vorstandssitzung am 11.03.2004

## Finanzen

Kassenstand: Der Kassenstand ist ausgeglichen.

## Sommerfest

Termin: Das Fest findet am 5. Juli statt.

Ort: Im Garten des Vereinsheims.
""") == ["Finanzen", "Sommerfest"]


def test_english_names_under_an_action_items_label_own_tasks_not_items():
    result = read_protocol(
        b"""Meeting Minutes

Meeting 1, 20/03/2026

Attendees: Anna, Ben, Carl

Agenda: Select project. Outline scope.

Project selected was a workout planner.

Action items:

Anna: Research

Ben: Research the database

Carl: Write the outline
""",
        filename="x.md",
    )
    # The names under "Action items:" are no items; the agenda in one line gives them.
    assert [a["title"] for a in result["agenda"]] == ["Select project", "Outline scope"]
    assert [t["owner"] for a in result["agenda"] for t in a["tasks"]] == ["Anna", "Ben", "Carl"]


def test_german_source_link_label_is_no_item_and_the_header_keeps_the_time():
    result = read_protocol(
        """# Gemeinderat Beispielstadt — Protokoll vom 12.03.2025

Quelle: https://example.org/protokolle/2025-03 (aus der Webseite kopiert)

Sitzung am 12.03.2025 um 18 Uhr im Rathaus.

Bürgerfragen: Keine.

Alte Themen: Die Anhörung zur Solaranlage hat stattgefunden.

Neue Themen: Der Kreis stellt neue Umweltregeln vor.
""".encode(),
        filename="x.md",
    )
    assert [a["title"] for a in result["agenda"]] == ["Bürgerfragen", "Alte Themen", "Neue Themen"]
    assert result["start"] == "18:00"


def test_german_roles_of_the_meeting_are_no_items():
    assert _titles("""Protokoll des Treffens vom 11.03.2004

Sitzungsleitung: Anna Beispiel

Moderation: Bernd Muster

Kassenbericht: Der Kassenstand ist ausgeglichen.

Wir haben über den Sommer gesprochen.
""") == ["Protokoll"]


def test_english_roles_of_the_meeting_are_no_items():
    assert _titles("""Team meeting, 9 March 2004

Facilitator: Ann Lee

Scribe: Bob Ray

Budget: The budget is balanced.

We talked about the summer.
""") == ["Protokoll"]

"""A list item that gives work, and in its closing brackets names those present who do it,
is their task wherever the list stands: "Mitgliederliste nachführen (Fabian)", "Send the
flyer to the printer (Anna & Ben)". The work is told as a German infinitive or an English
imperative. A topic with its presenter ("Kassenbericht (Anna)", "Update from the web team
(Ben)"), work reported done, what is presented in the meeting, a sentence of an obligation
("Im Chat soll nachgefragt werden (Anna)": as often a remark's author as an errand's) and
brackets naming someone not present or a company are none."""

from transferhub.protocols.reader import parse_text


def _tasks(text: str) -> list[tuple]:
    result = parse_text(text, fmt="md", filename="protokoll.md")
    return [(t["owner"], t["text"]) for item in result["agenda"] for t in item.get("tasks", [])]


def test_german_work_in_the_infinitive_then_who_does_it():
    text = (
        "# Vorstandssitzung 12.05.2024\n\nAnwesend: Fabian Kurz, Lea Brandt, Oskar Vogt\n\n"
        "## Webseite\n\n"
        "- Die Seite läuft stabil.\n"
        "- Impressum auf der Webseite ergänzen (Lea)\n"
        "- Alte Fotos aus der Galerie entfernen (Fabian und Oskar)\n"
    )
    assert _tasks(text) == [
        ("Lea", "Impressum auf der Webseite ergänzen"),
        ("Fabian, Oskar", "Alte Fotos aus der Galerie entfernen"),
    ]


def test_english_imperative_then_who_does_it():
    text = (
        "# Board meeting 2024-05-12\n\nPresent: Anna Reyes, Ben Okafor, Cleo Hart\n\n"
        "## Outreach\n\n"
        "- The spring fair went well.\n"
        "- Send the flyer to the printer (Anna & Ben)\n"
        "- Book the hall for the autumn fair (Cleo)\n"
    )
    assert _tasks(text) == [
        ("Anna, Ben", "Send the flyer to the printer"),
        ("Cleo", "Book the hall for the autumn fair"),
    ]


def test_topics_presenters_reports_obligations_and_strangers_are_no_tasks():
    text = (
        "# Vorstandssitzung 12.05.2024\n\nAnwesend: Fabian Kurz, Lea Brandt, Oskar Vogt\n\n"
        "## Verschiedenes\n\n"
        "- Kassenbericht (Lea)\n"
        "- Haushaltsplan vorstellen (Oskar)\n"
        "- Eine Tabelle der Spenden wurde angelegt (Fabian).\n"
        "- Im Chat soll nach Referenzen gefragt werden (Lea)\n"
        "- Angebot für den Drucker einholen (Frau Meier)\n"
        "- Update from the web team (Oskar)\n"
        "- Wolfgang Brenner (Stadtwerke)\n"
    )
    assert _tasks(text) == []

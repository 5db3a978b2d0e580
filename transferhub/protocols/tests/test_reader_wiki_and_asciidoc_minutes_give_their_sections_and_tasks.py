"""Minutes kept in a wiki ("== Section ==") or in AsciiDoc ("== Section", "//" comments) as
plain text: their headings are sections like Markdown's, and the to-do lists under them give
tasks, with the due date a heading states and the owner named on either side of a dash."""

from transferhub.protocols.reader import read_protocol


def _read(text: str, filename: str) -> dict:
    return read_protocol(text.encode(), filename=filename)


def _tasks(result: dict) -> list[tuple[str | None, str | None]]:
    return [(t["owner"], t["due"]) for item in result["agenda"] for t in item["tasks"]]


ASCIIDOC = """= Protokoll Projektgruppe 12

Treffen am 03.06.2024

__Teilnehmer:__
//Tabellarisch oder als Liste

- Maren Olbrich
- Jost Hellwig
- Edda Szymanski

== Stand

- Der Prototyp startet, die Datenbank fehlt noch.

== Aufgaben bis zum 06.06.2024
- Testplan überarbeiten
- Maren: Datenmodell ergänzen
- Jost: Klassendiagramm

=== Bis nächste Woche
- Entwürfe sammeln

== Aufgaben-Verteilung
* Lager - Edda
* Kasse - Jost

//== Retrospektive
//|Issue |Aufgabe |Status
////
== Planung des nächsten Sprints
- Vorlage, nicht ausgefüllt
////
"""


def test_asciidoc_sections_are_read_and_its_comments_are_not():
    r = _read(ASCIIDOC, "protokoll.adoc")
    titles = [item["title"] for item in r["agenda"]]
    assert "Stand" in titles
    assert not any("Retrospektive" in t or "Planung" in t for t in titles)
    texts = [t["text"] for item in r["agenda"] for t in item["tasks"]]
    assert "Vorlage, nicht ausgefüllt" not in texts


def test_a_to_do_headings_date_is_the_due_date_of_its_items():
    found = _tasks(_read(ASCIIDOC, "protokoll.adoc"))
    assert found[:3] == [(None, "2024-06-06"), ("Maren", "2024-06-06"), ("Jost", "2024-06-06")]


def test_a_heading_that_says_only_next_week_opens_tasks_without_a_date():
    r = _read(ASCIIDOC, "protokoll.adoc")
    entwuerfe = [
        t for item in r["agenda"] for t in item["tasks"] if t["text"] == "Entwürfe sammeln"
    ]
    assert entwuerfe == [{"text": "Entwürfe sammeln", "owner": None, "due": None}]


def test_area_dash_name_gives_the_name_as_owner():
    r = _read(ASCIIDOC, "protokoll.adoc")
    owned = {t["text"]: t["owner"] for item in r["agenda"] for t in item["tasks"]}
    assert owned["Lager"] == "Edda"
    assert owned["Kasse"] == "Jost"


def test_an_object_and_an_infinitive_name_nobody():
    r = _read(ASCIIDOC, "protokoll.adoc")
    owned = {t["text"]: t["owner"] for item in r["agenda"] for t in item["tasks"]}
    assert owned["Testplan überarbeiten"] is None


WIKI = """[[Main Page]] -> [[Board Meetings]]

==Board Meeting 2024-02-08 Minutes==

===Directors Present===
* Wilma Ashcroft, President
* Tobin Reyes, Secretary

==Business==

===1st Order of business:===

Spring open house.  We want the flyers out before March.  Tobin will draft the flyer text.

===2nd Order of business:===

Storage shelves.  Wilma to ask the landlord about the back room.

===Action items by Friday===
* Tobin: send the minutes to the members
"""


def test_wiki_sections_hold_the_commitments_made_in_them():
    r = _read(WIKI, "board.wiki")
    found = [(t["owner"], t["text"]) for item in r["agenda"] for t in item["tasks"]]
    assert ("Tobin", "Tobin will draft the flyer text.") in found
    assert ("Wilma", "Wilma to ask the landlord about the back room.") in found


def test_an_english_to_do_heading_with_its_day_gives_the_due_date():
    r = _read(WIKI, "board.wiki")
    sent = [t for item in r["agenda"] for t in item["tasks"] if t["owner"] == "Tobin"]
    assert {
        "text": "send the minutes to the members",
        "owner": "Tobin",
        "due": "2024-02-09",
    } in sent


def test_an_equals_sign_inside_a_plain_text_line_is_no_heading():
    r = _read(
        "Protokoll der Sitzung am 04.03.2024\n\nAnwesend: Ida Brenner, Olaf Tamm\n\n"
        "1. Kasse\nSaldo = 240 Euro, Ida prüft die Belege.\n\n2. Sonstiges\nNichts.\n",
        "sitzung.txt",
    )
    assert [item["title"] for item in r["agenda"]] == ["Kasse", "Sonstiges"]

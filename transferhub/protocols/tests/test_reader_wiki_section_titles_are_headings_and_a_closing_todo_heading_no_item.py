"""A wiki's section titles are headings; a to-do heading after the topics is no item.

Minutes kept in a wiki come as plain text with the wiki's own title marks: AsciiDoc ("=
Protokoll", "== Infos"), MediaWiki ("==Business==", "===1st Order of business:===") and
DokuWiki ("====== Minutes ======", the most signs the top level). They are read as Markdown
headings, so the sections are the items. An AsciiDoc comment ("//== Planung", or a block
between "////" lines) is no section. Under a document title the headings that hold the
header (those present, place and time) are no topics; the headings inside the one section
that holds the business are. A to-do heading standing after the last topic ("== Aufgaben
bis zum 3.4.", "## Action items for next week") is the closing list of tasks, no topic; in
the middle of the topics it is one.
"""

from transferhub.protocols.reader import parse_text
from transferhub.protocols.reader.parse import wiki_headings


def _titles(result: dict) -> list[str]:
    return [it["title"] for it in result["agenda"]]


ASCIIDOC_GERMAN = """= Protokoll Projektgruppe 7

Treffen am 12.03.2024

Beginn: 14:00 Uhr +
Ende: 15:10 Uhr

__Teilnehmer:__

- Jana Mertens
- Ole Brandt
- Pia Kaiser

== Bemerkungen
- Der Kunde wünscht eine zweite Farbvariante.

== Aktueller Stand
- Die Anmeldung funktioniert, die Suche noch nicht.

//== Retrospektive
//Wie ist der Status der Aufgaben?

////
== Planung des nächsten Sprints
Hier die Issues eintragen.
////

== Aufgaben bis zum 19.03.2024
- Ole: Suchmaske bauen
- Pia: Testplan ergänzen
"""


def test_asciidoc_sections_are_the_items_comments_and_the_closing_tasks_not():
    result = parse_text(ASCIIDOC_GERMAN, fmt="txt")
    assert _titles(result) == ["Bemerkungen", "Aktueller Stand"]
    tasks = [t for it in result["agenda"] for t in it["tasks"]]
    assert len(tasks) == 2  # the closing list's tasks are still read


ASCIIDOC_TODO_IN_THE_MIDDLE = """= Protokoll Gruppe 3

Treffen am 05.05.2023

== Infos
- Jeder arbeitet auf seinem eigenen Branch.

== Aufgaben
- Prototyp
- Testplan

== Pflichtenheft
- keine Einwände
"""


def test_a_todo_section_between_topics_is_a_topic():
    result = parse_text(ASCIIDOC_TODO_IN_THE_MIDDLE, fmt="txt")
    assert _titles(result) == ["Infos", "Aufgaben", "Pflichtenheft"]


MEDIAWIKI_ENGLISH = """[[Main Page]] -> [[Meetings]] -> [[Board Meeting 2023-02-09]]

==Board Meeting 2023-02-09 Minutes==

===Directors Present===
* Dana Whitfield, Chair
* Omar Reyes, Treasurer
* Lena Park, Secretary

===Directors Absent===
None

===Location and Time===
Held on Feb 9, 2023 at the workshop after the open night.

==Business==

===1st Order of business:===
New laser cutter. Quotes from two suppliers were compared.

===2nd Order of business:===
Insurance renewal. The broker sent a new offer.

===3rd Order of business:===
Vote on the insurance offer.
* Vote: 3 in favor, 0 opposed, 0 abstained

===4th Order of business:===
Spring open day. Lena will draft the flyer.
"""


def test_mediawiki_topics_are_the_headings_inside_the_business_section():
    result = parse_text(MEDIAWIKI_ENGLISH, fmt="txt")
    assert _titles(result) == [
        "1st Order of business",
        "2nd Order of business",
        "3rd Order of business",
        "4th Order of business",
    ]


MEDIAWIKI_SHORT = """==Minutes of the workshop meeting==

===Present===
Dana, Omar, Lena

==Business==

===Roof repair===
The roofer comes on Monday.

===Key holders===
Omar hands out two new keys.
"""


def test_mediawiki_a_short_business_section_is_read_too():
    assert _titles(parse_text(MEDIAWIKI_SHORT, fmt="txt")) == ["Roof repair", "Key holders"]


def test_dokuwiki_counts_its_levels_down():
    lines = [
        "====== Vorstandssitzung 2022-11-03 ======",
        "",
        "===== Kasse =====",
        "Der Kassenstand ist gut.",
        "",
        "===== Raum =====",
        "Der Mietvertrag läuft weiter.",
    ]
    assert wiki_headings(lines) == [
        "# Vorstandssitzung 2022-11-03",
        "",
        "## Kasse",
        "Der Kassenstand ist gut.",
        "",
        "## Raum",
        "Der Mietvertrag läuft weiter.",
    ]


def test_mediawiki_and_asciidoc_count_their_levels_up():
    assert wiki_headings(["== Budget ==", "text", "=== Travel ===", "text"]) == [
        "## Budget",
        "text",
        "### Travel",
        "text",
    ]
    assert wiki_headings(["= Minutes", "== Budget", "text"]) == ["# Minutes", "## Budget", "text"]


def test_a_lone_line_of_equals_signs_or_a_single_mark_is_left_alone():
    # A plain text's rule under a title, a formula, one "= Total" line: no wiki.
    text = ["Budget", "======", "", "a = b + c", "= Total 40"]
    assert wiki_headings(text) == text


def test_an_unclosed_comment_block_hides_nothing():
    lines = ["= Notes", "////", "== Budget", "text", "== Rooms", "text"]
    assert wiki_headings(lines) == ["# Notes", "////", "## Budget", "text", "## Rooms", "text"]


ENGLISH_CLOSING_TODO = """# Team meeting 2024-06-11

## Sprint review
The login page shipped.

## Hiring
Two candidates are invited.

## Action items for next week
- Sam: book the room
- Ada: send the offer
"""


def test_english_closing_action_items_heading_is_no_topic():
    result = parse_text(ENGLISH_CLOSING_TODO, fmt="md")
    assert _titles(result) == ["Sprint review", "Hiring"]
    tasks = [t for it in result["agenda"] for t in it["tasks"]]
    assert len(tasks) == 2

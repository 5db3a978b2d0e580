"""An agenda list indented under "Agenda:" in a plain-text mail gives the items.

Minutes mailed as plain text indent the agenda's entries ("Agenda:" over "    * Review
outstanding actions") and name each again over its minutes ("** Review outstanding actions").
A line "#21 code style: …" names an issue by its number; it is no heading.
"""

from transferhub.protocols.reader import parse_text, read_protocol


def _titles(text: str) -> list[str]:
    return [a["title"] for a in read_protocol(text.encode(), filename="minutes.txt")["agenda"]]


def test_english_indented_agenda_named_again_below():
    assert _titles("""Meeting Date: 2022-02-08
Minutes taken by: Paul
Attendees:
    Dmitry Belyavsky
    Paul Dale

Agenda:
    * Nominate a minute taker
    * Review outstanding actions
    * Review issues on hold
    * AOB

** Nominate a minute taker

Paul takes the minutes.

** Review outstanding actions

No action.

** Review issues on hold

#21 code style: public functions should check their arguments
Discussed, no decision.

#24 clarify the definition of stable release
Postponed.

** AOB

None.
""") == ["Nominate a minute taker", "Review outstanding actions", "Review issues on hold", "AOB"]


def test_german_indented_agenda_named_again_below():
    assert _titles("""Protokoll der Sitzung vom 08.02.2022

Tagesordnung:
    1. Begrüßung
    2. Kassenbericht
    3. Verschiedenes

Begrüßung

Anna begrüßt alle.

Kassenbericht

Kassenstand 200 Euro.

Verschiedenes

Nichts.
""") == ["Begrüßung", "Kassenbericht", "Verschiedenes"]


ENGLISH_BULLETS_OVER_PROSE = """Minutes of the working group meeting in Leeds, March 2009

Submitted by Ada Lowe

* First session

We started with a review of the charter, and the chairs proposed a working process for the group.

After discussion, the sense of the room was to adopt the draft as a starting point.

* Second session

Two issues on caching were discussed; Ben Ortiz agreed to write text for the next draft.
"""


def test_english_short_entries_over_paragraphs_are_the_items():
    agenda = parse_text(ENGLISH_BULLETS_OVER_PROSE, fmt="txt")["agenda"]
    assert [it["title"] for it in agenda] == ["First session", "Second session"]


GERMAN_BULLETS_OVER_PROSE = """Protokoll der Sitzung vom 3. Mai 2022

- Haushalt

Der Kassenwart stellt den Haushalt vor, die Versammlung hat dazu keine Fragen gestellt.

- Sommerfest

Das Sommerfest findet am 9. Juli statt, Jonas organisiert die Getränke und die Bänke.
"""


def test_german_short_entries_over_paragraphs_are_the_items():
    agenda = parse_text(GERMAN_BULLETS_OVER_PROSE, fmt="txt")["agenda"]
    assert [it["title"] for it in agenda] == ["Haushalt", "Sommerfest"]


def test_sentences_as_entries_over_paragraphs_stay_notes():
    text = (
        "Protokoll der Sitzung vom 3. Mai 2022\n\n"
        "- Der Kassenwart stellt den Haushalt vor und beantwortet alle Fragen dazu.\n\n"
        "Die Versammlung hat dazu keine weiteren Fragen gestellt und dankt ihm.\n\n"
        "- Das Sommerfest findet am 9. Juli im Garten des Vereinsheims statt.\n\n"
        "Jonas organisiert die Getränke und die Bänke, Mira die Musik.\n"
    )
    titles = [it["title"] for it in parse_text(text, fmt="txt")["agenda"]]
    assert not any(t.startswith("Das Sommerfest") for t in titles)


def test_the_last_name_of_a_list_over_a_paragraph_is_no_item():
    text = (
        "Minutes of the AGM, 26 November 2012\n\nPresent:\n\n- Ada Lowe\n- Ben Ortiz\n- Cai Berg\n\n"
        "Too few members came to reach a quorum, so a second meeting is planned for February.\n"
    )
    result = parse_text(text, fmt="txt")
    assert "Cai Berg" not in [it["title"] for it in result["agenda"]]
    assert result["participant_count"] == 3

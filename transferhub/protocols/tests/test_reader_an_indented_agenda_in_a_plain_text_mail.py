"""An agenda list indented under "Agenda:" in a plain-text mail gives the items.

Minutes mailed as plain text indent the agenda's entries ("Agenda:" over "    * Review
outstanding actions") and name each again over its minutes ("** Review outstanding actions").
A line "#21 code style: …" names an issue by its number; it is no heading.
"""

from transferhub.protocols.reader import read_protocol


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

"""Entries under a notes label are the topics when the list's top level only names the parts.

"- **Participants:**" and "- **Notes:**" as the top level of a nested list: those name the
parts of the notes, not topics; the entries one level below "Notes" are the topics, with or
without details under them. A list whose top level names topics keeps them.
"""

from transferhub.protocols.reader import read_protocol


def _titles(text: str) -> list[str]:
    return [a["title"] for a in read_protocol(text.encode(), filename="x.md")["agenda"]]


def test_english_topics_under_a_notes_entry_beside_participants():
    assert _titles("""## Meeting #63 - 2026-03-11
Duration:
Chair:
- **Participants:**
  - Ann Lee
  - Bob Ray
  - Cem Kaya
- **Notes:**
  - Test suite for the verifier
  - Funding proposal
    - three work streams proposed
    - Board: two are fine
  - Conference in May
""") == ["Test suite for the verifier", "Funding proposal", "Conference in May"]


def test_german_topics_under_a_protokoll_entry_beside_anwesende():
    assert _titles("""## Treffen Nr. 12 am 11.03.2026
- **Anwesende:**
  - Anna Beispiel
  - Bernd Muster
- **Protokoll:**
  - Umzug der Server
    - Termin im April
  - Kassenbericht
  - Sommerfest
""") == ["Umzug der Server", "Kassenbericht", "Sommerfest"]


def test_english_topics_at_the_top_level_stay_the_items():
    assert _titles("""## Meeting #64 - 2026-04-08
- Test suite
  - passes now
- Funding
  - approved
- Conference
  - two talks accepted
""") == ["Test suite", "Funding", "Conference"]

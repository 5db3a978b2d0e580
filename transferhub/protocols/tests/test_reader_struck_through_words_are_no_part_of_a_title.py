"""Words struck through in Markdown ("~~Bildung von Arbeitsgruppen~~") are no part of a title.

Minutes kept in Markdown strike out what was dropped or renamed; an item whose old name is
struck through before its new one is still an item, under its new name.
"""

from transferhub.protocols.reader import read_protocol


def _titles(text: str) -> list[str]:
    return [a["title"] for a in read_protocol(text.encode(), filename="x.md")["agenda"]]


def test_german_numbered_item_renamed_by_striking_its_old_name():
    assert _titles("""# Planungstreffen 05.12.2018

### Tagesordnungspunkte
1. Agendaveröffentlichung
   - online gestellt
1. ~~Bildung von Arbeitsgruppen~~ Zuständigkeit für Bereiche
   - Olaf übernimmt die Werkstatt
1. GitHub/GitLab
   - wir bleiben bei GitHub
""") == ["Agendaveröffentlichung", "Zuständigkeit für Bereiche", "GitHub/GitLab"]


def test_english_headings_with_struck_words():
    assert _titles("""# Team meeting 2024-03-05

## ~~Hosting~~ Infrastructure

We move to the new server.

## Release planning ~~for May~~

We ship on Friday.
""") == ["Infrastructure", "Release planning"]

"""Minutes kept as one nested list under a single heading: its top-level items are the items."""

from transferhub.protocols.reader import read_protocol


def _titles(text: str) -> list[str]:
    r = read_protocol(text.encode(), filename="2021-07-15.md")
    return [a["title"] for a in r["agenda"]]


def test_german_orga_meeting_as_a_nested_list():
    assert _titles("""# 2021-07-15 Freifunk Orgatreffen

## Agenda

* Router
    * Netzwerk wurde aufgefrischt
* Stellungnahme
    * ist in Arbeit
* Spenden
    * Aufruf verbreiten
""") == ["Router", "Stellungnahme", "Spenden"]


def test_english_notes_as_a_nested_list():
    assert _titles("""# Team sync 2024-03-12

## Topics

- Release
    - Patch version today
- Website
    - New theme merged
- Hiring
    - Two candidates next week
""") == ["Release", "Website", "Hiring"]


def test_a_flat_list_under_one_heading_stays_one_item():
    titles = _titles("""# Treffen 2024-03-12

## Themen

* Router aufgefrischt
* Stellungnahme in Arbeit
* Spendenaufruf verbreiten
""")
    assert len(titles) == 1

"""Minutes without headings mark their topics as short labels alone on a line, each over a
list of its notes ("Stand Projekt:" over "- Der Prototyp läuft"): two or more such labels
are the items. A label of the header ("Anwesend:"), of the agenda ("Themen:") or of tasks
("Nächste Schritte:") is none, nor a label that names people present ("Anna:" over her own
list)."""

from transferhub.protocols.reader import parse_text


def _titles(text: str) -> list[str]:
    result = parse_text(text, fmt="md", filename="protokoll.md")
    if any(w["code"] == "no_items" for w in result.get("warning_codes", [])):
        return []
    return [item["title"] for item in result["agenda"]]


def test_labels_over_lists_are_the_items():
    text = (
        "Protokoll Teamtreffen 14.11.2024\n\nAnwesend: Karla, Jonas, Mira\n\n"
        "Stand Projekt:\n- Die Suche läuft auf dem Testserver.\n- Die Umfrage ist ausgewertet.\n\n"
        "Organisatorisches:\n- Raum für Dezember reserviert\n\n"
        "Karla:\n- Folien vorbereiten\n\nJonas und Mira:\n- Testdaten anlegen\n"
    )
    assert _titles(text) == ["Stand Projekt", "Organisatorisches"]


def test_english_labels_over_lists():
    text = (
        "Team sync 2024-11-14\n\nPresent: Priya, Tom\n\n"
        "Release:\n- Version 2.1 is tagged.\n\nHiring:\n- Two interviews next week\n\n"
        "Next steps:\n- Priya: draft the release notes\n"
    )
    assert _titles(text) == ["Release", "Hiring"]


def test_one_label_over_a_list_is_no_agenda():
    text = (
        "Protokoll 14.11.2024\n\nAnwesend: Karla, Jonas\n\n"
        "Themen:\n- Haushalt\n- Sommerfest\n\nDer Haushalt wurde besprochen.\n"
    )
    assert _titles(text) != ["Themen"]

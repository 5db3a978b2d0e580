"""Minutes without headings give work as a line led by the people present and what they are
to do in the infinitive ("Anna: Entwurf schreiben", "Lena und Tom: Testfälle anlegen"):
each such line is a task of those people. A line led by a name that reports, speaks, asks or
names only an area is none, nor one led by someone not present. Their topics may stand as
labels in paragraphs of their own over the paragraph of their minutes (as Word writes
them), which are the items; a person's line is no topic."""

from transferhub.protocols.reader import parse_text


def _read(text: str, fmt: str = "md") -> tuple[list[str], list[tuple]]:
    result = parse_text(text, fmt=fmt, filename=f"protokoll.{fmt}")
    titles = [item["title"] for item in result["agenda"]]
    if any(w["code"] == "no_items" for w in result.get("warning_codes", [])):
        titles = []
    found = [(t["owner"], t["text"]) for item in result["agenda"] for t in item.get("tasks", [])]
    return titles, found


HEAD = "Protokoll Teamtreffen 14.11.2024\n\nAnwesend: Karla, Jonas, Mira, Ole\n\n"


def test_lines_led_by_people_present_with_work_in_the_infinitive():
    text = HEAD + (
        "- Karla: Folien für die Abnahme vorbereiten\n"
        "- Jonas und Mira: Testdaten bis Freitag anlegen\n"
    )
    assert _read(text)[1] == [
        ("Karla", "Folien für die Abnahme vorbereiten"),
        ("Jonas, Mira", "Testdaten bis Freitag anlegen"),
    ]


def test_a_name_led_line_that_reports_speaks_asks_or_names_an_area_is_no_task():
    text = HEAD + (
        "- Jonas: hat den Kunden angerufen\n- Mira: wir müssen das noch prüfen\n"
        "- Ole: Sollen wir den Raum wechseln?\n- Karla: Folien\n"
        "- Petra: Protokoll schreiben\n"  # Petra is not among those present
    )
    assert _read(text)[1] == []


def test_labels_in_paragraphs_of_their_own_over_their_minutes_are_the_items():
    text = HEAD + (
        "Stand Projekt:\n\nDie Suche läuft auf dem Testserver.\n\n"
        "Organisatorisches:\n\nDer Raum für Dezember ist reserviert.\n\n"
        "Finanzen:\n\nDie Kasse ist geprüft.\n\nKarla: Folien vorbereiten\n"
    )
    titles, found = _read(text, fmt="docx")
    assert titles == ["Stand Projekt", "Organisatorisches", "Finanzen"]
    assert found == [("Karla", "Folien vorbereiten")]


def test_english_labels_in_paragraphs_of_their_own():
    text = (
        "Team meeting 2024-11-14\n\nPresent: Priya, Tom\n\nRelease:\n\n"
        "Version 2.1 is tagged and out.\n\nHiring:\n\nTwo interviews are planned.\n\n"
        "Budget:\n\nTravel money was approved.\n"
    )
    assert _read(text, fmt="docx")[0] == ["Release", "Hiring", "Budget"]


def test_a_list_under_the_name_of_someone_present_gives_the_work_in_it():
    text = HEAD + (
        "Stand Projekt:\n- Die Suche läuft.\n\nOrganisatorisches:\n- Raum reserviert\n\n"
        "Karla:\n- Folien vorbereiten\n- Raum für Januar buchen\n\n"
        "Jonas:\n- hat die Testdaten angelegt\n- Kunden angerufen\n- Parser fertig\n"
    )
    titles, found = _read(text)
    assert titles == ["Stand Projekt", "Organisatorisches"]
    assert found == [("Karla", "Folien vorbereiten"), ("Karla", "Raum für Januar buchen")]


def test_a_participle_in_en_reports_work_done():
    text = HEAD + "- Jonas: Kunden angerufen\n- Mira: Mails geschrieben\n- Ole: Flyer gestalten\n"
    assert _read(text)[1] == [("Ole", "Flyer gestalten")]

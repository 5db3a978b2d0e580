"""Tasks listed under a due date alone ("bis Sonntag:", "By Friday:"), one "Name: task" a line."""

from transferhub.protocols.reader import read_protocol


def _tasks(text: str, filename: str = "x.md") -> list[dict]:
    r = read_protocol(text.encode(), filename=filename)
    return [t for item in r["agenda"] for t in item.get("tasks", [])]


def test_name_lines_under_a_german_due_lead_are_tasks_due_then():
    found = _tasks(
        "# Teamtreffen am 30.05.2017\n\n## Aufgabenverteilung\n\n"
        "bis **Sonntag**:\nVova: GUI-Entwürfe\nArsenii: Zielbestimmung, Produktumgebung\n"
        "Tina: Testfälle und Use Cases\n\nbis **Dienstag**:\nAlle Ausarbeitungen gegenlesen --> Flo\n"
    )
    assert [(t["owner"], t["due"]) for t in found] == [
        ("Vova", "2017-06-04"),
        ("Arsenii", "2017-06-04"),
        ("Tina", "2017-06-04"),
        ("Flo", "2017-06-06"),
    ]
    assert found[1]["text"] == "Zielbestimmung, Produktumgebung"
    assert found[3]["text"] == "Alle Ausarbeitungen gegenlesen"


def test_an_english_due_lead_over_a_list():
    found = _tasks(
        "# Committee meeting 3 March 2024\n\n## Wrap-up\n\nBy Friday:\n"
        "- Anna: send the invoices\n- Ben: book the hall\n"
    )
    assert [(t["owner"], t["due"]) for t in found] == [
        ("Anna", "2024-03-08"),
        ("Ben", "2024-03-08"),
    ]


def test_until_the_next_meeting_lead_gives_the_next_meetings_date():
    found = _tasks(
        "# Vorstandssitzung am 12.05.2022\n\n## Kasse\n\nBis zur nächsten Sitzung:\n"
        "- Anna: Kassenprüfung vorbereiten\n\n## Nächste Sitzung\n\n09.06.2022, 19 Uhr\n"
    )
    assert [(t["owner"], t["due"]) for t in found] == [("Anna", "2022-06-09")]


def test_a_discussion_lead_with_a_date_opens_no_tasks():
    found = _tasks(
        "# Vorstandssitzung am 12.05.2022\n\n## Kasse\n\nDie Kosten bis 2020:\n"
        "- Miete: 300 Euro\n- Strom: 80 Euro\n"
    )
    assert found == []


def test_label_lines_under_each_other_stay_separate_lines():
    r = read_protocol(
        "# Sitzung am 12.05.2022\n\n## Berichte\n\nKasse: alles ausgeglichen\n"
        "Technik: der Server läuft\n".encode(),
        filename="x.md",
    )
    # Before, the two reports ran into one line: "Kasse: alles ausgeglichen Technik: …".
    assert r["agenda"][0]["minutes"] == "Kasse: alles ausgeglichen\n\nTechnik: der Server läuft"


def test_election_results_under_each_other_are_still_one_decision_each():
    r = read_protocol(
        b"# Mitgliederversammlung am 10.10.2018\n\n## TOP 4 Wahlen\n\n"
        b"Das Ergebnis der Abstimmung:\nAnna Beispiel: 5 Ja-Stimmen, keine Nein-Stimme und eine "
        b"Enthaltung\nBernd Muster: 4 Ja-Stimmen, eine Nein-Stimme und eine Enthaltung\n",
        filename="x.md",
    )
    votes = [d["votes"] for d in r["agenda"][0]["decisions"]]
    assert votes == [
        {"yes": 5, "no": 0, "abstain": 1},
        {"yes": 4, "no": 1, "abstain": 1},
    ]

"""A promise told in the perfect, as a general meeting's minutes tell what someone took on,
is that person's task: "Lena Brandt hat sich bereit erklärt, die Kasse zu prüfen", "Herr Roth
und Herr Vogt haben zugesichert, sich um die Leiter zu kümmern", "Ben has volunteered to book
the hall". Nobody named ("Es hat sich noch kein Mitglied bereit erklärt, …") and a body that
promises money or a result ("Der Verein hat zugesichert, dass die Kosten übernommen werden")
give none."""

from transferhub.protocols.reader import parse_text


def _tasks(text: str) -> list[tuple]:
    result = parse_text(text, fmt="md", filename="protokoll.md")
    return [(t["owner"], t["text"]) for item in result["agenda"] for t in item.get("tasks", [])]


def test_german_promises_in_the_perfect():
    text = (
        "# Jahreshauptversammlung 20.03.2024\n\n"
        "## TOP 5 Anträge\n\n"
        "Eine neue Leiter wird gebraucht, die Mehrheit ist dafür. Herr Roth und Herr Vogt "
        "haben zugesichert, sich um die Anschaffung zu kümmern.\n\n"
        "## TOP 6 Verschiedenes\n\n"
        "Lena Brandt hat sich bereit erklärt, die Kasse im Herbst zu prüfen.\n"
    )
    assert _tasks(text) == [
        (
            "Herr Roth, Herr Vogt",
            "Herr Roth und Herr Vogt haben zugesichert, sich um die Anschaffung zu kümmern.",
        ),
        ("Lena Brandt", "Lena Brandt hat sich bereit erklärt, die Kasse im Herbst zu prüfen."),
    ]


def test_english_promise_in_the_perfect():
    text = (
        "# AGM 2024-03-20\n\nPresent: Ben Hill, Cora Lind\n\n## Summer fair\n\n"
        "The fair will be on 6 July. Ben has volunteered to book the hall.\n\n"
        "## Any other business\n\nNone.\n"
    )
    assert _tasks(text) == [("Ben", "Ben has volunteered to book the hall.")]


def test_nobody_named_or_a_body_that_promises_a_result_gives_no_task():
    text = (
        "# Jahreshauptversammlung 20.03.2024\n\n"
        "## TOP 5 Kassenprüfung\n\n"
        "Es hat sich noch kein Mitglied bereit erklärt, diese Aufgabe zu übernehmen.\n\n"
        "## TOP 6 Leiter\n\n"
        "Der Verein hat zugesichert, dass die Kosten übernommen werden.\n"
    )
    assert _tasks(text) == []

"""A closing list of tasks is no topic, whether its label is a heading, a line in bold or a
bullet at the margin.

Notes that mark their topics with lines in bold ("**Budget**") or as a nested list often end
with the tasks under a label of the same kind ("**Action items**", "* Action items",
"**Aufgaben**"). That label closes the minutes: it is no item, and its entries stay tasks.
A to-do label between two topics is a topic like the others.
"""

from transferhub.protocols.reader import parse_text


def _titles(result: dict) -> list[str]:
    return [it["title"] for it in result["agenda"]]


def _owners(result: dict) -> list[str]:
    return [t["owner"] for it in result["agenda"] for t in it["tasks"]]


ENGLISH_BOLD = """# Kestrel project sync - 2024-05-02

**Attendees:** Noor, Ivo, Lea

**Release planning**
We aim for May. The docs are the blocker.

**CI status**
The runner failed twice this week.

**Roadmap**
Deferred to next time.

**Action items**
- Ivo: add monitoring to the runner
"""


def test_english_bold_action_items_label_closes_the_minutes():
    result = parse_text(ENGLISH_BOLD, fmt="md")
    assert _titles(result) == ["Release planning", "CI status", "Roadmap"]
    assert "Ivo" in _owners(result)


GERMAN_BOLD = """# Vorstandssitzung 02.05.2024

**Anwesend:** Noor, Ivo, Lea

**Sommerfest**
Das Fest findet am 21. Juni statt.

**Kasse**
Der Kontostand ist gut.

**Aufgaben**
- Ivo bucht den Saal bis 15.05.
"""


def test_german_bold_task_label_closes_the_minutes():
    result = parse_text(GERMAN_BOLD, fmt="md")
    assert _titles(result) == ["Sommerfest", "Kasse"]
    assert _owners(result) == ["Ivo"]


ENGLISH_BULLETS = """Kestrel WG meeting, May 2, 2024

Attendees: Noor Aziz, Ivo Berg, Lea Chen

* Release planning (Noor)
  * we aim for May
* CI status (Ivo)
  * the runner failed twice
* Action items
  * Ivo to add monitoring
  * Noor to draft the release notes
"""


def test_english_action_items_bullet_after_the_topics_is_no_topic():
    result = parse_text(ENGLISH_BULLETS, fmt="md")
    assert _titles(result) == ["Release planning", "CI status"]
    assert sorted(_owners(result)) == ["Ivo", "Noor"]


GERMAN_BULLETS_BETWEEN = """Treffen der AG Technik, 02.05.2024

Anwesend: Noor, Ivo, Lea

* Serverumzug
  * Termin steht
* To-dos
  * Ivo sammelt die offenen Punkte ein
* Kasse
  * alles in Ordnung
"""


def test_german_todo_bullet_between_topics_is_a_topic():
    assert _titles(parse_text(GERMAN_BULLETS_BETWEEN, fmt="md")) == [
        "Serverumzug",
        "To-dos",
        "Kasse",
    ]

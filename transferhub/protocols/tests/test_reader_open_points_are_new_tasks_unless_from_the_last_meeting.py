"""A heading of open points ("Offene Punkte / ToDos", "Open Items") lists tasks given now; only
one that says they come from the last meeting ("Offene Punkte aus der letzten Sitzung",
"Actions from the last meeting") reviews tasks given before."""

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.tasks import is_review


def _tasks(result: dict) -> list[tuple[str | None, str]]:
    return [(t["owner"], t["text"]) for item in result["agenda"] for t in item["tasks"]]


def test_which_headings_review():
    assert not is_review("Offene Punkte / ToDos")
    assert not is_review("Offene Punkte")
    assert is_review("Offene Punkte aus der letzten Sitzung")
    assert is_review("Offene Punkte der letzten Sitzung")
    assert is_review("Alte ToDos")
    assert is_review("Actions from the last meeting")
    assert is_review("Actions from previous meetings")  # a form's head for all earlier ones
    assert not is_review("Actions from this meeting")


def test_open_points_as_a_table_german():
    result = read_protocol(
        """# Review-Meeting 10.03.2026

## 1) Ergebnisse

Die Anwendung wurde vorgeführt.

## 2) Offene Punkte / ToDos

| Nr. | Aufgabe | Verantwortlich | Deadline | Status |
|---|---|---|---|---|
| A1 | Suchradius auf 100 km begrenzen | Projektteam | nächster Termin | open |
| A2 | Jahresmittel nochmals prüfen | Projektteam | nächster Termin | open |

## 3) Offene Punkte aus der letzten Sitzung

| Nr. | Aufgabe | Verantwortlich | Status |
|---|---|---|---|
| B1 | Logo entwerfen | Projektteam | erledigt |
""".encode(),
        filename="protokoll.md",
    )
    assert _tasks(result) == [
        ("Projektteam", "Suchradius auf 100 km begrenzen"),
        ("Projektteam", "Jahresmittel nochmals prüfen"),
    ]


def test_open_items_english():
    result = read_protocol(
        b"""# Project review 10 March 2026

## 1. Results

The application was shown.

## 2. Actions from the last meeting

- Anna to draft the logo (done)

## 3. Open Items

- Ben to limit the search radius
""",
        filename="minutes.md",
    )
    assert [owner for owner, _ in _tasks(result)] == ["Ben"]

"""Every item of a list under a to-do heading is one task whatever it says, asked or not
("Start tagging issues as blockers?"); a question as such ("Who books the room?", "Hat
jemand Zeit?") or asked in a paragraph there is none."""

from transferhub.protocols.reader import read_protocol


def _texts(result: dict) -> list[str]:
    return [t["text"] for item in result["agenda"] for t in item["tasks"]]


def test_questions_in_a_list_of_action_items_english():
    result = read_protocol(
        b"""# Working group 19 September 2022

## Release

We looked at the release plan.

## Action items

- Merge develop into main
- Start tagging issues with blocker-candidate?
- Who books the room?

Does anyone know when the next conference is?
""",
        filename="minutes.md",
    )
    assert _texts(result) == [
        "Merge develop into main",
        "Start tagging issues with blocker-candidate?",
    ]


def test_questions_in_a_list_of_tasks_german():
    result = read_protocol(
        """# Treffen am 19.09.2022

## Sommerfest

Wir planen das Fest.

### Aufgaben

- Raum im Gemeindehaus anfragen?
- Getränke bestellen
- Hat jemand Zeit für den Aufbau?

Weiß jemand, wann der Raum frei ist?
""".encode(),
        filename="protokoll.md",
    )
    assert _texts(result) == ["Raum im Gemeindehaus anfragen?", "Getränke bestellen"]

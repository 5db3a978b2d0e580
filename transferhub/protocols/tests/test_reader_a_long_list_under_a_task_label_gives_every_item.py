"""A list under a task label ("Action Items:", "Aufgaben:") gives every item as a task, however
long the list is (the reader stopped after six)."""

from transferhub.protocols.reader import read_protocol


def _count(text: str, name: str) -> int:
    result = read_protocol(text.encode(), filename=name)
    return sum(len(item["tasks"]) for item in result["agenda"])


def test_english_list_of_nine_actions():
    actions = "\n".join(f"   - Review pull request number {k}." for k in range(1, 10))
    text = f"""# Working group meeting 2024-07-03

## Discussion

- Security of the registry was discussed.
- Action Items:
{actions}
"""
    assert _count(text, "wg.md") == 9


def test_german_list_of_eight_tasks():
    aufgaben = "\n".join(f"- Stand {k} für das Sommerfest aufbauen" for k in range(1, 9))
    text = f"""# Vorstandssitzung am 03.07.2024

## TOP 1 Sommerfest

Aufgaben:

{aufgaben}
"""
    assert _count(text, "vorstand.md") == 8

"""A list under a decision label ("Resolved", "Beschlüsse") whose lines are led by people
present and what they are to do ("- Mara: Ask the landlord about the heating", "- Jo/Kim:
Sort out the rota", "- Tilo: Angebote bis Freitag einholen") settles who does what: each such
line is a task of those people as well as a decision. A line led by a name that reports or
answers ("Kim: We have the keys", "Jo: Done") and a line led by someone not present give
none."""

from transferhub.protocols.reader import parse_text


def _read(text: str) -> tuple[int, list[tuple]]:
    result = parse_text(text, fmt="md", filename="minutes.md")
    decided = sum(len(item.get("decisions", [])) for item in result["agenda"])
    found = [(t["owner"], t["text"]) for item in result["agenda"] for t in item.get("tasks", [])]
    return decided, found


def test_english_resolved_list_of_who_does_what():
    text = (
        "## Plenum 2024-04-11\n\n- Present: Mara, Jo, Kim, Tilo\n\n"
        "### Heating\n\n- The radiators are cold again.\n\n**Resolved**\n\n"
        "- Mara: Ask the landlord about the heating\n"
        "- Jo/Kim: Sort out the rota for the winter\n"
    )
    decided, found = _read(text)
    assert decided == 2
    assert found == [
        ("Mara", "Ask the landlord about the heating"),
        ("Jo, Kim", "Sort out the rota for the winter"),
    ]


def test_german_decisions_of_who_does_what():
    text = (
        "## Sitzung 11.04.2024\n\n- Anwesend: Mara, Jo, Kim, Tilo\n\n"
        "### Heizung\n\nBeschlüsse:\n\n"
        "- Tilo: Angebote für neue Thermostate einholen\n"
        "- Die Heizung wird im Mai gewartet.\n"
    )
    assert _read(text)[1] == [("Tilo", "Angebote für neue Thermostate einholen")]


def test_lines_that_report_or_answer_or_name_a_stranger_give_no_task():
    text = (
        "## Plenum 2024-04-11\n\n- Present: Mara, Jo, Kim, Tilo\n\n"
        "### Keys\n\n**Resolved**\n\n"
        "- Kim: We have the keys now\n"
        "- Jo: Done\n"
        "- Petra: Ask the landlord for a spare key\n"
        "- Tilo: Agreed with the proposal\n"
    )
    assert _read(text)[1] == []

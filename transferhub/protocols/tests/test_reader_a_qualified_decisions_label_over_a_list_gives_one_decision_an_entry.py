"""A label naming the decisions with a qualifier ("Key decisions:", "Decisions taken:",
"Getroffene Entscheidungen:") over a list makes each entry a decision, as "Decisions" alone
does; "Decisions:" alone stays the label read with what follows it."""

from transferhub.protocols.reader import read_protocol


def _decisions(text: str) -> list[tuple[str, str]]:
    agenda = read_protocol(text.encode(), filename="x.md")["agenda"]
    return [(d["kind"], d["text"]) for it in agenda for d in it["decisions"]]


def test_key_decisions_over_a_list():
    text = (
        "# Board meeting 5 March 2024\n\nPresent: Anna Berg, Tom Hale, Rita Moss\n\n"
        "## 1. Budget\n\nThe treasurer presented the draft budget.\n\n"
        "Key decisions:\n- Keep the reserve at 5000 EUR.\n- Publish the budget online.\n\n"
        "## 2. Website\n\nDiscussion of the new design.\n"
    )
    assert _decisions(text) == [
        ("agreement", "Keep the reserve at 5000 EUR."),
        ("agreement", "Publish the budget online."),
    ]


def test_getroffene_beschluesse_over_a_list():
    text = (
        "# Vorstandssitzung am 5. März 2024\n\nAnwesend: Anna Berg, Tom Hale, Rita Moss\n\n"
        "## TOP 1 Haushalt\n\nDer Kassenwart stellt den Entwurf vor.\n\n"
        "Gefasste Beschlüsse:\n- Die Rücklage bleibt bei 5000 EUR.\n"
        "- Der Haushalt wird online veröffentlicht.\n\n"
        "## TOP 2 Website\n\nDas neue Design wird besprochen.\n"
    )
    assert [k for k, _ in _decisions(text)] == ["resolution", "resolution"]


def test_a_list_under_another_label_gives_no_decision():
    text = (
        "# Board meeting 5 March 2024\n\nPresent: Anna Berg, Tom Hale, Rita Moss\n\n"
        "## 1. Budget\n\nKey points:\n- The reserve is 5000 EUR.\n- The budget is online.\n\n"
        "## 2. Website\n\nDiscussion of the new design.\n"
    )
    assert _decisions(text) == []

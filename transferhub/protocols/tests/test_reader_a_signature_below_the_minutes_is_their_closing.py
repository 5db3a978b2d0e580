"""The signer's name over their role in brackets ("Bernadette Beispiel" / "(Schriftführerin)",
"Jo Example" / "(Secretary)"), as associations sign their minutes, closes them: it is no
task or note of the last item. All text invented.
"""

import pytest

from transferhub.protocols.reader import read_protocol
from transferhub.protocols.reader.states import closing_start

LINES = ["1. Budget", "Approved.", "", "-----", "", "{name}", "", "{role}"]


@pytest.mark.parametrize(
    ("name", "role"),
    [("Bernadette Beispiel", "(Schriftführerin)"), ("Jo Example", "(Secretary)")],
)
def test_a_name_over_a_role_in_brackets_is_the_closing(name, role):
    lines = [x.format(name=name, role=role) for x in LINES]
    assert closing_start(lines, 0, 1) == 2


def test_a_name_without_a_role_stays_in_the_item():
    lines = ["1. Budget", "Approved.", "", "Bernadette Beispiel", "", "Danke an alle"]
    assert closing_start(lines, 0, 1) == len(lines)


def test_the_tasks_under_the_last_item_end_before_the_signature():
    text = (
        "Vorstandssitzung 23.10.2024\n\n1. Berichte\n\nDie Kasse ist geprüft.\n\n"
        "2. Aufgaben\n\n- [ ] Sponsoring klären (FL)\n- [ ] Raum buchen (DN)\n\n"
        "---------------------------------\n\nBernadette Beispiel\n\n(Schriftführerin)\n"
    )
    got = read_protocol(text.encode(), filename="vorstand.md")
    assert [t["text"] for t in got["agenda"][-1]["tasks"]] == ["Sponsoring klären", "Raum buchen"]

"""A heading that names the minutes above the meeting's date ("## Projekt 7: Gruppenprojekt
Protokoll" over "Termin: 22.06.2016", as students' group minutes set their title page) is
part of the title, not the first item, and the date and times below it are the header's; a
heading with such a word further down ("## Old minutes") stays an item. All text invented.
"""

import pytest

from transferhub.protocols.reader import read_protocol

DE = (
    "## Beispiel-Universität\n\n# Softwaretechnik\n\n## Projekt 4: Gruppenprojekt Protokoll\n\n"
    "Gruppenmitglieder: Anna Beispiel\nBen Muster\n\nTermin: 12.06.2024\n\n"
    "Dauer: 14.00 Uhr bis 16.00 Uhr\n\n## Organisatorisches\n\nDie Rollen stehen fest.\n\n"
    "## Letzte Woche\n\nDer Prototyp läuft.\n"
)
EN = (
    "## Example University\n\n# Software Engineering\n\n## Project 4: group meeting minutes\n\n"
    "Members: Ann Example\nBob Sample\n\nDate: 12 June 2024\n\nDuration: 14:00 - 16:00\n\n"
    "## Organisation\n\nRoles are settled.\n\n## Last week\n\nThe prototype runs.\n"
)


@pytest.mark.parametrize(
    ("text", "titles"),
    [(DE, ["Organisatorisches", "Letzte Woche"]), (EN, ["Organisation", "Last week"])],
)
def test_the_title_heading_above_the_date_is_no_item(text, titles):
    got = read_protocol(text.encode(), filename="protokoll.md")
    assert [a["title"] for a in got["agenda"]] == titles
    assert (got["date"], got["start"], got["end"]) == ("2024-06-12", "14:00", "16:00")


def test_a_heading_with_minutes_in_it_below_the_date_is_an_item():
    text = (
        "# Committee meeting\n\nDate: 12 June 2024\n\n## Old minutes\n\nAccepted.\n\n"
        "## Treasury report\n\nHealthy.\n"
    )
    got = read_protocol(text.encode(), filename="committee.md")
    assert [a["title"] for a in got["agenda"]] == ["Old minutes", "Treasury report"]

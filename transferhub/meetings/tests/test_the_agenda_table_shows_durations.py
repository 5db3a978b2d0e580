"""The agenda table on the meeting page has a column with each item's planned duration."""

import re


def agenda_rows(response) -> list[str]:
    table = re.search(r'<table class="agenda.*?</table>', response.content.decode(), re.S)[0]
    return [
        " ".join(re.sub(r"<[^>]+>", " ", row).split())
        for row in re.findall(r"<tr.*?</tr>", table, re.S)
    ]


def test_every_row_shows_its_duration(client_as, seed_meeting):
    rows = agenda_rows(client_as("member").get(seed_meeting.get_absolute_url()))
    assert rows[0].startswith("Was Wer wann Dauer")
    first = next(r for r in rows if "Neues aus der Offensive Mittelstand" in r)
    assert "09:00 20 Min." in first
    pause = next(r for r in rows if r.startswith("Pause"))
    assert "10 Min." in pause

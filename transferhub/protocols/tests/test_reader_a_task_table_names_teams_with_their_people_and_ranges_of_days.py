"""A task table's owner column as written: a team with its people in brackets ("Storage
(Pavan)"), people joined by "/", "+" or an arrow given as "Luis, James"; a due column with a
range of days ("Oct 2–3", "2.10.–3.10.2025") is due on the last of them."""

from transferhub.protocols.reader import read_protocol


def _tasks(text: str, name: str) -> list[tuple[str, str | None, str | None]]:
    result = read_protocol(text.encode(), filename=name)
    return [(t["text"], t["owner"], t["due"]) for item in result["agenda"] for t in item["tasks"]]


def test_english_action_table():
    tasks = _tasks(
        """# Migration planning meeting

Date: September 30, 2025

## Action Items

| # | Action | Owner | Due |
|---|---|---|---|
| 1 | Send the updated spreadsheet. | Storage (Pavan) | Oct 1 |
| 2 | Populate share sizes. | Storage | Oct 2–3 |
| 3 | Create the AD group. | Automotive (Luis/James) | Oct 7 |
| 4 | Resend the bucket details. | James → Storage | Oct 2 |
| 5 | Validate the share list. | Rodrigo + James | Oct 3–6, 2025 |
""",
        "plan.md",
    )
    assert tasks == [
        ("Send the updated spreadsheet.", "Storage (Pavan)", "2025-10-01"),
        ("Populate share sizes.", "Storage", "2025-10-03"),
        ("Create the AD group.", "Automotive (Luis, James)", "2025-10-07"),
        ("Resend the bucket details.", "James, Storage", "2025-10-02"),
        ("Validate the share list.", "Rodrigo, James", "2025-10-06"),
    ]


def test_german_task_table():
    tasks = _tasks(
        """# Vorstandssitzung am 30.09.2025

## Aufgaben

| Was | Wer | Bis |
|---|---|---|
| Belege scannen | Kasse (Anna) | 2.10.–3.10.2025 |
| Flyer drucken | Anna/Ben | 06.10.2025 |
""",
        "vorstand.md",
    )
    assert tasks == [
        ("Belege scannen", "Kasse (Anna)", "2025-10-03"),
        ("Flyer drucken", "Anna, Ben", "2025-10-06"),
    ]

"""A table whose column says what was decided ("| Topic | Decision / Agreement | Responsible
|", "| Thema | Beschluss | Verantwortlich |") records decisions, not tasks; in the task table
below it "Team" alone names no one, as "all" does not."""

from transferhub.protocols.reader import read_protocol


def _tasks(text: str, name: str) -> list[tuple[str, str | None, str | None]]:
    result = read_protocol(text.encode(), filename=name)
    return [(t["text"], t["owner"], t["due"]) for item in result["agenda"] for t in item["tasks"]]


def test_english_decision_table_and_action_table():
    tasks = _tasks(
        """# Terraform planning

Date: October 2, 2025

## Decisions and Agreements

| # | Topic | Decision / Agreement | Responsible |
|---|---|---|---|
| 1 | Repository | Fork the repo under our organisation. | Rodrigo |
| 2 | Pipeline | Use the existing job template. | Team |

## Action Items

| Action | Owner | Due Date |
|---|---|---|
| Share the forked repo link. | Rodrigo | Oct 3, 2025 |
| Keep reviewing the runbook. | Team | Oct 6, 2025 |
""",
        "plan.md",
    )
    assert tasks == [
        ("Share the forked repo link.", "Rodrigo", "2025-10-03"),
        ("Keep reviewing the runbook.", None, "2025-10-06"),
    ]


def test_german_decision_table_and_task_table():
    tasks = _tasks(
        """# Teamtreffen am 02.10.2025

## Beschlüsse

| Thema | Beschluss | Verantwortlich |
|---|---|---|
| Repository | Wir forken das Repository. | Anna |

## Aufgaben

| Was | Wer | Bis |
|---|---|---|
| Link zum Fork teilen | Anna | 03.10.2025 |
| Runbook lesen | Das Team | 06.10.2025 |
""",
        "team.md",
    )
    assert tasks == [
        ("Link zum Fork teilen", "Anna", "2025-10-03"),
        ("Runbook lesen", None, "2025-10-06"),
    ]

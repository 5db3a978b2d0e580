"""Small invented minutes (Protokolle) of the AG Transfer, each one different, for bulk imports."""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

PEOPLE = [
    ("Prof. Dr.", "Maria Lehmann", "Hochschule Fulda"),
    ("", "Katrin Vogt", "IG Metall"),
    ("Dr.", "Jonas Weber", "BAuA"),
    ("", "Stefan Brandt", "Handwerkskammer Köln"),
]
SUBJECTS = [
    "Haushalt",
    "Praxishilfe Mobiles Arbeiten",
    "Umsetzungshilfe Liquidität",
    "Befragung der Partner",
    "Qualifizierung KI",
    "Kurzinfo Pflege",
]


@dataclass(frozen=True)
class Minutes:
    """One generated file and what the importer must make of it."""

    name: str
    text: str
    date: dt.date
    items: int
    decisions: int
    tasks: int
    participants: int


def minutes(n: int, *, marker: str, start: dt.date = dt.date(2023, 1, 9)) -> Minutes:
    """The n-th invented minutes: a date of its own, 3 to 6 items, some decisions and tasks.

    `marker` appears in the text (and so in the meeting's source text), to find it again.
    """
    date = start + dt.timedelta(days=7 * n)
    count = 3 + n % 4
    attendees = PEOPLE[: 2 + n % 3]
    lines = [
        "# Protokoll der AG Transfer",
        "",
        f"**Datum:** {date:%d.%m.%Y}, 10:00 – 12:30 Uhr",
        "Ort: Heidelberg, Haus der Wirtschaft",
        "",
        "Teilnehmende:",
        *(f"- {f'{title} ' if title else ''}{name} ({org})" for title, name, org in attendees),
        "",
    ]
    decisions = tasks = 0
    for index in range(1, count + 1):
        subject = SUBJECTS[(n + index) % len(SUBJECTS)]
        lines += [f"## TOP {index}: {subject} ({n}.{index})", ""]
        lines += [f"{attendees[index % len(attendees)][1]} berichtet. Kennung {marker}.", ""]
        if index % 2 == 0:
            decisions += 1
            lines += [
                f"Beschluss: Die AG Transfer beschließt Punkt {index} der Sitzung {n}.",
                f"Abstimmung: {5 + index} ja, 0 nein, {n % 3} Enthaltung",
                "",
            ]
        if index % 3 != 1:
            tasks += 1
            owner = attendees[(n + index) % len(attendees)][1]
            due = date + dt.timedelta(days=14 * index)
            lines += [f"Aufgabe: {subject} weiterführen ({owner}, bis {due:%d.%m.%Y})", ""]
    lines += [f"Protokoll: {attendees[0][1]}", ""]
    return Minutes(
        name=f"ag-transfer-{date:%Y-%m-%d}-{marker}.md",
        text="\n".join(lines),
        date=date,
        items=count,
        decisions=decisions,
        tasks=tasks,
        participants=len(attendees),
    )


def write_minutes(directory: Path, count: int, *, marker: str) -> list[tuple[Path, Minutes]]:
    """Write `count` generated minutes files into `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for n in range(count):
        m = minutes(n, marker=marker)
        path = directory / m.name
        path.write_text(m.text, encoding="utf-8")
        written.append((path, m))
    return written

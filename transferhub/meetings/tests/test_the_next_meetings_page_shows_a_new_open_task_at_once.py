"""The next meeting's page lists the body's open tasks as they are on every view: a task
added since shows at once with its owner, due date (overdue marked), meeting and status;
a task done leaves the list; the text is escaped and cut after 30 words."""

import datetime as dt

from transferhub.decisions.models import Task

from .conftest import page_text


def open_tasks(client, meeting) -> str:
    text = page_text(client.get(meeting.get_absolute_url()))
    return text[text.index("Offene Aufgaben des Gremiums") :]


def test_a_task_added_or_done_shows_on_the_next_view(
    client_as, seed_meeting, planned_meeting, ag_transfer, people
):
    client = client_as("member")
    assert "Glossar <b>fett</b>" not in open_tasks(client, planned_meeting)
    task = Task.objects.create(
        body=ag_transfer,
        meeting=seed_meeting,
        text="Glossar <b>fett</b> " + "weiter " * 40,
        owner_person=people["chair"],
        due_date=dt.date(2022, 10, 1),
    )
    rows = open_tasks(client, planned_meeting)
    row = rows[rows.index("Glossar &lt;b&gt;fett&lt;/b&gt;") :]
    row = row[: row.index("</tr>")]
    assert row.count("weiter") == 28 and "weiter …</a>" in row
    assert f'href="/aufgaben/{task.pk}/"' in rows
    assert "<td>Prof. Dr. Oliver Kruse</td>" in row
    assert '01.10.2022 <span class="badge overdue">überfällig</span>' in row
    assert f'<a href="{seed_meeting.get_absolute_url()}">{seed_meeting.date:%d.%m.%Y}</a>' in row
    assert "<td>offen</td>" in row
    Task.objects.filter(pk=task.pk).update(status=Task.Status.DONE)
    assert "Glossar &lt;b&gt;" not in open_tasks(client, planned_meeting)


def test_a_task_of_the_body_itself_shows_without_a_meeting(client_as, planned_meeting, ag_transfer):
    Task.objects.create(body=ag_transfer, text="Zwischendurch gesetzt", owner_body=ag_transfer)
    Task.objects.filter(text="Zwischendurch gesetzt").update(
        created=dt.datetime(2022, 11, 1, tzinfo=dt.UTC)
    )
    rows = open_tasks(client_as("member"), planned_meeting)
    row = rows[rows.index("Zwischendurch gesetzt") :]
    row = row[: row.index("</tr>")]
    assert f"<td>{ag_transfer.name}</td>\n    <td>–</td>\n    <td>–</td>" in row

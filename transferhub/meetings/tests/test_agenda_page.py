"""The agenda page of the seed's meeting: Was / Wer / wann, minutes, decisions, tasks."""

import datetime as dt

from transferhub.decisions.models import Task
from transferhub.meetings import services

from .conftest import page_text


def test_it_shows_the_agenda_like_the_seed(client_as, seed_meeting):
    text = page_text(client_as("member").get(seed_meeting.get_absolute_url()))
    for heading in (
        '<th scope="col">Was</th>',
        '<th scope="col">Wer</th>',
        '<th scope="col">wann</th>',
    ):
        assert heading in text
    assert "Prof. Dr. Oliver Kruse (Offensive Mittelstand)" in text
    assert "Achim Sieker (BMAS – Bundesministerium für Arbeit und Soziales)" in text
    starts = [
        "09:00",
        "09:20",
        "09:50",
        "10:20",
        "10:50",
        "11:00",
        "11:20",
        "11:50",
        "12:20",
        "12:50",
    ]
    positions = [text.index(f"<td>{s}</td>") for s in starts]
    assert positions == sorted(positions)
    assert '<tr id="top-' in text and 'class="break"' in text
    assert "Der Plan läuft über das Ende" not in text
    assert "Protokollentwurf" in text  # the state badge
    assert "<dd>30</dd>" in text  # participants
    assert "Theresa Joerißen" in text  # note-taker


def test_it_shows_minutes_decisions_and_tasks_under_each_item(client_as, seed_meeting):
    text = page_text(client_as("member").get(seed_meeting.get_absolute_url()))
    assert "Protokoll zu Umsetzungshilfe" in text
    assert "Die Vorstellung wurde vertagt." in text
    assert "vertagt" in text
    assert text.count('class="decision"') == 5
    assert "AG Transfer 2022/1" in text
    item_3 = text.index('id="protokoll-', text.index("Protokoll zu Umsetzungshilfe") - 600)
    assert text.index("Die Umsetzungshilfe wird um ein Glossar ergänzt.") > item_3


def test_it_lists_the_open_tasks_of_the_body_on_the_next_meeting(
    client_as, seed_meeting, ag_transfer, people
):
    following = services.meeting_create(
        body=ag_transfer,
        name="AG Transfer",
        date=dt.date(2022, 11, 24),
        start_time=dt.time(9),
        end_time=dt.time(11),
    )
    Task.objects.filter(text__startswith="Ansprache").update(status=Task.Status.DONE)
    text = page_text(client_as("member").get(following.get_absolute_url()))
    assert "Offene Aufgaben des Gremiums" in text
    assert "Die Umsetzungshilfe wird um ein Glossar ergänzt." in text
    assert "Ansprache von Bankenverbänden" not in text
    assert "Genehmigung des Protokolls vom 15.09.2022" in text


def test_minutes_are_rendered_from_markdown_without_scripts(client_as, seed_meeting):
    item = seed_meeting.agenda_items.get(number="1")
    services.minutes_record(
        item=item, minutes="**Wichtig**\n\n<script>alert(1)</script>\n\n[x](javascript:alert(2))"
    )
    text = page_text(client_as("member").get(seed_meeting.get_absolute_url()))
    assert "<strong>Wichtig</strong>" in text
    assert "<script>alert(1)" not in text
    assert "javascript:alert" not in text


def test_the_calendar_file_downloads_for_members(client_as, seed_meeting):
    from icalendar import Calendar

    response = client_as("member").get(f"{seed_meeting.get_absolute_url()}kalender.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert "attachment" in response["Content-Disposition"]
    event = Calendar.from_ical(response.content).walk("VEVENT")[0]
    assert event.decoded("dtstart").hour == 9

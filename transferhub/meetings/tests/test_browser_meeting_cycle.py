"""One walk through the meeting cycle in Chromium: plan → record → approve → follow up."""

import re

import pytest
from playwright.sync_api import Page, expect

from transferhub.lib.testing.browser import field, login, sign_in
from transferhub.meetings.models import Meeting

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_secretary_plans_records_approves_and_follows_up(page: Page, live_server, people):
    base = live_server.url
    sign_in(page, base, "secretariat")

    # Plan: a meeting with two items and a break; the agenda computes the times.
    page.goto(f"{base}/sitzungen/neu/")
    field(page, "Gremium").select_option(label="AG Transfer")
    field(page, "Datum").fill("2022-09-15")
    field(page, "Beginn").fill("09:00")
    field(page, "Ende").fill("10:00")
    page.get_by_role("button", name="Sitzung anlegen").click()
    expect(page.get_by_role("heading", name="Tagesordnung")).to_be_visible()
    meeting_url = page.url

    for name, minutes in [
        ("Neues aus der Offensive Mittelstand", "20"),
        ("Umsetzungshilfe Finanzierung und Liquidität", "30"),
    ]:
        page.get_by_role("link", name="Punkt hinzufügen").click()
        field(page, "Titel").fill(name)
        field(page, "Dauer (Minuten)").fill(minutes)
        page.get_by_role("button", name="Speichern").click()
    agenda = page.locator("table.agenda")
    expect(agenda).to_contain_text("09:20")
    # 20 + 30 minutes fit into one hour; 20 more do not: the page warns.
    page.get_by_role("link", name="Punkt hinzufügen").click()
    field(page, "Titel").fill("Verschiedenes")
    field(page, "Dauer (Minuten)").fill("20")
    page.get_by_role("button", name="Speichern").click()
    expect(page.get_by_role("alert")).to_contain_text("Der Plan läuft über das Ende")

    # Record: minutes, a decision and a task on item 2.
    page.get_by_role("link", name="Protokoll: Umsetzungshilfe Finanzierung und Liquidität").click()
    field(page, "Protokoll (Markdown)").fill("Die Umsetzungshilfe wird **vorgestellt**.")
    page.get_by_role("button", name="Protokoll speichern").click()
    page.get_by_text("Beschluss hinzufügen").click()
    field(page, "Beschlusstext").fill("Die Umsetzungshilfe wird ins Layout gegeben.")
    page.get_by_role("button", name="Beschluss festhalten").click()
    expect(page.locator(".decision")).to_contain_text("AG Transfer 2022/1")
    page.get_by_text("Aufgabe hinzufügen").click()
    field(page, "Aufgabe").fill("Glossar ergänzen")
    field(page, "zuständig (Person)").select_option(
        label="Kruse, Prof. Dr. Oliver (Offensive Mittelstand)"
    )
    field(page, "fällig am").fill("2022-10-31")
    page.get_by_role("button", name="Aufgabe anlegen").click()
    expect(page.get_by_role("link", name="Glossar ergänzen")).to_be_visible()

    # Approve: the minutes freeze.
    page.goto(meeting_url)
    page.get_by_role("link", name="Protokoll genehmigen").click()
    page.get_by_role("button", name="Protokoll genehmigen").click()
    expect(page.get_by_text("Das Protokoll ist genehmigt und eingefroren")).to_be_visible()
    meeting = Meeting.objects.get(date="2022-09-15")
    assert meeting.state == Meeting.State.MINUTES_APPROVED
    assert meeting.minutes_versions.count() == 1

    # Follow up: the next meeting gets the approval item and lists the open task.
    page.goto(f"{base}/sitzungen/neu/")
    field(page, "Gremium").select_option(label="AG Transfer")
    field(page, "Datum").fill("2022-11-24")
    field(page, "Beginn").fill("09:00")
    field(page, "Ende").fill("11:00")
    page.get_by_role("button", name="Sitzung anlegen").click()
    expect(page.locator("table.agenda")).to_contain_text(
        "Genehmigung des Protokolls vom 15.09.2022"
    )
    expect(page.get_by_text("Glossar ergänzen")).to_be_visible()

    # The owner finds it under "Meine Aufgaben" and marks it done.
    page.get_by_role("button", name="Abmelden").click()
    login(page, base, "chair")
    page.locator(".site-menu summary", has_text="Sitzungen").click()  # the header's group
    page.get_by_role("link", name="Meine Aufgaben").click()
    task = page.locator(".task", has_text="Glossar ergänzen")
    expect(task).to_be_visible()
    task.get_by_role("button", name=re.compile("erledigt", re.IGNORECASE)).click()
    expect(page.locator(".task", has_text="Glossar ergänzen")).to_contain_text("erledigt")
    assert meeting.tasks.get().status == "done"

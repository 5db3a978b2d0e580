"""One walk through finding a date in Chromium: propose → answer by link → choose → invite."""

import re

import pytest
from django.core import mail
from django.utils import translation
from playwright.sync_api import Page, expect

from transferhub.lib.testing.browser import field, sign_in
from transferhub.meetings.forms_polls import slot_label
from transferhub.meetings.models import DatePoll, Meeting

from .conftest import days_ahead

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_secretary_finds_a_date_with_the_members(page: Page, live_server, people):
    base = live_server.url
    sign_in(page, base, "secretariat")

    # Propose three slots for the AG Transfer.
    page.goto(f"{base}/sitzungen/")
    page.locator("main").get_by_role("link", name="Terminfindung").click()
    page.get_by_role("link", name="Neue Terminfindung").click()
    field(page, "Gremium").select_option(label="AG Transfer")
    field(page, "Ort").fill("online")
    slots = [(days_ahead(14), "09:00", "11:00"), (days_ahead(15), "14:00", "16:00")]
    slots.append((days_ahead(21), "10:00", "12:00"))
    for number, (date, start, end) in enumerate(slots, start=1):
        row = page.get_by_role("group", name=f"Termin {number}")
        field(row, "Datum").fill(date.isoformat())
        field(row, "Beginn").fill(start)
        field(row, "Ende").fill(end)
    page.get_by_role("button", name="Terminfindung starten").click()
    expect(page.get_by_role("heading", name="Terminfindung: AG Transfer")).to_be_visible()
    expect(page.get_by_text("3 Personen sind eingeladen")).to_be_visible()
    poll = DatePoll.objects.get()
    with translation.override("de"):
        labels = [slot_label(slot) for slot in poll.slots.all()]

    # The member answers through the personal link in their mail, without login.
    (invitation,) = [m for m in mail.outbox if m.to == [people["member"].email]]
    link = re.search(r"https?://\S+(/sitzungen/terminfindung/link/\S+/)", invitation.body)[1]
    page.get_by_role("button", name="Abmelden").click()
    page.goto(f"{base}{link}")
    expect(page.get_by_text("Sie antworten als Wilhelm Heidbrede")).to_be_visible()
    for label, answer in zip(labels, ["Nein", "Ja", "Wenn nötig"], strict=True):
        page.get_by_role("group", name=label).get_by_label(answer, exact=True).check()
    page.get_by_role("button", name="Antworten speichern").click()
    expect(page.get_by_text("Vielen Dank! Ihre Antworten sind gespeichert.")).to_be_visible()

    # The secretariat sees the best slot first and chooses it.
    sign_in(page, base, "secretariat")
    page.goto(f"{base}{poll.get_absolute_url()}")
    best = page.locator("table.ranking tbody tr").first
    expect(best).to_contain_text(labels[1])
    expect(best).to_contain_text("bester Termin")
    mail.outbox.clear()
    best.get_by_role("link", name=re.compile("wählen$")).click()
    expect(page.get_by_role("radio", name=re.compile(re.escape(labels[1])))).to_be_checked()
    page.get_by_role("button", name="Termin festlegen und einladen").click()

    # The meeting exists, and the members have their invitations with the .ics.
    expect(page.get_by_role("heading", name="Tagesordnung")).to_be_visible()
    expect(page.get_by_text("3 Einladungen wurden verschickt")).to_be_visible()
    meeting = Meeting.objects.get()
    assert meeting.date == slots[1][0] and meeting.state == Meeting.State.INVITED
    poll.refresh_from_db()
    assert poll.state == DatePoll.State.CLOSED and poll.meeting == meeting
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        people[r].email for r in ("secretariat", "chair", "member")
    )
    assert all(m.attachments[0][0].endswith(".ics") for m in mail.outbox)

"""In Chromium: the secretariat previews and sends the invitation, a member answers on the
phone by personal link and names a substitute; the answers page shows it.

axe-core finds nothing on the preview and the answer page, desktop and 390 px.
"""

import re

import pytest
from django.core import mail
from playwright.sync_api import Browser, expect

from transferhub.lib.testing.browser import (
    DESKTOP,
    PHONE,
    assert_no_violations,
    browser_contexts,
    sign_in,
)
from transferhub.meetings.models import Attendance

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_preview_send_and_answer_with_a_substitute(
    browser: Browser, live_server, body, meeting, browser_context_args, settings
):
    base = live_server.url
    settings.SITE_URL = base  # the links in the mails point at this server
    with browser_contexts(browser, **browser_context_args) as new:
        office = new(viewport=DESKTOP)
        phone = new(viewport=PHONE)
        page = office.new_page()
        sign_in(page, base, "secretariat")
        page.goto(f"{base}{meeting.get_absolute_url()}")
        page.get_by_role("link", name="Einladen", exact=True).click()
        expect(page.get_by_role("heading", name="Vorschau der Einladung")).to_be_visible()
        assert_no_violations(page, "the invitation's preview")
        page.set_viewport_size(PHONE)
        assert_no_violations(page, "the invitation's preview, 390 px")
        page.set_viewport_size(DESKTOP)

        page.get_by_label("Text (Deutsch)").fill(
            "hiermit laden wir Sie zur AG Transfer ein. Bitte bringen Sie Ideen mit."
        )
        page.get_by_label("Bernd Berg nicht einladen").check()
        page.get_by_label("Gäste").fill("Gisela Gast <gisela@example.net> (en)")
        page.get_by_role("button", name="Einladungen versenden").click()
        expect(page.get_by_text("5 Einladungen wurden verschickt.")).to_be_visible()
        anna_mail = next(m for m in mail.outbox if m.to == [body.anna.email])
        assert "Bitte bringen Sie Ideen mit." in anna_mail.body
        assert not [m for m in mail.outbox if m.to == [body.bernd.email]]
        link = re.search(r"http\S+/einladungen/link/\S+/", anna_mail.body).group(0)

        answer = phone.new_page()
        answer.goto(link)
        expect(answer.get_by_role("heading", name="Einladung: AG Transfer")).to_be_visible()
        assert_no_violations(answer, "the answer page on a phone")
        answer.get_by_label("Ich schicke eine Vertretung aus meiner Organisation").check()
        answer.get_by_label("Name der Vertretung").fill("Sabine Stellvertreterin")
        answer.get_by_label("E-Mail-Adresse der Vertretung").fill("sabine@om.example")
        answer.get_by_role("button", name="Antwort senden").click()
        expect(answer.get_by_text("Danke, Ihre Antwort ist gespeichert.")).to_be_visible()
        answer.reload()
        expect(answer.get_by_text("Vertretung benannt: Sabine Stellvertreterin")).to_be_visible()
        answer.set_viewport_size(DESKTOP)
        assert_no_violations(answer, "the answer page, desktop")

        page.reload()
        expect(page.get_by_text("Vertretung benannt: Sabine Stellvertreterin")).to_be_visible()
        assert_no_violations(page, "the answers, desktop")
        row = Attendance.objects.get(meeting=meeting, guest_name="Sabine Stellvertreterin")
        assert row.status == Attendance.Status.ACCEPTED and row.on_behalf_of == body.om

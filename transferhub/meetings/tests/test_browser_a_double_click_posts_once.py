"""In Chromium: a form's button waits for the answer, so a double click posts the form once."""

import re

import pytest
from playwright.sync_api import Page, expect

from transferhub.decisions.models import Decision

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _login(page: Page, base: str) -> None:
    page.goto(f"{base}/anmelden/")
    page.get_by_label(re.compile(r"^Benutzername:?$")).fill("secretariat")
    page.get_by_label(re.compile(r"^Passwort:?$")).fill("geheim-123-geheim")
    page.get_by_role("button", name="Anmelden").click()
    expect(page.get_by_role("button", name="Abmelden")).to_be_visible()


def _decision_form(page: Page, base: str, meeting, item):
    page.goto(f"{base}/sitzungen/{meeting.pk}/punkte/{item.pk}/")
    page.get_by_text("Beschluss hinzufügen").click()
    return page.get_by_role("button", name="Beschluss festhalten")


def test_a_double_click_sends_the_decision_once(page: Page, live_server, seed_meeting):
    item = seed_meeting.agenda_items.get(number="6")
    _login(page, live_server.url)
    button = _decision_form(page, live_server.url, seed_meeting, item)
    page.get_by_label(re.compile(r"^Beschlusstext:?$")).fill("Doppelklick-Beschluss.")
    held = []  # the posts on their way, held back like a slow server would
    page.route("**/beschluss/", lambda route: held.append(route))

    # Two clicks 50 ms apart, the second while the first post waits for the server.
    button.evaluate("b => { b.click(); setTimeout(() => b.click(), 50); }")
    page.wait_for_timeout(500)
    posts = len(held)
    for route in held:
        try:
            route.continue_()
        except Exception:  # a post the browser itself gave up
            pass

    assert posts == 1
    expect(page.get_by_text("wurde festgehalten")).to_be_visible()
    assert Decision.objects.filter(text="Doppelklick-Beschluss.").count() == 1


def test_a_form_the_browser_finds_incomplete_keeps_its_button(
    page: Page, live_server, seed_meeting
):
    item = seed_meeting.agenda_items.get(number="6")
    _login(page, live_server.url)
    button = _decision_form(page, live_server.url, seed_meeting, item)

    button.click()  # the text is required: the browser does not send the form

    expect(button).to_be_enabled()
    page.get_by_label(re.compile(r"^Beschlusstext:?$")).fill("Nachgetragen.")
    button.click()
    expect(page.get_by_text("wurde festgehalten")).to_be_visible()

"""In Chromium: a form's button waits for the answer, so a double click posts the form once."""

import pytest
from playwright.sync_api import Page, expect

from transferhub.decisions.models import Decision
from transferhub.lib.testing.browser import field, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Counts the form submissions the page let through (a window listener hears the submit
# event after submit-once.js on the document had its say).
COUNT_SUBMITS = """
window.sent = 0;
window.addEventListener("submit", e => { if (!e.defaultPrevented) window.sent += 1; });
"""


def _decision_form(page: Page, base: str, meeting, item):
    page.goto(f"{base}/sitzungen/{meeting.pk}/punkte/{item.pk}/")
    page.get_by_text("Beschluss hinzufügen").click()
    return page.get_by_role("button", name="Beschluss festhalten")


def test_a_double_click_sends_the_decision_once(page: Page, live_server, seed_meeting):
    item = seed_meeting.agenda_items.get(number="6")
    sign_in(page, live_server.url, "secretariat")
    button = _decision_form(page, live_server.url, seed_meeting, item)
    field(page, "Beschlusstext").fill("Doppelklick-Beschluss.")
    page.evaluate(COUNT_SUBMITS)
    held = []  # the posts on their way, held back like a slow server would
    page.route("**/beschluss/", lambda route: held.append(route))

    # Two clicks 50 ms apart, the second while the first post waits for the server; the
    # page answers once the second click is done, with the number of forms it sent.
    with page.expect_request(lambda r: r.method == "POST") as first:
        sent = button.evaluate(
            "b => new Promise(done => { b.click();"
            " setTimeout(() => { b.click(); done(window.sent); }, 50); })"
        )
    posts = len(held)
    for route in held:
        try:
            route.continue_()
        except Exception:  # a post the browser itself gave up
            pass

    assert first.value.url.endswith("/beschluss/")
    assert sent == 1, f"the page sent the form {sent} times"
    assert posts == 1
    expect(page.get_by_text("wurde festgehalten")).to_be_visible()
    assert Decision.objects.filter(text="Doppelklick-Beschluss.").count() == 1


def test_a_form_the_browser_finds_incomplete_keeps_its_button(
    page: Page, live_server, seed_meeting
):
    item = seed_meeting.agenda_items.get(number="6")
    sign_in(page, live_server.url, "secretariat")
    button = _decision_form(page, live_server.url, seed_meeting, item)

    button.click()  # the text is required: the browser does not send the form

    expect(button).to_be_enabled()
    field(page, "Beschlusstext").fill("Nachgetragen.")
    button.click()
    expect(page.get_by_text("wurde festgehalten")).to_be_visible()

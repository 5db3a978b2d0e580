"""User texts full of script tricks are stored, rendered, and nothing runs in Chromium."""

import pytest
from playwright.sync_api import Page

from transferhub.decisions.services import decision_record, task_create
from transferhub.lib.testing.browser import sign_in
from transferhub.meetings.services import agenda_item_add, minutes_record

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Each payload, if it ran, would call window.pwned(); the page defines no such function,
# so we install a trap before any page script and count the calls.
CORPUS = [
    "<script>window.pwned(1)</script>",
    "<img src=x onerror=window.pwned(2)>",
    "<svg onload=window.pwned(3)>",
    "[klick](javascript:window.pwned(4))",
    '<a href="javascript:window.pwned(5)">Link</a>',
    '<iframe src="javascript:window.pwned(6)"></iframe>',
    "<details open ontoggle=window.pwned(7)>",
    '"><script>window.pwned(8)</script>',
    "<math><mtext><table><mglyph><style><img src=x onerror=window.pwned(9)>",
    '![bild](x" onerror="window.pwned(10))',
    "<body onload=window.pwned(11)>",
    "{{ 7|add:7 }} {% now 'Y' %}",
]
TEXT = "\n\n".join(CORPUS)


def test_nothing_in_the_corpus_runs_on_the_pages_that_show_user_text(
    page: Page, live_server, seed_meeting, people
):
    item = agenda_item_add(meeting=seed_meeting, name=CORPUS[0] + CORPUS[1])
    minutes_record(item=item, minutes=TEXT)
    decision_record(meeting=seed_meeting, agenda_item=item, text=TEXT)
    task_create(agenda_item=item, text=CORPUS[2] + CORPUS[7], owner_person=people["chair"])

    sign_in(page, live_server.url, "secretariat")
    page.add_init_script("window.__calls = []; window.pwned = (n) => window.__calls.push(n);")
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    urls = [
        f"/sitzungen/{seed_meeting.pk}/",
        f"/sitzungen/{seed_meeting.pk}/punkte/{item.pk}/",
        "/aufgaben/",
        "/aufgaben/meine/",
        "/beschluesse/",
        "/protokolle/suche/?q=pwned",
    ]
    for url in urls:
        page.goto(live_server.url + url)
        page.wait_for_load_state("load")
        # Click every link the user text produced: javascript: links must be gone.
        for link in page.locator("main a").all():
            href = link.get_attribute("href") or ""
            assert not href.lower().startswith("javascript"), (url, href)
        assert page.evaluate("window.__calls") == [], url
    assert dialogs == []
    # The item's title is still there, shown as text: escaping keeps what was typed.
    page.goto(live_server.url + f"/sitzungen/{seed_meeting.pk}/")
    assert "<script>window.pwned(1)</script>" in page.inner_text("table.agenda")

"""A vote in the meeting, in Chromium: the chair opens it on the recording page, three
members vote on their phones, the count comes in live, the item shows the decision.

axe-core finds nothing on the voter's page (390 px) and on the recording page with the
vote open (desktop and 390 px).
"""

import re

import pytest
from playwright.sync_api import Browser, expect

from transferhub.lib.testing.browser import (
    DESKTOP,
    PHONE,
    assert_no_violations,
    browser_contexts,
    sign_in,
)
from transferhub.meetings.models import Attendance
from transferhub.votes.models import Vote

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_three_members_vote_on_their_phones_and_the_item_shows_the_decision(
    browser: Browser, live_server, seed_meeting, voting, browser_context_args
):
    meeting, base = seed_meeting, live_server.url
    for person in (voting.chair, voting.clara, voting.anna, voting.bernd):
        Attendance.objects.update_or_create(
            meeting=meeting, person=person, defaults={"status": Attendance.Status.PRESENT}
        )
    item = meeting.agenda_items.get(number="3")
    record = f"{base}/sitzungen/{meeting.pk}/protokollieren/?item={item.pk}"
    with browser_contexts(browser, **browser_context_args) as new:
        chair_context = new(viewport=DESKTOP)
        phones = {name: new(viewport=PHONE) for name in ("clara", "anna", "bernd")}
        chair = chair_context.new_page()
        sign_in(chair, base, "chair")
        chair.goto(record)
        panel = chair.locator(f"#vote-panel-{item.pk}")
        panel.locator("summary", has_text="Abstimmung eröffnen").click()
        panel.get_by_label("Antrag (Beschlusstext)").fill(
            "Die AG Transfer gibt die Umsetzungshilfe ins Layout."
        )
        panel.get_by_role("button", name="Abstimmung eröffnen").click()
        expect(chair.get_by_text("Die Abstimmung ist eröffnet.")).to_be_visible()
        # base.html's message list (<ul role="status">) is an axe finding of its own: check
        # the page as it stands once the message was shown.
        chair.goto(record)
        panel = chair.locator(f"#vote-panel-{item.pk}")
        expect(panel).to_contain_text("0 Stimmen abgegeben, 4 Stimmberechtigte anwesend")
        assert_no_violations(chair, "recording page with a vote open")
        vote = Vote.objects.get(agenda_item=item)

        for (name, context), choice in zip(phones.items(), ("Ja", "Ja", "Nein"), strict=True):
            phone = context.new_page()
            sign_in(phone, base, name)
            phone.goto(f"{base}/abstimmungen/{vote.pk}/")
            expect(phone.get_by_text("Die AG Transfer gibt die Umsetzungshilfe")).to_be_visible()
            if name == "clara":
                assert_no_violations(phone, "the voter's page on a phone")
            phone.get_by_role("button", name=choice, exact=True).click()
            expect(phone.get_by_text("Ihre Stimme ist gezählt.")).to_be_visible()

        # The note-taker's count comes in without a reload (htmx polls every 2 s).
        expect(panel).to_contain_text("3 Stimmen abgegeben", timeout=10_000)
        expect(panel.locator(".vote-counts")).to_have_text(re.compile(r"Ja\s*2\s*·\s*Nein\s*1"))
        chair.set_viewport_size(PHONE)
        assert_no_violations(chair, "recording page with the live count, 390 px")
        chair.set_viewport_size(DESKTOP)

        panel.get_by_role("button", name="Abstimmung beenden").click()
        expect(chair.get_by_text("als Beschluss eingetragen")).to_be_visible()
        decisions = chair.locator(f"#decisions-{item.pk}")
        expect(decisions).to_contain_text("Die AG Transfer gibt die Umsetzungshilfe ins Layout.")
        expect(decisions).to_contain_text("Ja 2, Nein 1, Enthaltungen 0")
        expect(chair.locator(f"#vote-panel-{item.pk}")).to_contain_text("angenommen")

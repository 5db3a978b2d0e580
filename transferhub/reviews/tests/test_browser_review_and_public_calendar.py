"""In Chromium: the secretariat hands the seed's draft to review, the member suggests a
wording on the phone by personal link, the secretariat accepts it side by side, closes
the round and approves; then an anonymous visitor finds the next public meeting on the
phone and subscribes.

axe-core finds nothing on the round's page, the reviewer's page, the public calendar and
the body's page with the subscribe form, desktop and 390 px.
"""

import datetime as dt
import re

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import Browser, expect

from transferhub.lib.testing.browser import (
    DESKTOP,
    PHONE,
    assert_no_violations,
    browser_contexts,
    sign_in,
)
from transferhub.meetings.models import Meeting
from transferhub.meetings.services import agenda_item_add, meeting_create
from transferhub.subscriptions.models import PublicCalendar, Subscription

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WORDING = "Die Umsetzungshilfe wurde vorgestellt; ein Glossar wird ergänzt."


def _both_widths(page, what: str) -> None:
    assert_no_violations(page, what)
    page.set_viewport_size(PHONE)
    assert_no_violations(page, f"{what}, 390 px")
    page.set_viewport_size(DESKTOP)


def test_review_accept_approve_then_a_visitor_subscribes(
    browser: Browser, live_server, seed_meeting, people, browser_context_args, settings
):
    base = live_server.url
    settings.SITE_URL = base  # the links in the mails point at this server
    meeting = seed_meeting
    item = meeting.agenda_items.get(number="3")
    with browser_contexts(browser, **browser_context_args) as new:
        office = new(viewport=DESKTOP)
        phone = new(viewport=PHONE)
        page = office.new_page()
        sign_in(page, base, "secretariat")
        page.goto(f"{base}/protokollpruefung/sitzung/{meeting.pk}/")
        page.get_by_role("button", name="Zur Prüfung geben").click()
        expect(
            page.get_by_role("heading", name="Rückmeldungen zum Protokollentwurf")
        ).to_be_visible()
        page.reload()  # the page without the one-off message
        _both_widths(page, "the round's page")

        (invitation,) = [m for m in mail.outbox if m.to == [people["member"].email]]
        link = re.search(r"https?://\S+/protokollpruefung/link/\S+/", invitation.body)[0]
        reviewer = phone.new_page()
        reviewer.goto(link)
        section = reviewer.locator(f"#punkt-{item.pk}")
        expect(section).to_contain_text("Protokoll zu Umsetzungshilfe")
        reviewer.reload()
        assert_no_violations(reviewer, "the reviewer's page, 390 px")
        section.get_by_label("neue Fassung vorschlagen").check()
        section.get_by_label("Vorgeschlagene Fassung").fill(WORDING)
        section.get_by_role("button", name="Rückmeldung speichern").click()
        expect(reviewer.get_by_role("status")).to_contain_text("Ihr Vorschlag zu Punkt")

        page.reload()
        suggestion = page.locator(f"#punkt-{item.pk}")
        expect(suggestion).to_contain_text(WORDING)
        expect(suggestion).to_contain_text("Protokoll zu Umsetzungshilfe")  # side by side
        suggestion.get_by_role("button", name="Übernehmen").click()
        expect(
            page.get_by_text("Der Vorschlag ist übernommen; der Entwurf ist geändert.")
        ).to_be_visible()
        page.get_by_role("button", name="Prüfrunde abschließen").click()
        page.get_by_label("durch die Leitung").check()
        page.get_by_role("button", name="Protokoll genehmigen").click()
        expect(page.get_by_text("Nach Prüfung genehmigt durch die Leitung")).to_be_visible()
        meeting.refresh_from_db()
        item.refresh_from_db()
        assert meeting.state == Meeting.State.MINUTES_APPROVED and item.minutes == WORDING

        # The public calendar: the AG Transfer is public and meets again in three weeks.
        PublicCalendar.objects.create(body=meeting.body, public=True)
        soon = timezone.localdate() + dt.timedelta(days=21)
        coming = meeting_create(
            body=meeting.body,
            name="AG Transfer",
            date=soon,
            start_time=dt.time(9),
            end_time=dt.time(11),
            location="Heidelberg",
        )
        agenda_item_add(meeting=coming, name="KI im Dienste der Diversität")
        visitor = phone.new_page()
        visitor.goto(f"{base}/oeffentlich/")
        expect(visitor.get_by_text("KI im Dienste der Diversität")).to_be_visible()
        expect(visitor.get_by_text(soon.strftime("%d.%m.%Y"))).to_be_visible()
        assert_no_violations(visitor, "the public calendar, 390 px")
        visitor.get_by_role("link", name="AG Transfer").first.click()
        expect(visitor.get_by_role("heading", name="Abonnieren")).to_be_visible()
        visitor.set_viewport_size(DESKTOP)
        _both_widths(visitor, "the body's public page")
        visitor.set_viewport_size(PHONE)
        visitor.get_by_label("Ihre E-Mail-Adresse").fill("besucherin@example.org")
        visitor.get_by_role("button", name="Per E-Mail abonnieren").click()
        expect(
            visitor.get_by_role("heading", name="Bitte bestätigen Sie Ihr Abonnement")
        ).to_be_visible()
        (confirmation,) = [m for m in mail.outbox if m.to == ["besucherin@example.org"]]
        visitor.goto(re.search(r"https?://\S+/oeffentlich/bestaetigen/\S+/", confirmation.body)[0])
        visitor.get_by_role("button", name="Ja, Abonnement bestätigen").click()
        expect(visitor.get_by_text("Vielen Dank!")).to_be_visible()
        assert Subscription.objects.get().confirmed_at is not None

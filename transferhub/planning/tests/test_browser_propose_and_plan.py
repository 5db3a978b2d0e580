"""Proposing and planning in Chromium: a member proposes two items on the phone, the chair
accepts one and parks the other, then plans the next meeting from the template with the
parked item ticked. axe-core finds nothing on the pages, desktop and 390 px.
"""

import pytest
from playwright.sync_api import Browser, Page, expect

from transferhub.lib.testing.browser import (
    DESKTOP,
    PHONE,
    assert_no_violations,
    browser_contexts,
    sign_in,
)
from transferhub.meetings.models import Meeting
from transferhub.network.models import Person
from transferhub.planning.models import Proposal

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def assert_clean(page: Page, what: str) -> None:
    for viewport in (DESKTOP, PHONE):
        page.set_viewport_size(viewport)
        assert_no_violations(page, what)


def test_a_member_proposes_the_chair_decides_and_plans_the_next_meeting(
    browser: Browser, live_server, ag_transfer, upcoming, series, browser_context_args
):
    base = live_server.url
    # The member reads English by default; this walk is in German.
    Person.objects.filter(user__username="member").update(language="de")
    with browser_contexts(browser, **browser_context_args) as new:
        phone_context = new(viewport=PHONE)
        desk_context = new(viewport=DESKTOP)
        phone = phone_context.new_page()
        sign_in(phone, base, "member")
        phone.goto(f"{base}{upcoming.get_absolute_url()}")
        phone.get_by_role("link", name="Themen vorschlagen").click()
        assert_clean(phone, "the proposal form")
        for title, minutes in (("KI-Leitfaden für Betriebe", "20"), ("Netzwerktreffen 2027", "10")):
            phone.get_by_label("Titel").fill(title)
            phone.get_by_label("Kurzbeschreibung").fill("Kurz vorgestellt.")
            phone.get_by_label("Gewünschte Dauer (Minuten)").fill(minutes)
            phone.get_by_role("button", name="Vorschlag einreichen").click()
            expect(phone.get_by_text("Ihr Vorschlag ist eingereicht.")).to_be_visible()
            phone.goto(f"{base}/planung/sitzungen/{upcoming.pk}/vorschlaege/")
        # A too short duration is refused with a German message, nothing stored.
        phone.get_by_label("Titel").fill("Zu kurz")
        phone.get_by_label("Gewünschte Dauer (Minuten)").fill("0")
        phone.get_by_role("button", name="Vorschlag einreichen").click()
        expect(phone.get_by_text("Bitte prüfen Sie Ihre Eingaben.")).to_be_visible()
        assert Proposal.objects.count() == 2

        desk = desk_context.new_page()
        sign_in(desk, base, "chair")
        desk.goto(f"{base}/planung/gremien/{ag_transfer.pk}/")
        assert_clean(desk, "the body's planning page")
        desk.set_viewport_size(DESKTOP)
        desk.get_by_role("link", name="KI-Leitfaden für Betriebe").click()
        assert_clean(desk, "a proposal to decide")
        desk.set_viewport_size(DESKTOP)
        desk.get_by_role("button", name="In die Tagesordnung aufnehmen").click()
        expect(desk.get_by_text("Der Vorschlag steht jetzt auf der Tagesordnung.")).to_be_visible()
        desk.goto(f"{base}/planung/gremien/{ag_transfer.pk}/")
        desk.get_by_role("link", name="Netzwerktreffen 2027").click()
        desk.get_by_role("button", name="In den Themenspeicher zurückstellen").click()
        expect(desk.get_by_text("Der Vorschlag steht jetzt im Themenspeicher.")).to_be_visible()

        desk.goto(f"{base}/planung/gremien/{ag_transfer.pk}/")
        desk.get_by_role("link", name="Nächste Sitzung planen").click()
        assert_clean(desk, "planning the next meeting")
        desk.set_viewport_size(DESKTOP)
        desk.get_by_label("aus der Vorlage (ständige Punkte)").check()
        desk.get_by_label("Netzwerktreffen 2027", exact=False).check()
        desk.get_by_role("button", name="Sitzung anlegen").click()
        expect(
            desk.get_by_text("Die Sitzung wurde mit ihrer Tagesordnung angelegt.")
        ).to_be_visible()
        planned = Meeting.objects.exclude(pk=upcoming.pk).get()
        names = list(planned.agenda_items.order_by("order").values_list("name", flat=True))
        assert names == [
            "Begrüßung",
            "Genehmigung des Protokolls",
            "Bericht der Geschäftsstelle",
            "Netzwerktreffen 2027",
            "Verschiedenes",
            "Termine",
        ]
        expect(desk.get_by_text("Netzwerktreffen 2027").first).to_be_visible()
        # The accepted item stands on the upcoming meeting's agenda.
        assert upcoming.agenda_items.filter(name="KI-Leitfaden für Betriebe").exists()

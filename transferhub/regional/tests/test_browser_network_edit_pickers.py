"""In Chromium: the coordinator types a name on the network edit page, picks the person
from the matches, saves; the chosen contact is a ticked box; axe finds nothing, at
desktop width and at 390 px."""

import re

import pytest
from playwright.sync_api import Page, expect

from conftest import make_person
from transferhub.lib.testing.browser import assert_no_violations, sign_in
from transferhub.network.models import Network, Organisation

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_coordinator_picks_a_contact_by_typing(page: Page, live_server):
    base = live_server.url
    network = Network.objects.create(
        name="OM Rheinland-Pfalz Nord", slug="om-rlp-nord", federal_states="RP"
    )
    network.coordinators.add(make_person("Nadine", "Westerburg", username="nord"))
    koblenz = Organisation.objects.create(name="Handwerkskammer Koblenz", federal_state="RP")
    for i in range(25):
        make_person("Karl", f"Kammer{i:02d}", org=koblenz)
    lena = make_person("Lena", "Koblenzer", org=koblenz)

    sign_in(page, base, "nord")
    for viewport in ({"width": 1280, "height": 900}, {"width": 390, "height": 844}):
        page.set_viewport_size(viewport)
        page.goto(f"{base}/netzwerke/verwaltung/{network.pk}/")
        assert_no_violations(page, f"network edit page {viewport['width']} px")

    contacts = page.locator("#id_contacts")
    expect(contacts.locator("option", has_text="Koblenzer")).to_have_count(0)  # 20 of 26
    page.get_by_role("searchbox", name="Person suchen").first.fill("Lena")
    expect(contacts.locator("option")).to_have_count(1)
    contacts.select_option(value=str(lena.pk))
    page.get_by_role("button", name="Speichern").click()
    expect(page.get_by_text("Das Netzwerk wurde gespeichert.")).to_be_visible()
    assert list(network.contacts.all()) == [lena]
    expect(page.get_by_role("checkbox", name=re.compile("Koblenzer"))).to_be_checked()

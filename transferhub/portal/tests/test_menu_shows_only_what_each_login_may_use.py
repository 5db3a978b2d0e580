"""The header menu shows each demo login only links it may open, grouped by area."""

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client

from transferhub.lib import registry
from transferhub.lib.navigation import menu_html
from transferhub.lib.registry import MenuEntry

LOGINS = ["geschaeftsstelle", "leitung", "mitglied", "betrieb", "beratung", "einkauf"]
MENU = re.compile(r'<nav id="site-menu".*?</nav>', re.S)
HREF = re.compile(r'<a href="([^"]+)"')


def menu_links(client: Client) -> list[str]:
    page = client.get("/").content.decode()
    return HREF.findall(MENU.search(page).group(0))


def signed_in(username: str) -> Client:
    client = Client()
    client.force_login(User.objects.get(username=username))
    return client


@pytest.mark.parametrize("username", [None, *LOGINS])
def test_every_link_in_a_login_s_menu_opens(demo, username):
    client = signed_in(username) if username else Client()
    links = menu_links(client)
    assert links
    for url in links:
        assert client.get(url).status_code == 200, (username, url)


def test_each_role_gets_its_own_links(demo):
    secretariat = menu_links(signed_in("geschaeftsstelle"))
    member = menu_links(signed_in("mitglied"))
    company = menu_links(signed_in("betrieb"))
    purchaser = menu_links(signed_in("einkauf"))
    consultant = menu_links(signed_in("beratung"))
    public = menu_links(Client())
    assert "/verwaltung/aenderungen/" in secretariat
    assert "/personen/" in secretariat
    for links in (member, company, purchaser, consultant, public):
        assert "/verwaltung/aenderungen/" not in links
        assert "/personen/" not in links
    assert "/aufgaben/meine/" in member and "/aufgaben/meine/" not in company
    assert "/vorhaben/" in member and "/vorhaben/" not in purchaser
    assert "/lieferanten/meine/" in company and "/lieferanten/meine/" in purchaser
    assert "/lieferanten/beratung/" in consultant and "/lieferanten/beratung/" not in company
    assert "/checks/unternehmen/" in company and "/checks/unternehmen/" not in public
    assert "/konto/" not in public and "/konto/" in member


def test_an_app_s_registered_entry_appears_for_those_it_names(demo):
    entry = MenuEntry("admin", "Probe", "meetings:poll_create", needs=("secretariat",))
    registry.menu_entries.register("probe", entry, order=99)
    menu_html.cache_clear()  # entries are registered at start; the menu is built once
    try:
        assert "/sitzungen/terminfindung/neu/" in menu_links(signed_in("geschaeftsstelle"))
        assert "/sitzungen/terminfindung/neu/" not in menu_links(signed_in("mitglied"))
    finally:
        registry.menu_entries._entries.pop("probe")
        menu_html.cache_clear()


def test_the_current_area_is_marked(demo):
    page = signed_in("mitglied").get("/aufgaben/meine/").content.decode()
    assert '<a href="/aufgaben/meine/" aria-current="page">' in page
    assert '<summary class="current">Sitzungen</summary>' in page

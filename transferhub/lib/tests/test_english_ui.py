"""English is the second language: the UI follows the browser, the cookie or the language switch.

The msgids are German (the primary language), so an entry left untranslated or fuzzy would
show German to English readers; every catalogue is therefore checked here as well.
"""

import ast
import gettext
import re
from pathlib import Path

import pytest
from django.urls import reverse

PACKAGE = Path(__file__).resolve().parents[2]  # .../transferhub
# Every app with user-visible text keeps its own catalogue; base.html and settings use the
# project's. Found on disk, so a new app's catalogue is checked from its first string on.
CATALOGUE_DIRS = sorted(
    str(path.relative_to(PACKAGE))
    for path in [PACKAGE / "locale", *PACKAGE.glob("*/locale")]
    if path.is_dir()
)
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]")


def english(client, url):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    return response.content.decode()


def assert_english(html, present, absent):
    assert '<html lang="en">' in html
    for text in present:
        assert text in html, f"{text!r} missing"
    for text in absent:
        assert text not in html, f"German {text!r} still shown"


# --- Pages -----------------------------------------------------------------------------

NAVIGATION_EN = [">Meetings<", ">My tasks<", ">Decisions<", ">Suppliers<", ">Log out<"]
NAVIGATION_DE = [">Sitzungen<", ">Meine Aufgaben<", ">Beschlüsse<", ">Lieferanten<", ">Abmelden<"]


def test_the_home_page_is_english_when_the_browser_asks_for_english(client_as):
    html = english(client_as("secretariat"), reverse("home"))
    assert_english(
        html,
        [*NAVIGATION_EN, "Skip to content", ">Import minutes<", ">Integrations<"],
        [*NAVIGATION_DE, "Zum Inhalt springen", ">Protokolle importieren<"],
    )


def test_a_meeting_page_is_english(client_as, seed_meeting):
    html = english(client_as("secretariat"), reverse("meetings:detail", args=[seed_meeting.pk]))
    assert_english(
        html,
        [*NAVIGATION_EN, ">Agenda<", "Approve minutes", "Add item", "Open tasks of the body"],
        [*NAVIGATION_DE, ">Tagesordnung<", "Protokoll genehmigen", "Punkt hinzufügen"],
    )


def test_the_task_register_is_english(client_as, seed_meeting):
    html = english(client_as("member"), reverse("decisions:tasks"))
    assert_english(
        html,
        [*NAVIGATION_EN, "Reset filters", "download as CSV", "2 tasks"],
        [*NAVIGATION_DE, "Filter zurücksetzen", "als CSV herunterladen", "2 Aufgaben"],
    )


def test_the_votes_page_is_english(client_as, ag_transfer):
    html = english(client_as("secretariat"), reverse("votes:list"))
    assert_english(
        html,
        ["Votes", "No running votes.", "No closed votes yet."],
        ["Keine laufenden Abstimmungen.", "Noch keine beendeten Abstimmungen."],
    )


def test_the_checks_index_is_english(client_as):
    html = english(client_as("member"), reverse("checks:index"))
    assert_english(
        html,
        [*NAVIGATION_EN, "Checks and instruments", "Your assessments"],
        [*NAVIGATION_DE, "Checks und Instrumente", "Ihre Bewertungen"],
    )


def test_the_supplier_search_is_english(client_as):
    html = english(client_as("member"), reverse("suppliers:search"))
    assert_english(
        html,
        [*NAVIGATION_EN, "OM supplier database", "Verify a seal", "Seal status", "only with LkSG"],
        [*NAVIGATION_DE, "OM-Lieferantendatenbank", "Siegel prüfen", "Siegelstatus"],
    )


def test_the_login_page_is_english(client):
    html = english(client, reverse("login"))
    assert_english(html, [">Log in<", "Username", "Password"], [">Anmelden<", "Passwort"])


def test_german_stays_the_default_without_a_wish_for_english(client_as):
    html = client_as("member").get(reverse("home")).content.decode()
    assert '<html lang="de">' in html
    assert ">Meine Aufgaben<" in html and ">My tasks<" not in html


def test_the_language_cookie_chooses_english(client_as):
    client = client_as("member")
    client.cookies["django_language"] = "en"
    html = client.get(reverse("checks:index")).content.decode()
    assert_english(html, ["Checks and instruments"], ["Checks und Instrumente"])


def test_the_language_switch_in_the_header_chooses_english(client_as):
    client = client_as("member")
    response = client.post(reverse("set_language"), {"language": "en", "next": reverse("home")})
    assert response.status_code == 302
    html = client.get(reverse("decisions:tasks")).content.decode()
    assert_english(html, NAVIGATION_EN, NAVIGATION_DE)


# --- Catalogues ------------------------------------------------------------------------


def read_po(path: Path) -> list[dict]:
    """Return the entries of a .po file: msgctxt, msgid, msgid_plural, msgstr forms, flags."""
    entries, entry, key = [], None, None
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        line = line.strip()
        if not line:
            if entry and "msgid" in entry:
                entries.append(entry)
            entry = None
            continue
        entry = entry or {"flags": set(), "msgstr": {}}
        if line.startswith("#,"):
            entry["flags"] |= {f.strip() for f in line[2:].split(",")}
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            value = ast.literal_eval(line)
            if isinstance(key, int):
                entry["msgstr"][key] += value
            else:
                entry[key] += value
        else:
            keyword, _, value = line.partition(" ")
            value = ast.literal_eval(value)
            if keyword.startswith("msgstr"):
                key = int(keyword[7:-1]) if "[" in keyword else 0
                entry["msgstr"][key] = value
            else:
                key = keyword
                entry[key] = value
    return entries


def catalogues() -> list[Path]:
    return sorted(PACKAGE.glob("**/locale/*/LC_MESSAGES/django.po"))


def test_every_app_has_an_english_catalogue():
    found = {str(p.relative_to(PACKAGE)) for p in catalogues()}
    expected = {f"{d}/en/LC_MESSAGES/django.po" for d in CATALOGUE_DIRS}
    assert expected <= found, sorted(expected - found)


@pytest.mark.parametrize("po", catalogues(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_message_is_translated_and_none_is_fuzzy(po):
    entries = [e for e in read_po(po) if e["msgid"]]
    assert entries
    fuzzy = [e["msgid"] for e in entries if "fuzzy" in e["flags"]]
    untranslated = [e["msgid"] for e in entries if not all(e["msgstr"].values())]
    assert not fuzzy, f"fuzzy in {po}: {fuzzy}"
    assert not untranslated, f"untranslated in {po}: {untranslated}"


@pytest.mark.parametrize("po", catalogues(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_translations_keep_every_placeholder(po):
    for entry in read_po(po):
        for form, text in entry["msgstr"].items():
            source = (
                entry.get("msgid_plural") if form and "msgid_plural" in entry else entry["msgid"]
            )
            assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(source)), text


@pytest.mark.parametrize("po", catalogues(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_compiled_catalogue_matches_its_source(po):
    mo = po.with_suffix(".mo")
    assert mo.exists(), f"{mo} missing: run `make messages`"
    with mo.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for entry in read_po(po):
        if not entry["msgid"]:
            continue
        msgid = entry["msgid"]
        if "msgctxt" in entry:
            got = compiled.pgettext(entry["msgctxt"], msgid)
        elif "msgid_plural" in entry:
            got = compiled.ngettext(msgid, entry["msgid_plural"], 1)
        else:
            got = compiled.gettext(msgid)
        assert got == entry["msgstr"][0], f"{mo} is stale for {msgid!r}: run `make messages`"

"""A paper in Chromium: a member finds it by a word of its text, uploads a new version and
compares it with the first; the secretariat puts the paper on a meeting's agenda. axe-core
finds nothing on the list, the new-paper form, the paper page and the comparison, on a
desktop and at 390 px, and nothing is wider than the screen."""

import datetime as dt

import pytest
from playwright.sync_api import Browser, expect

from transferhub.lib.testing.browser import (
    DESKTOP,
    PHONE,
    assert_no_violations,
    browser_contexts,
    sign_in,
)
from transferhub.papers import services

from .conftest import meeting_of
from .files import docx_file

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_member_of_the_body_uploads_a_version_and_compares(
    browser: Browser,
    live_server,
    paper,
    ag_transfer,
    strategiekreis,
    browser_context_args,
    tmp_path,
):
    base = live_server.url
    services.consultation_add(paper=paper, body=ag_transfer, role="recommendation")
    services.consultation_add(paper=paper, body=strategiekreis, role="decision", authoritative=True)
    meeting_of(ag_transfer, dt.date.today() + dt.timedelta(days=14), "AG Transfer Winter")
    second = tmp_path / "umsetzungshilfe-v2.docx"
    second.write_bytes(
        docx_file(["Finanzierung sichern.", "Liquidität planen.", "Glossar: Liquidität."]).read()
    )
    for viewport in (DESKTOP, PHONE):
        with browser_contexts(browser, **browser_context_args) as new:
            page = new(viewport=viewport).new_page()
            sign_in(page, base, "chair")
            page.goto(f"{base}/vorlagen/?q=Liquidität")
            expect(page.get_by_role("link", name=paper.title)).to_be_visible()
            assert_no_violations(page, f"paper list {viewport['width']}")
            page.goto(f"{base}/vorlagen/neu/")
            assert_no_violations(page, f"new paper {viewport['width']}")
            page.goto(f"{base}/vorlagen/{paper.pk}/")
            expect(page.get_by_role("heading", name=paper.title)).to_be_visible()
            assert_no_violations(page, f"paper page {viewport['width']}")
            if viewport is DESKTOP:
                page.get_by_label("Neue Version").set_input_files(str(second))
                page.get_by_label("Was ist neu?").fill("Glossar ergänzt")
                page.get_by_role("button", name="Neue Version hochladen").click()
                expect(page.get_by_text("Die neue Version wurde gespeichert")).to_be_visible()
            page.get_by_role("link", name="Versionen vergleichen").click()
            expect(page.locator("ins", has_text="Glossar: Liquidität.")).to_be_visible()
            assert_no_violations(page, f"comparison {viewport['width']}")

    with browser_contexts(browser, **browser_context_args) as new:
        page = new(viewport=DESKTOP).new_page()
        sign_in(page, base, "secretariat")
        page.goto(f"{base}/vorlagen/{paper.pk}/")
        page.get_by_label("Sitzung").select_option(
            label="AG Transfer Winter ("
            + (dt.date.today() + dt.timedelta(days=14)).strftime("%d.%m.%Y")
            + ")"
        )
        page.get_by_role("button", name="Auf die Tagesordnung setzen").click()
        expect(page.get_by_text("Die Vorlage steht auf der Tagesordnung")).to_be_visible()
        expect(page.get_by_text("auf der Tagesordnung", exact=True)).to_be_visible()

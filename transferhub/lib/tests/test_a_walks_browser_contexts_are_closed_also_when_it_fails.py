"""A walk's browser contexts are closed when it ends, also when it fails half-way.

A context left open keeps its connections to the live server until the browser quits, after
the server stopped sharing the database connection (see lib/testing/browser.py).
"""

import pytest
from playwright.sync_api import Browser

from transferhub.lib.testing.browser import PHONE, browser_contexts

pytestmark = pytest.mark.browser


def test_every_context_of_a_failed_walk_is_closed(browser: Browser, browser_context_args):
    before = len(browser.contexts)
    with pytest.raises(AssertionError, match="the walk failed"):
        with browser_contexts(browser, **browser_context_args) as new:
            desk, phone = new(), new(viewport=PHONE)
            assert len(browser.contexts) == before + 2
            assert phone.new_page().viewport_size == PHONE
            assert desk.new_page().evaluate("navigator.language") == "de-DE"
            raise AssertionError("the walk failed")
    assert len(browser.contexts) == before


def test_a_context_started_from_anothers_state_has_its_cookies(
    browser: Browser, browser_context_args
):
    before = len(browser.contexts)
    cookie = {"name": "sessionid", "value": "abc", "url": "http://example.test"}
    with browser_contexts(browser, **browser_context_args) as new:
        first = new()
        first.add_cookies([cookie])
        second = new(first.storage_state(), viewport=PHONE)
        assert [c["value"] for c in second.cookies()] == ["abc"]
        assert new().cookies() == []
    assert len(browser.contexts) == before

"""What the Chromium walks share: signing in, and the accessibility check.

A walk calls `assert_no_violations` once on each page state it visits, on a desktop
(DESKTOP) and on a 390 px phone (PHONE): axe-core's rules (WCAG 2.x A/AA and best
practices) and no page wider than the screen.

Signing in: `sign_in` gives a browser context the session a login through the form would
have given it (Django's own `force_login`, the `user_logged_in` signal, the person's
language cookie) without loading the login page, posting it and rendering the start page:
three page loads less per login. The database is emptied after every live-server test, so
a session cannot outlive its test; within a test one role signs in once and further
contexts of that role start from its storage state (`state=` in `browser_contexts`).
`login_through_the_form` is for the walks where typing the password is what is tested (the
demo logins, a newly registered company).

Contexts: a walk opens its contexts through `browser_contexts`, which closes them all when
the walk ends, also when it fails. A context left open keeps its connections to the live
server until the browser quits at the end of the run, after the server stopped sharing the
database connection: each of its request threads then fails closing it.
"""

import re
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager

from axe_playwright_python.base import AXE_SCRIPT, AxeResults
from playwright.sync_api import Browser, BrowserContext, Page, expect

PASSWORD = "geheim-123-geheim"  # every test and demo person's password
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

# axe-core's options as axe_playwright_python passes them: only the violations come back.
AXE_RUN = 'axe.run({"resultTypes": ["violations"]})'


def field(page: Page, label: str):
    """The input whose label is exactly this text (Django adds a colon)."""
    return page.get_by_label(re.compile(rf"^{re.escape(label)}:?$"))


def session_cookies(base: str, username: str) -> list[dict]:
    """The cookies a login of `username` through the form would set: session and language."""
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client

    from transferhub.network.models import Person

    user = get_user_model().objects.get(username=username)
    client = Client()
    client.force_login(user)  # sends user_logged_in, as the form does
    cookies = [
        {
            "name": settings.SESSION_COOKIE_NAME,
            "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
            "url": base,
        }
    ]
    language = Person.objects.filter(user=user).values_list("language", flat=True).first()
    if language:
        cookies.append({"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": base})
    return cookies


def sign_in(page: Page, base: str, username: str) -> None:
    """Give `page`'s context a session of `username`; the next page it loads is signed in."""
    page.context.add_cookies(session_cookies(base, username))


def login(page: Page, base: str, username: str, password: str = PASSWORD) -> None:
    """Sign in as `username` and open the start page, where the login form leads.

    `password` is not checked here; `login_through_the_form` types it.
    """
    sign_in(page, base, username)
    page.goto(f"{base}/")
    expect(page.get_by_role("button", name="Abmelden")).to_be_visible()


def login_through_the_form(page: Page, base: str, username: str, password: str = PASSWORD):
    """Type name and password into the login form and land on the start page."""
    page.goto(f"{base}/anmelden/")
    field(page, "Benutzername").fill(username)
    field(page, "Passwort").fill(password)
    page.get_by_role("button", name="Anmelden").click()
    expect(page.get_by_role("button", name="Abmelden")).to_be_visible()


@contextmanager
def browser_contexts(browser: Browser, **args) -> Iterator[Callable[..., BrowserContext]]:
    """Open contexts in a walk with `new(**more)`; each is closed when the block ends.

    `args` are every context's (the test's `browser_context_args`), `more` one context's
    own (a viewport); `state=` starts it from another's storage state (its cookies: one
    login). Closing runs in a finally, for every context even when one fails to close.
    """
    with ExitStack() as opened:

        def new(state: dict | None = None, **more) -> BrowserContext:
            context = browser.new_context(storage_state=state, **{**args, **more})
            opened.callback(context.close)
            return context

        yield new


def assert_no_violations(page: Page, what: str) -> None:
    """axe-core finds nothing on the page, and the page is no wider than the screen."""
    # axe-core (half a megabyte of script) is put into a document once; a later check of the
    # same document after a click or a form sent by htmx finds it there.
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(AXE_SCRIPT)
    results = AxeResults(page.evaluate(AXE_RUN))
    assert results.violations_count == 0, f"{what}:\n{results.generate_report()}"
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert widths[0] <= widths[1], f"{what}: {widths[0]} px wide on a {widths[1]} px screen"

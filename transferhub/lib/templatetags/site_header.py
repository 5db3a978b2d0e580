"""`{% site_header %}`: the page header of base.html, written in Python.

Every page shows it, and as template it cost some 0.3 ms a request (eleven tags,
translations, URLs, the CSRF token twice). The markup is `templates/_site_header.html`,
byte for byte (`lib/tests/test_the_site_header_is_the_template_byte_for_byte.py`
compares both); that template is still rendered where a page is rendered without a
request (no visitor, no menu to show).
"""

from html import escape

from django import template
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template.loader import get_template
from django.templatetags.static import StaticNode
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

register = template.Library()

TEMPLATE = "_site_header.html"
_URL_NAMES = ("home", "portal:search", "set_language", "logout", "login")
_urls: dict[tuple, dict[str, str]] = {}


_assets: dict[tuple[str, str], str] = {}


@register.simple_tag
def asset(path: str) -> str:
    """`{% static path %}`, worked out once per process: some 35 µs a file, five a page."""
    key = (get_script_prefix(), path)
    url = _assets.get(key)
    if url is None:
        if len(_assets) > 1000:  # script prefixes come from requests: keep the table small
            _assets.clear()
        url = _assets[key] = conditional_escape(StaticNode.handle_simple(path))
    return url


@receiver(setting_changed)
def _forget(**kwargs) -> None:
    # Tests change URLconfs and static storage; a server's settings never change.
    _assets.clear()
    _urls.clear()


def _html(value) -> str:
    """`value` as `{{ value }}` writes it: escaped unless already safe."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return escape(str(value))


def _links() -> dict[str, str]:
    """The header's URLs, escaped as `{% url %}` writes them, once per URLconf and language."""
    key = (get_urlconf(), get_script_prefix(), get_language())
    links = _urls.get(key)
    if links is None:
        if len(_urls) > 100:  # script prefixes come from requests: keep the table small
            _urls.clear()
        links = _urls[key] = {name: escape(reverse(name)) for name in _URL_NAMES}
    return links


@register.simple_tag(takes_context=True)
def site_header(context) -> str:
    request, nav, user = context.get("request"), context.get("nav"), context.get("user")
    token = context.get("csrf_token")
    if request is None or nav is None or user is None or not token or token == "NOTPROVIDED":
        return get_template(TEMPLATE).template.render(context)
    token = escape(str(token))
    csrf_input = f'<input type="hidden" name="csrfmiddlewaretoken" value="{token}">'
    url = _links()
    if context.get("LANG") == "de":
        switch = "English", "en"
    else:
        switch = "Deutsch", "de"
    switch = (
        f'\n            <button class="link" name="language" value="{switch[1]}" '
        f'lang="{switch[1]}">{switch[0]}</button>\n            '
    )
    if user.is_authenticated:
        name = user.get_full_name() or user.get_username()
        account = (
            '\n          <details class="menu-area account-menu">'
            f"\n            <summary>{_html(name)}</summary>"
            f"\n            <ul>{_html(nav.account_html)}</ul>"
            "\n          </details>\n          "
        )
        sign = (
            f'\n        <form action="{url["logout"]}" method="post" class="inline">{csrf_input}'
            f'<button class="small">{_html(_("Abmelden"))}</button></form>\n        '
        )
    else:
        account = ""
        sign = (
            f'\n        <a class="button small" href="{url["login"]}">'
            f"{_html(_('Anmelden'))}</a>\n        "
        )
    return mark_safe(  # noqa: S308 - every value escaped above
        f'<body hx-headers=\'{{"X-CSRFToken": "{token}"}}\'>'
        f'\n  <a class="skip-link" href="#main">{_html(_("Zum Inhalt springen"))}</a>'
        '\n  <header class="site-header">'
        '\n    <div class="header-bar">'
        f'\n      <a class="brand" href="{url["home"]}">Transferhub</a>'
        '\n      <nav id="site-menu" class="site-menu" '
        f'aria-label="{_html(_("Hauptnavigation"))}">'
        f'\n        <ul class="menu-areas">{_html(nav.areas_html)}</ul>'
        '\n        <form class="header-search" role="search" '
        f'action="{url["portal:search"]}" method="get">'
        '\n          <label class="visually-hidden" for="header-q">'
        f"{_html(_('Suchbegriff'))}</label>"
        '\n          <input id="header-q" type="search" name="q" maxlength="200" '
        f'placeholder="{_html(_("Protokolle, Vorlagen, Lieferanten …"))}">'
        f"\n          <button>{_html(_('Suchen'))}</button>"
        "\n        </form>"
        '\n        <div class="nav-end">'
        f'\n          <form action="{url["set_language"]}" method="post" class="inline">'
        f"\n            {csrf_input}"
        '\n            <input type="hidden" name="next" '
        f'value="{_html(request.get_full_path())}">'
        f"\n            {switch}"
        "\n          </form>"
        f"\n          {account}"
        "\n        </div>"
        "\n      </nav>"
        '\n      <div class="header-end">'
        f"\n        {sign}"
        '\n        <button type="button" class="menu-toggle small" aria-expanded="false" '
        f'aria-controls="site-menu">{_html(_("Menü"))}</button>'
        "\n      </div>"
        "\n    </div>"
        "\n  </header>"
    )

"""`{% site_header %}` writes in Python what `_site_header.html` writes (base.html's header)."""

import re

import pytest
from django.template import Context, RequestContext, Template
from django.utils import translation

PYTHON = Template("{% load i18n site_header %}{% get_current_language as LANG %}{% site_header %}")
TEMPLATE = Template(
    "{% load i18n %}{% get_current_language as LANG %}{% include '_site_header.html' %}"
)
# The CSRF token is masked anew for each rendering: compare everything else.
TOKEN = re.compile(r'("X-CSRFToken": "|name="csrfmiddlewaretoken" value=")[A-Za-z0-9]+')


def _both(request, language: str) -> tuple[str, str]:
    with translation.override(language):
        out = []
        for template in (PYTHON, TEMPLATE):
            out.append(TOKEN.sub(r"\1…", template.render(RequestContext(request))))
    return out[0], out[1]


PATHS = ["/", "/beschluesse/?q=<b>&year=2022", "/anmelden/?next=/a\"b'c&x=ü"]


@pytest.mark.parametrize("role", ["anonymous", "outsider", "member", "chair", "secretariat"])
@pytest.mark.parametrize("language", ["de", "en"])
def test_every_role_gets_the_same_header_in_each_language(client_as, role, language):
    for path in PATHS:
        request = client_as(role).get(path).wsgi_request
        python, template = _both(request, language)
        assert python == template, (role, language, path)
        assert "csrfmiddlewaretoken" in python


def test_names_are_escaped_and_a_login_without_one_shows_its_user_name(client_as, people):
    user = people["member"].user
    for first, last in [('<b>"Eva"', "O'Brien & Co"), ("", "")]:
        user.first_name, user.last_name = first, last
        user.save()
        request = client_as("member").get("/").wsgi_request
        python, template = _both(request, "de")
        assert python == template
    assert f"<summary>{user.username}</summary>" in python


def test_a_page_rendered_without_a_request_gets_the_template(db):
    python = PYTHON.render(Context({}))
    template = TEMPLATE.render(Context({}))
    assert python == template
    assert 'href="/anmelden/"' in python or "Anmelden" in python


def test_asset_writes_what_static_writes(db, settings):
    files = ["css/transferhub.css", "favicon.svg", "js/nav.js", "js/htmx.min.js", "x y/ä&.js"]
    for path in files:
        ours = Template("{% load site_header %}{% asset path %}").render(Context({"path": path}))
        django = Template("{% load static %}{% static path %}").render(Context({"path": path}))
        assert ours == django
    settings.STATIC_URL = "/elsewhere/"
    moved = Template("{% load site_header %}{% asset 'js/nav.js' %}").render(Context({}))
    assert moved.startswith("/elsewhere/")

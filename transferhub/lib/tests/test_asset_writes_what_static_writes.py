"""`{% asset %}` (base.html's stylesheets and scripts) writes what `{% static %}` writes."""

from django.template import Context, Template


def test_asset_writes_what_static_writes(db, settings):
    files = ["css/transferhub.css", "favicon.svg", "js/nav.js", "js/htmx.min.js", "x y/ä&.js"]
    for path in files:
        ours = Template("{% load assets %}{% asset path %}").render(Context({"path": path}))
        django = Template("{% load static %}{% static path %}").render(Context({"path": path}))
        assert ours == django
    settings.STATIC_URL = "/elsewhere/"
    moved = Template("{% load assets %}{% asset 'js/nav.js' %}").render(Context({}))
    assert moved.startswith("/elsewhere/")

"""`transferhub serve` compiles every template before gunicorn forks (lib/warmup.py).

A template with a syntax error on a page no test renders would otherwise first fail
in front of a user; here it fails the suite.
"""

from django.template import engines

from transferhub.lib.warmup import compile_templates, template_names


def test_every_template_of_the_project_compiles():
    names = template_names()
    assert "base.html" in names
    assert any(name.startswith("meetings/") for name in names)
    assert compile_templates() == len(names)


def test_compiled_templates_are_served_from_the_cache_afterwards(settings):
    compile_templates()
    engine = engines["django"].engine
    assert engine.get_template("base.html") is engine.get_template("base.html")

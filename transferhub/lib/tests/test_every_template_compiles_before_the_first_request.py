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


def test_download_libraries_wait_for_the_server_and_not_every_command(tmp_path):
    # A command or test process does not import what only Word, spreadsheet and invoice
    # downloads need; the server's warm-up does, before its workers fork.
    import subprocess
    import sys

    from transferhub.lib.warmup import DOWNLOAD_LIBRARIES

    script = (
        "import sys, django; django.setup();"
        "from django.core.wsgi import get_wsgi_application;"
        "from django.urls import get_resolver;"
        "get_resolver().resolve('/');"
        f"libraries = {DOWNLOAD_LIBRARIES!r};"
        "print(sorted(n for n in libraries if n in sys.modules));"
        "from transferhub.lib.warmup import warm_up; warm_up(get_wsgi_application());"
        "print(sorted(n for n in libraries if n in sys.modules))"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "transferhub.settings",
        "DATA_DIR": str(tmp_path),
        "SECRET_KEY": "x",
        "LOG_LEVEL": "ERROR",
    }
    run = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    before, after = run.stdout.splitlines()[-2:]
    assert before == "[]"
    assert after == str(sorted(DOWNLOAD_LIBRARIES))

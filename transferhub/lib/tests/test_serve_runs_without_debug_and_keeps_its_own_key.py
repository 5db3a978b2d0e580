"""`transferhub serve` runs with DEBUG off and a secret key of its own, kept in DATA_DIR.

The demo (`make run`) served Django's debug pages (settings, paths, SQL) to anyone who
mistyped a URL, signed with a key printed in the source.
"""

import os
import re
import signal
import stat
import subprocess
import sys
import time

import pytest
import requests

from transferhub import settings as transferhub_settings
from transferhub.cli import serve_environment
from transferhub.lib.testing.server import free_port

from .conftest import PROJECT, transferhub

# Variables of the test run that must not reach the server: it gets what an operator
# who only typed `transferhub serve` would have.
NOT_SET = (
    "DATABASE_URL",
    "DJANGO_SETTINGS_MODULE",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "DEBUG",
    "SECRET_KEY",
    "SITE_URL",
    "SECURE_SSL_REDIRECT",
    "SECURE_COOKIES",
    "SECURE_HSTS_SECONDS",
    "TASKS_IMMEDIATE",
)


def bare_env(data_dir) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in NOT_SET}
    env.update(DATA_DIR=str(data_dir), GUNICORN_CMD_ARGS="--no-control-socket")
    return env


def test_serve_turns_debug_off_unless_debug_is_set():
    environ = {}
    serve_environment(environ)
    assert environ["DEBUG"] == "0"
    # The demo answers on http://127.0.0.1:8000: no redirect to https, cookies over http.
    assert environ["SECURE_SSL_REDIRECT"] == environ["SECURE_COOKIES"] == "0"
    assert environ["SECURE_HSTS_SECONDS"] == "0"

    asked = {"DEBUG": "1", "SECURE_COOKIES": "1"}
    serve_environment(asked)
    assert asked["DEBUG"] == "1" and asked["SECURE_COOKIES"] == "1"


def test_behind_https_serve_keeps_the_https_defaults():
    environ = {"SITE_URL": "https://transferhub.example.org"}
    serve_environment(environ)
    assert environ == {"SITE_URL": "https://transferhub.example.org", "DEBUG": "0"}


def test_the_key_is_made_once_readable_by_the_owner_only_and_kept(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    key = transferhub_settings.secret_key(tmp_path)
    path = tmp_path / "secret_key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(key) >= 50 and path.read_text().strip() == key
    assert transferhub_settings.secret_key(tmp_path) == key
    assert [p.name for p in tmp_path.iterdir()] == ["secret_key"]  # no draft left


def test_a_configured_key_wins_and_no_file_is_made(tmp_path, monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "k" * 50)
    assert transferhub_settings.secret_key(tmp_path) == "k" * 50
    assert not (tmp_path / "secret_key").exists()


def test_production_settings_without_a_key_pass_the_deploy_check(prod_env, tmp_path):
    del prod_env["SECRET_KEY"]
    result = transferhub("check", "--deploy", env=prod_env)
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout + result.stderr
    assert (tmp_path / "install" / "secret_key").exists()


@pytest.mark.system
def test_the_served_demo_shows_its_own_404_page_and_its_static_files(tmp_path):
    env = bare_env(tmp_path)
    port = free_port()
    log = (tmp_path / "serve.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "transferhub.cli", "serve", "--host", "127.0.0.1"]
        + ["--port", str(port), "--workers", "1"],
        env=env,
        cwd=PROJECT,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            assert server.poll() is None, (tmp_path / "serve.log").read_text()[-3000:]
            assert time.monotonic() < deadline, "the server did not answer"
            try:
                missing = requests.get(f"{base}/gibt-es-nicht/", timeout=5)
                break
            except requests.ConnectionError:
                time.sleep(0.2)
        assert missing.status_code == 404
        assert "<h1>Nicht gefunden</h1>" in missing.text  # the app's own page
        assert "Page not found" not in missing.text and "URLconf" not in missing.text
        login = requests.get(f"{base}/anmelden/", timeout=5, allow_redirects=False)
        assert login.status_code == 200  # plain HTTP, no redirect to https
        stylesheet = re.search(r'href="(/static/css/transferhub\.[0-9a-f]+\.css)"', login.text)
        css = requests.get(base + stylesheet.group(1), timeout=5)
        assert css.status_code == 200 and "font" in css.text  # collected, served by WhiteNoise
        key = tmp_path / "secret_key"
        assert stat.S_IMODE(key.stat().st_mode) == 0o600
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        log.close()

import json
import sys

import pytest

from transferhub.lib.middleware import DEFAULT_CSP

from .conftest import PROJECT

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"
)


@pytest.mark.parametrize("url", ["/", "/anmelden/", "/gibt-es-nicht/"])
def test_every_page_carries_the_content_security_policy(client, db, url):
    response = client.get(url)
    assert response.headers["Content-Security-Policy"] == CSP
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_the_policy_allows_no_inline_script():
    assert DEFAULT_CSP == CSP
    assert "unsafe-inline" not in CSP and "unsafe-eval" not in CSP


PROBE = """
import json, django
django.setup()
from django.test import Client
c = Client()
r = c.get("/anmelden/", secure=True, headers={"host": "example.org"})
cookie = r.cookies["csrftoken"]
plain = c.get("/anmelden/", headers={"host": "example.org"})
print(json.dumps({
    "status": r.status_code,
    "hsts": r.headers.get("Strict-Transport-Security"),
    "csp": r.headers.get("Content-Security-Policy"),
    "frame": r.headers.get("X-Frame-Options"),
    "cookie_secure": bool(cookie["secure"]),
    "plain_status": plain.status_code,
    "plain_location": plain.headers.get("Location"),
}))
"""


def test_production_sends_hsts_secure_cookies_and_redirects_to_https(
    prod_env, tmp_path, migrate_install
):
    import subprocess

    migrate_install(prod_env, static=True)
    prod_env["DJANGO_SETTINGS_MODULE"] = "transferhub.settings"
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        env=prod_env,
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["status"] == 200
    assert seen["hsts"] == "max-age=31536000; includeSubDomains; preload"
    assert seen["csp"] == CSP
    assert seen["frame"] == "DENY"
    assert seen["cookie_secure"] is True
    assert seen["plain_status"] == 301
    assert seen["plain_location"] == "https://example.org/anmelden/"

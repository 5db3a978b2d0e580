"""Codes computed as the person's authenticator app would, from the secret the page shows."""

import base64
import re

from django_otp.oath import totp

PASSWORD = "geheim-123-geheim"


def secret_on_page(html: str) -> bytes:
    """The key shown for typing by hand ('ABCD EFGH …'), as bytes."""
    shown = re.search(r"<code>([A-Z2-7 ]+)</code>", html).group(1)
    return base64.b32decode(shown.replace(" ", ""))


def code(key: bytes, *, steps_ahead: int = 0) -> str:
    """The app's current code; `steps_ahead` for the next one (each code counts once)."""
    return str(totp(key, drift=steps_ahead)).zfill(6)


def recovery_codes_on_page(html: str) -> list[str]:
    block = html.split('class="recovery-codes"')[1].split("</ul>")[0]
    return re.findall(r"<code>([a-z2-7]+)</code>", block)


def set_up_two_factor(client) -> tuple[bytes, list[str]]:
    """Set up the app for the signed-in client; return its key and the recovery codes."""
    page = client.get("/konto/zwei-faktoren/einrichten/").content.decode()
    key = secret_on_page(page)
    response = client.post("/konto/zwei-faktoren/einrichten/", {"code": code(key)})
    assert response.status_code == 200
    return key, recovery_codes_on_page(response.content.decode())

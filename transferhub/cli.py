"""The `transferhub` command: Django's management commands under one name.

`transferhub serve`, `transferhub demo`, `transferhub import-protocol` and every
Django command (`transferhub migrate`, `transferhub createsuperuser`, ...).
"""

import os
import sys
from collections.abc import MutableMapping


def serve_environment(environ: MutableMapping[str, str]) -> None:
    """Set what `transferhub serve` runs with where the environment says nothing.

    DEBUG is off unless DEBUG=1 is set: the server never shows Django's debug pages,
    and WhiteNoise serves the collected static files. Without an https SITE_URL (the
    demo on 127.0.0.1) it serves plain HTTP: no redirect to https, no HSTS, cookies
    without the Secure flag. The secret key comes from the data directory (settings).
    """
    environ.setdefault("DEBUG", "0")
    if not environ.get("SITE_URL", "").startswith("https://"):
        environ.setdefault("SECURE_SSL_REDIRECT", "0")
        environ.setdefault("SECURE_COOKIES", "0")
        environ.setdefault("SECURE_HSTS_SECONDS", "0")


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "transferhub.settings")
    from django.core.management import execute_from_command_line

    argv = list(sys.argv)
    argv[0] = "transferhub"
    # Dashes read better on a command line; Django's command modules use underscores.
    if len(argv) > 1 and not argv[1].startswith("-"):
        argv[1] = argv[1].replace("-", "_")
    if len(argv) > 1 and argv[1] == "serve":
        # Before the settings load; gunicorn and its workers inherit it by exec.
        serve_environment(os.environ)
    execute_from_command_line(argv)


if __name__ == "__main__":
    main()

"""The `transferhub` command: Django's management commands under one name.

`transferhub serve`, `transferhub demo`, `transferhub import-protocol` and every
Django command (`transferhub migrate`, `transferhub createsuperuser`, ...).
"""

import os
import socket
import sys
from collections.abc import MutableMapping, Sequence


def _option(argv: Sequence[str], name: str) -> str | None:
    """The value of `--name value` or `--name=value` in argv, else None."""
    for i, arg in enumerate(argv):
        if arg == f"--{name}" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith(f"--{name}="):
            return arg.split("=", 1)[1]
    return None


def serve_environment(environ: MutableMapping[str, str], argv: Sequence[str] = ()) -> None:
    """Set what `transferhub serve` runs with where the environment says nothing.

    DEBUG is off unless DEBUG=1 is set: the server never shows Django's debug pages,
    and WhiteNoise serves the collected static files. Without SITE_URL, the address the
    server listens on (--host/--port, HOST/PORT) is the one QR codes, mails, .ics files
    and OParl ids point to. Without an https SITE_URL (the demo on 127.0.0.1) it serves
    plain HTTP: no redirect to https, no HSTS, cookies without the Secure flag. The
    secret key comes from the data directory (settings).
    """
    environ.setdefault("DEBUG", "0")
    if not environ.get("SITE_URL"):
        host = _option(argv, "host") or environ.get("HOST") or "127.0.0.1"
        port = _option(argv, "port") or environ.get("PORT") or "8000"
        if host in ("0.0.0.0", "::", ""):  # every interface: the machine's own name
            host = socket.getfqdn()
        environ.setdefault("ALLOWED_HOSTS", f"{host},127.0.0.1,localhost")
        environ["SITE_URL"] = f"http://{f'[{host}]' if ':' in host else host}:{port}"
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
        serve_environment(os.environ, argv[2:])
    execute_from_command_line(argv)


if __name__ == "__main__":
    main()

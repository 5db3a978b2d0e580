"""Production settings on a throwaway SQLite database, for the benchmarks that need them."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

# Settings of the developer's shell that would point a benchmark elsewhere.
DROPPED = ("DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE", "TASKS_IMMEDIATE")


def production_env(data_dir: Path) -> dict[str, str]:
    """This process's environment with production settings (DEBUG=0) on a SQLite file in data_dir."""
    env = {k: v for k, v in os.environ.items() if k not in DROPPED}
    env.update(
        DJANGO_SETTINGS_MODULE="transferhub.settings",
        DATA_DIR=str(data_dir),
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        # Plain HTTP on loopback: no redirect to https, cookies without the Secure flag.
        SECURE_SSL_REDIRECT="0",
        SECURE_COOKIES="0",
        LOG_LEVEL="ERROR",
    )
    return env


def setup_production(directory: Path) -> None:
    """Set up Django in this process on production settings in directory; migrate, collect static."""
    env = production_env(directory)
    # The seed's demo sends mails (seals granted): keep them in memory.
    env["EMAIL_BACKEND"] = "django.core.mail.backends.locmem.EmailBackend"
    for name in DROPPED:
        os.environ.pop(name, None)
    os.environ.update(env)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    # DEBUG=0 pages name their static files through the manifest.
    call_command("collectstatic", verbosity=0, interactive=False)

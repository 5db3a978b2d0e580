"""The `transferhub` command: Django's management commands under one name.

`transferhub serve`, `transferhub demo`, `transferhub import-protocol` and every
Django command (`transferhub migrate`, `transferhub createsuperuser`, ...).
"""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "transferhub.settings")
    from django.core.management import execute_from_command_line

    argv = list(sys.argv)
    argv[0] = "transferhub"
    # Dashes read better on a command line; Django's command modules use underscores.
    if len(argv) > 1 and not argv[1].startswith("-"):
        argv[1] = argv[1].replace("-", "_")
    execute_from_command_line(argv)


if __name__ == "__main__":
    main()

"""Load what a first request needs once, before gunicorn forks its workers.

Without it every fresh worker imports the URLconf (and with it the API's schemas),
compiles the templates it renders and reads the message catalogues on its first request:
about a second of CPU per worker, paid by whoever comes first. Done in the master
process under `--preload`, the workers inherit it all (copy-on-write).
"""

from __future__ import annotations

import gc
import importlib
import logging
import time
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.template import TemplateDoesNotExist, TemplateSyntaxError, engines
from django.test import RequestFactory
from django.urls import get_resolver
from django.utils import translation

logger = logging.getLogger(__name__)

# Pages an anonymous visitor may open: rendering them warms middleware, context
# processors and the template tags they load, without writing anything.
WARM_PATHS = ("/", "/anmelden/")
# Imported by the downloads that use them (not by every command or test process); the
# server's workers get them from the master instead of on their first such download.
DOWNLOAD_LIBRARIES = ("docxtpl", "openpyxl", "facturx")


def template_names() -> list[str]:
    """Every HTML template the project's engines can find, as names for get_template."""
    names: set[str] = set()
    for engine in engines.all():
        for directory in engine.template_dirs:
            root = Path(directory)
            names.update(
                str(path.relative_to(root)) for path in root.rglob("*.html") if path.is_file()
            )
    return sorted(names)


def compile_templates() -> int:
    """Compile every template into the cached loader; returns how many compiled."""
    compiled = 0
    for name in template_names():
        for engine in engines.all():
            try:
                engine.get_template(name)
            except (TemplateDoesNotExist, TemplateSyntaxError):
                continue
            compiled += 1
            break
    return compiled


def warm_up(application) -> float:
    """Import, compile and read what requests need; returns the seconds it took."""
    started = time.perf_counter()
    get_resolver().resolve("/")  # imports every app's urls and views (and the API)
    for library in DOWNLOAD_LIBRARIES:
        importlib.import_module(library)
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            translation.gettext("Sitzungen")  # reads the catalogues of every app
    compile_templates()
    factory = RequestFactory()
    for path in WARM_PATHS:
        request = factory.get(
            path, HTTP_HOST=settings.ALLOWED_HOSTS[0] if settings.ALLOWED_HOSTS else "localhost"
        )
        try:
            application.get_response(request)
        except Exception:  # a database not yet migrated must not stop the server
            logger.warning("warm-up request to %s failed", path, exc_info=True)
    # Workers must not share the master's database connections.
    connections.close_all()
    # Everything loaded so far lives as long as the process: the garbage collector of a
    # forked worker leaves it alone instead of writing to each object (which copies every
    # page the worker shares with the master; at a worker's exit that took 7-9 s at load 7).
    gc.collect()
    gc.freeze()
    return time.perf_counter() - started

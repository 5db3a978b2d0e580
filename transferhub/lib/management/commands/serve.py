"""Serve Transferhub with gunicorn, a real WSGI server."""

import hashlib
import json
import os
import shutil
import sys
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection

from transferhub.lib.db import refresh_planner_statistics


def collected_stamp_path() -> Path:
    """Beside STATIC_ROOT (not in it, where WhiteNoise would serve it): the fingerprint of
    the files the last collectstatic collected from."""
    root = Path(settings.STATIC_ROOT)
    return root.with_name(root.name + ".collected-from")


def static_sources_stamp() -> str:
    """A fingerprint of what collectstatic would collect and how.

    Every file the finders list (its path, size and modification time), the storage, the
    static URL and the versions of Django and WhiteNoise, which hash and compress them.
    """
    from importlib.metadata import version

    from django.contrib.staticfiles.finders import get_finders

    ignore = apps.get_app_config("staticfiles").ignore_patterns
    entries = []
    for finder in get_finders():
        for path, storage in finder.list(ignore):
            source = storage.path(path)
            info = os.stat(source)
            prefix = getattr(storage, "prefix", None) or ""
            entries.append(f"{prefix}/{path}\0{source}\0{info.st_size}\0{info.st_mtime_ns}")
    head = (
        f"{settings.STORAGES['staticfiles']['BACKEND']}\0{settings.STATIC_URL}\0"
        f"{version('django')}\0{version('whitenoise')}"
    )
    return hashlib.sha256("\n".join([head, *sorted(entries)]).encode()).hexdigest()


def _collected_files_present(root: Path) -> bool:
    """Whether every file the manifest names is in STATIC_ROOT (nobody deleted any)."""
    manifest = root / "staticfiles.json"
    try:
        paths = json.loads(manifest.read_text())["paths"]
    except (OSError, ValueError, KeyError):
        return False
    return all((root / name).is_file() for name in paths.values())


def collect_static_files() -> bool:
    """collectstatic, unless STATIC_ROOT holds what it would collect; whether it ran.

    Hashing and compressing (gzip and brotli) every file costs about 5 s of CPU, 20 s and
    more on a busy machine, at every start; a restart with the same files skips it.
    """
    root = Path(settings.STATIC_ROOT)
    stamp_file = collected_stamp_path()
    stamp = static_sources_stamp()
    try:
        current = stamp_file.read_text() == stamp and _collected_files_present(root)
    except OSError:
        current = False
    if current:
        return False
    stamp_file.unlink(missing_ok=True)  # a collect cut short leaves no valid stamp
    call_command("collectstatic", interactive=False, verbosity=0)
    stamp_file.write_text(stamp)
    return True


class Command(BaseCommand):
    help = "Serve the app with gunicorn (workers from the core count)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument(
            "--workers",
            type=int,
            default=int(os.environ.get("WEB_CONCURRENCY", 2 * (os.cpu_count() or 1) + 1)),
        )

    def handle(self, *args, host, port, workers, **options):
        if not settings.DEBUG:
            collect_static_files()
        # A grown database with stale statistics gets slow plans. A full ANALYZE takes 0.4 s
        # at scale 1; a sampled one misled SQLite into a slower plan for the decision search.
        refresh_planner_statistics()
        connection.close()
        gunicorn = shutil.which("gunicorn") or os.path.join(
            os.path.dirname(sys.executable), "gunicorn"
        )
        self.stdout.write(f"Transferhub läuft auf http://{host}:{port}/ (Strg+C beendet)")
        argv = [
            gunicorn,
            "transferhub.wsgi:application",
            "--bind",
            f"{host}:{port}",
            "--workers",
            str(workers),
            "--access-logfile",
            "-",
            "--access-logformat",
            '%(t)s "%(r)s" %(s)s %(b)s %(M)sms',
            # gunicorn 27's control socket lives at one path per user: several servers
            # side by side (tests, benchmarks) would take it from each other.
            "--no-control-socket",
            # Load and warm the app once in the master (lib/warmup.py): a fresh worker's
            # first request then costs what any request costs.
            "--preload",
        ]
        os.environ["TRANSFERHUB_WARM_UP"] = "1"
        # The access log shows paths, never who asked: no addresses or names in logs.
        # gunicorn runs in this process (the master keeps its pid and process group, as it
        # did when this process exec'd gunicorn): its --preload then finds Django set up,
        # which saves the second interpreter and Django start (about 0.9 s of CPU).
        from gunicorn.app.wsgiapp import run

        sys.argv = argv
        run()

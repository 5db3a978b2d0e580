"""Serve Transferhub with gunicorn, a real WSGI server."""

import os
import shutil
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection

from transferhub.lib.db import refresh_planner_statistics


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
            call_command("collectstatic", interactive=False, verbosity=0)
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
        os.execv(gunicorn, argv)

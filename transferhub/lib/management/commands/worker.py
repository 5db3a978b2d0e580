"""transferhub worker: run the background jobs (django-tasks' database worker).

Every option of `db_worker` passes through, e.g. `--batch` to drain the queue
and exit, `--queue-name`, `--interval`, `--max-tasks`. At its start it hands on
the jobs a killed worker left RUNNING (see transferhub.lib.jobs). Every
`--schedule-interval` seconds it enqueues the periodic jobs that are due (reminders,
expiries, erasure, backup: transferhub.lib.scheduler), once across all workers; with
`--batch` it does so once before draining the queue.
"""

import datetime as dt
import logging
import signal
import threading
import time

from django.db import close_old_connections
from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand

from transferhub.lib import scheduler
from transferhub.lib.jobs import recover_abandoned_jobs

logger = logging.getLogger(__name__)


def _schedule_forever(interval: float) -> None:
    while True:
        try:
            scheduler.tick()
        except Exception:
            logger.exception("Scheduler tick failed; trying again in %s s.", interval)
        finally:
            close_old_connections()
        time.sleep(interval)


_WORKER_SIGNALS = [signal.SIGINT, signal.SIGTERM] + (
    [signal.SIGQUIT] if hasattr(signal, "SIGQUIT") else []
)


class Command(DbWorkerCommand):
    help = "Run the background jobs (mail, reminders) stored in the database."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument(
            "--abandoned-after",
            type=int,
            default=60,
            metavar="MINUTES",
            help="Jobs RUNNING longer than this count as left behind by a dead worker.",
        )
        parser.add_argument(
            "--schedule-interval",
            type=float,
            default=60,
            metavar="SECONDS",
            help="How often to enqueue the periodic jobs that are due (0: never).",
        )

    def handle(self, *args, abandoned_after: int, schedule_interval: float, **options):
        requeued, failed = recover_abandoned_jobs(older_than=dt.timedelta(minutes=abandoned_after))
        if requeued or failed:
            self.stderr.write(
                f"Liegengebliebene Aufträge: {requeued} neu eingereiht, "
                f"{failed} als fehlgeschlagen markiert."
            )
        if schedule_interval > 0:
            if options.get("batch"):
                scheduler.tick()
            else:
                threading.Thread(
                    target=_schedule_forever, args=(schedule_interval,), daemon=True
                ).start()
        if not options.get("batch"):
            super().handle(*args, **options)
            return
        # db_worker installs its own SIGINT/SIGTERM handlers and leaves them: a batch run
        # inside another process (a test, a script) would otherwise take over its Ctrl+C.
        kept = {signum: signal.getsignal(signum) for signum in _WORKER_SIGNALS}
        try:
            super().handle(*args, **options)
        finally:
            for signum, handler in kept.items():
                signal.signal(signum, handler)

"""transferhub worker: run the background jobs (django-tasks' database worker).

Every option of `db_worker` passes through, e.g. `--batch` to drain the queue
and exit, `--queue-name`, `--interval`, `--max-tasks`. At its start it hands on
the jobs a killed worker left RUNNING (see transferhub.lib.jobs).
"""

import datetime as dt

from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand

from transferhub.lib.jobs import recover_abandoned_jobs


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

    def handle(self, *args, abandoned_after: int, **options):
        requeued, failed = recover_abandoned_jobs(older_than=dt.timedelta(minutes=abandoned_after))
        if requeued or failed:
            self.stderr.write(
                f"Liegengebliebene Aufträge: {requeued} neu eingereiht, "
                f"{failed} als fehlgeschlagen markiert."
            )
        super().handle(*args, **options)

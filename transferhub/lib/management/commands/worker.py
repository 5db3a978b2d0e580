"""transferhub worker: run the background jobs (django-tasks' database worker).

Every option of `db_worker` passes through, e.g. `--batch` to drain the queue
and exit, `--queue-name`, `--interval`, `--max-tasks`.
"""

from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand


class Command(DbWorkerCommand):
    help = "Run the background jobs (mail, reminders) stored in the database."

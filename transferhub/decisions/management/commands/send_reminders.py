"""transferhub send-reminders: enqueue today's reminder digests (run it daily, e.g. from cron)."""

from django.core.management.base import BaseCommand
from django_tasks import TaskResultStatus

from transferhub.decisions.notifications import reminders_run, reminders_send


class Command(BaseCommand):
    help = (
        "Enqueue the daily reminder mails for tasks due soon or overdue "
        "(one digest per person and day; a second run on the same day sends nothing)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--now",
            action="store_true",
            help="send in this process instead of leaving it to `transferhub worker`",
        )

    def handle(self, *args, now: bool, **options):
        if now:
            self._report(reminders_run().as_dict())
            return
        result = reminders_send.enqueue()
        if result.status == TaskResultStatus.SUCCESSFUL:  # an immediate backend ran it already
            self._report(result.return_value)
        elif result.status == TaskResultStatus.FAILED:
            self.stderr.write("Erinnerungen: Fehler beim Versand, siehe Protokoll.")
            raise SystemExit(2)
        else:
            self.stdout.write(
                f"Erinnerungen eingereiht (Job {result.id}); `transferhub worker` versendet sie."
            )

    def _report(self, report: dict) -> None:
        self.stdout.write(
            "Erinnerungen vom {day}: {digests_sent} Mail(s) zu {tasks_reminded} Aufgabe(n) "
            "versendet, {already_reminded_today} Person(en) heute schon erinnert, "
            "{failed} fehlgeschlagen.".format(**report)
        )
        for entry in report["skipped"]:
            self.stdout.write(f"  übersprungen: Aufgabe {entry['task']} ({entry['reason']})")

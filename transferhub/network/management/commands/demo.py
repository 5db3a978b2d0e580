"""transferhub demo [--reset]: load the seed's AG Transfer meeting and its network."""

from django.core.management.base import BaseCommand

from transferhub.network.demo import (
    DEMO_PASSWORD,
    DEMO_USERS,
    demo_load,
    demo_loaded,
    demo_logins,
    demo_reset,
)


class Command(BaseCommand):
    help = "Load the demo data (the AG Transfer meeting of 15.09.2022, read from the seed)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="delete all meetings, bodies and people first, then reload",
        )

    def handle(self, *args, reset: bool, **options):
        if reset:
            demo_reset()
        if demo_loaded():
            self.stdout.write("Demo-Daten sind bereits geladen (--reset lädt sie neu).")
        else:
            meeting = demo_load()
            self.stdout.write(
                f"Demo geladen: {meeting} mit {meeting.agenda_items.count()} Tagesordnungspunkten."
            )
        self.stdout.write("")
        self.stdout.write("Demo-Zugänge (Passwort für alle: %s):" % DEMO_PASSWORD)
        for username, given, family, _title, role in DEMO_USERS:
            self.stdout.write(f"  {username:<18} {given} {family} ({role.label})")
        for username, given, family, what in demo_logins():
            self.stdout.write(f"  {username:<18} {given} {family} ({what})")

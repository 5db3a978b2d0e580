"""Fill an empty database with invented data for benchmarks."""

import time

from django.core.management.base import BaseCommand
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from transferhub.lib.generate import GenerateError, generate, registered_steps
from transferhub.lib.management.base import CommandFailed


class Command(BaseCommand):
    help = (
        "Füllt eine leere Datenbank mit erfundenen Daten: bei --scale 1 200 Gremien, "
        "5.000 Sitzungen, 100.000 Tagesordnungspunkte, 50.000 Beschlüsse, 100.000 Aufgaben, "
        "20.000 Personen."
    )

    def add_arguments(self, parser):
        parser.add_argument("--scale", type=float, default=1.0, help="Maßstab (1 = volle Größe)")
        parser.add_argument("--seed", type=int, default=1, help="Startwert des Zufalls")
        parser.add_argument("--batch-size", type=int, default=2000)

    def handle(self, *args, scale, seed, batch_size, verbosity, **options):
        started = time.monotonic()
        progress = Progress(
            TextColumn("{task.description:<22}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            disable=verbosity < 1,
        )

        def on_step(step, total):
            # Started here, after the checks: a refusal prints its one line and nothing else.
            if not progress.live.is_started:
                progress.start()
            task = progress.add_task(step.label, total=total)
            return lambda n: progress.advance(task, n)

        try:
            planned = generate(scale=scale, seed=seed, batch_size=batch_size, on_step=on_step)
        except GenerateError as e:
            raise CommandFailed(str(e)) from e
        finally:
            if progress.live.is_started:
                progress.stop()
        seconds = f"{time.monotonic() - started:.1f}".replace(".", ",")
        labels = {step.name: step.label for step in registered_steps()}
        summary = ", ".join(f"{n} {labels[name]}" for name, n in planned.items())
        self.stdout.write(f"Erzeugt in {seconds} s: {summary}")

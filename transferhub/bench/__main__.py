"""Run every benchmark module of this package and print its table (`make bench`).

    python -m transferhub.bench            # all modules with a run() function
    python -m transferhub.bench web        # only transferhub/bench/web.py
    python -m transferhub.bench recording  # the recording page of 30 items and its autosave

Each module runs in its own process, so that one's Django settings (a throwaway
database in a temporary directory, say) never leak into the next. Before run()
the harness sets up Django on the configured database (the developer's var/),
unless the module sets `SETS_UP_DJANGO = True` (or calls `django.setup(` itself):
then run() does it. run() may return a str (printed as is), a list of
(measure, value) pairs or a dict (printed as a two-column Markdown table), or
None when it printed its own figures.
"""

from __future__ import annotations

import importlib
import inspect
import os
import pkgutil
import subprocess
import sys
import time

import transferhub.bench as package


def markdown_table(headers: list[str], rows: list[list[object]]) -> str:
    """Format rows as a GitHub Markdown table."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def discover() -> list[str]:
    """Name the modules of this package that have a run() function."""
    names = []
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        if callable(getattr(module, "run", None)):
            names.append(info.name)
    return sorted(names)


def sets_up_django(module) -> bool:
    flag = getattr(module, "SETS_UP_DJANGO", None)
    if flag is not None:
        return bool(flag)
    try:
        return "django.setup(" in inspect.getsource(module)
    except OSError:
        return False


def render(result) -> str | None:
    if result is None:
        return None
    if isinstance(result, str):
        return result
    if isinstance(result, dict):
        result = list(result.items())
    return markdown_table(["Messung", "Wert"], [list(row) for row in result])


def run_one(name: str) -> None:
    """Run one module in this process (the child side)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "transferhub.settings")
    module = importlib.import_module(f"{package.__name__}.{name}")
    if not sets_up_django(module):
        import django

        django.setup()
    text = render(module.run())
    if text:
        print(text, flush=True)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        run_one(argv[1])
        return 0
    available = discover()
    wanted = argv or available
    unknown = sorted(set(wanted) - set(available))
    if unknown:
        print(
            f"Unbekannte Benchmarks: {', '.join(unknown)} (vorhanden: {', '.join(available)})",
            file=sys.stderr,
        )
        return 2
    failed = []
    for name in wanted:
        print(f"\n## {name}\n", flush=True)
        started = time.monotonic()
        code = subprocess.call([sys.executable, "-m", "transferhub.bench", "--child", name])
        print(f"\n_{name}: {time.monotonic() - started:.0f} s_", flush=True)
        if code:
            failed.append(name)
    if failed:
        print(f"\nFehlgeschlagen: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

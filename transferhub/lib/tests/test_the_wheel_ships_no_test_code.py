"""The installed product carries no benchmarks, test support code or tests.

bench/, lib/testing/ and every app's tests/ stay in the repository (an editable install
and `python -m transferhub.bench` keep working), but pyproject's setuptools config
leaves them out of the wheel. The wheel is built from a copy of the working tree, and the
app it holds must still start: settings, every URL module and Django's system checks,
imported from the wheel alone.
"""

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from .conftest import ENV_DROPPED, PROJECT

LEFT_OUT = ("transferhub/bench/", "transferhub/lib/testing/")

STARTS = """
import importlib.util, os, sys
# The development tree's editable install must not fill in what the wheel lacks.
sys.meta_path[:] = [f for f in sys.meta_path if "__editable__" not in repr(f)]
sys.path_hooks[:] = [h for h in sys.path_hooks if "__editable__" not in repr(h)]
sys.path_importer_cache.clear()
import transferhub
assert transferhub.__file__.startswith(os.environ["WHEEL_ROOT"]), transferhub.__file__
import django
django.setup()
import transferhub.urls
from django.core.management import call_command
call_command("check", fail_level="ERROR")
for name in ("transferhub.bench", "transferhub.lib.testing", "transferhub.meetings.tests"):
    assert importlib.util.find_spec(name) is None, name
outside = [
    m.__name__ for m in list(sys.modules.values())
    if m.__name__.startswith("transferhub") and getattr(m, "__file__", None)
    and not m.__file__.startswith(os.environ["WHEEL_ROOT"])
]
assert outside == [], outside
print("started")
"""


def _source_copy(target: Path) -> Path:
    target.mkdir()
    shutil.copy(PROJECT / "pyproject.toml", target)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    shutil.copytree(PROJECT / "transferhub", target / "transferhub", ignore=ignore)
    return target


def _build_wheel(source: Path, out: Path) -> Path:
    """setuptools' own build backend, as pip would call it (no network, at most 5 min)."""
    out.mkdir()
    code = (
        "import sys; from setuptools import build_meta; print(build_meta.build_wheel(sys.argv[1]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(out)],
        cwd=source,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return out / result.stdout.strip().splitlines()[-1]


def test_the_wheel_leaves_out_benchmarks_test_support_and_tests_and_still_starts(tmp_path):
    wheel = _build_wheel(_source_copy(tmp_path / "source"), tmp_path / "dist")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        shipped_test_code = [
            n for n in names if n.startswith(LEFT_OUT) or "/tests/" in n or "/conftest" in n
        ]
        assert shipped_test_code == []
        # What the product needs is there: code, migrations, templates, static files.
        for needed in (
            "transferhub/settings.py",
            "transferhub/meetings/views/__init__.py",
            "transferhub/meetings/migrations/0001_initial.py",
            "transferhub/templates/base.html",
        ):
            assert needed in names
        assert any(n.startswith("transferhub/static/") for n in names)
        # A pure-Python wheel installs by unpacking it.
        root = tmp_path / "installed"
        archive.extractall(root)

    env = {k: v for k, v in os.environ.items() if k not in ENV_DROPPED}
    env.update(
        PYTHONPATH=str(root),
        WHEEL_ROOT=str(root),
        DATA_DIR=str(tmp_path / "data"),
        DJANGO_SETTINGS_MODULE="transferhub.settings",
    )
    env.pop("PYTHONPYCACHEPREFIX", None)
    result = subprocess.run(
        [sys.executable, "-c", STARTS],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip().splitlines()[-1] == "started"

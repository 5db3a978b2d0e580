"""`pytest --cpu-per-file=N` lists the test files that took the most CPU, child processes
included (lib/testing/cpu_per_test.py): on a shared machine wall time measures the load."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from transferhub.lib.testing.cpu_per_test import cpu_seconds, reaped_late, table

PROJECT = Path(__file__).resolve().parents[3]


def test_the_table_sums_each_files_tests_costliest_first():
    lines = table(
        {
            "a/test_seiten.py::test_eins": 1.0,
            "a/test_seiten.py::test_zwei[de]": 2.0,
            "b/test_pdf.py::test_drei": 5.0,
            "c/test_leer.py::test_vier": 0.0,
        },
        top=2,
    )
    assert lines[0] == "CPU in tests: 8.0 s in 4 tests, 3 files"
    assert lines[1].split() == ["5.0", "s", "62.5", "%", "1", "b/test_pdf.py"]
    assert lines[2].split() == ["3.0", "s", "37.5", "%", "2", "a/test_seiten.py"]
    assert len(lines) == 3


def test_a_child_reaped_during_another_test_is_listed_apart_not_on_that_file():
    # A server a test started and left running ends 21 s of CPU later, during a test of
    # 0.4 s: that CPU cannot be the short test's own.
    assert reaped_late(21.0, wall=0.4)
    assert not reaped_late(2.4, wall=2.5)  # a test waiting for Tesseract: its own
    assert not reaped_late(1.1, wall=0.1)  # a second more at most: noise, kept
    lines = table(
        {"a/test_kurz.py::test_eins": 0.1}, top=5, late={"a/test_kurz.py::test_eins": 21.0}
    )
    assert lines[1].split() == ["0.1", "s", "100.0", "%", "1", "a/test_kurz.py"]
    assert lines[2] == (
        "    21.0 s reaped late (not counted above), during a/test_kurz.py::test_eins"
    )


def test_a_run_counts_the_cpu_of_the_processes_its_tests_wait_for(tmp_path):
    (tmp_path / "test_child.py").write_text(
        textwrap.dedent(
            """
            import subprocess, sys

            def test_a_child_process_works_for_a_while():
                subprocess.run(
                    [sys.executable, "-c", "import time\\nend = time.process_time() + 0.25\\n"
                     "while time.process_time() < end: pass"],
                    check=True,
                )
            """
        )
    )
    (tmp_path / "test_idle.py").write_text("def test_nothing():\n    pass\n")
    before = cpu_seconds()
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--cpu-per-file=5"]
        + ["-p", "transferhub.lib.testing.cpu_per_test", "test_child.py", "test_idle.py"],
        cwd=tmp_path,
        # Without the suite's plugins (Django, Playwright, …): only the one under test.
        env={**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1", "PYTHONPATH": str(PROJECT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert cpu_seconds() - before >= 0.25  # this process waited for that run and its child
    report = run.stdout.split("CPU per test file", 1)[1].splitlines()
    assert report[1].startswith("CPU in tests:") and "in 2 tests, 2 files" in report[1]
    seconds, _s, _share, _pct, tests, path = report[2].split()
    assert path == "test_child.py" and tests == "1" and float(seconds) >= 0.25
    assert report[3].split()[-1] == "test_idle.py" and float(report[3].split()[0]) < 0.25

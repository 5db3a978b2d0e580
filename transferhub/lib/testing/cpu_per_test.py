"""CPU seconds per test file, for finding where the suite's time goes on a shared machine.

`pytest --cpu-per-file=N` ends with the N test files that took the most CPU (user + system
time of the test process and of the child processes it waited for: `transferhub` commands,
Tesseract, a wheel build), summed over setup, call and teardown and over the xdist workers.
`--durations` gives wall time, which on a machine other work shares measures the load as
much as the tests: at load average 10 the corpus test took 96 s of wall time, and 17 s of
CPU (Tesseract's included) when measured this way.

Not counted per test: Chromium (its processes end with the session, so their CPU reaches
the worker only then), each process's start and collection, and PostgreSQL's server. A
child process is counted when it is waited for: one that outlived its test and was reaped
during another would put its whole life on that one (once, in the run at load 10: 21 s
on a test of 0.4 s). A phase that took more CPU than its wall time allows is therefore
listed apart, as "reaped late", not on its file.
"""

from __future__ import annotations

import resource
from collections import Counter

import pytest

PROPERTY = "cpu_seconds"


def cpu_seconds() -> float:
    """User + system time of this process and of the children it has waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def per_file(seconds_by_test: dict[str, float]) -> list[tuple[str, float, int]]:
    """(file, CPU seconds, tests) for each test file, the costliest first."""
    seconds, tests = Counter(), Counter()
    for nodeid, spent in seconds_by_test.items():
        path = nodeid.split("::", 1)[0]
        seconds[path] += spent
        tests[path] += 1
    return [(path, spent, tests[path]) for path, spent in seconds.most_common()]


def reaped_late(cpu: float, wall: float) -> bool:
    """Whether a phase's CPU cannot all be its own: far more than its wall time allows (one
    core for the test, its waited-for children running while it waits)."""
    return cpu > 1.5 * wall + 1.0


def table(
    seconds_by_test: dict[str, float], top: int, late: dict[str, float] | None = None
) -> list[str]:
    """The report's lines: a total, then the `top` costliest files with their share, then
    the CPU of child processes reaped during tests that did not start them (`late`)."""
    rows = per_file(seconds_by_test)
    total = sum(seconds_by_test.values())
    lines = [f"CPU in tests: {total:.1f} s in {len(seconds_by_test)} tests, {len(rows)} files"]
    for path, spent, tests in rows[:top]:
        share = 100 * spent / total if total else 0.0
        lines.append(f"{spent:8.1f} s {share:5.1f} % {tests:5d} {path}")
    for nodeid, spent in sorted((late or {}).items(), key=lambda item: -item[1]):
        lines.append(f"{spent:8.1f} s reaped late (not counted above), during {nodeid}")
    return lines


def pytest_addoption(parser):
    parser.addoption(
        "--cpu-per-file",
        type=int,
        default=0,
        metavar="N",
        help="at the end, list the N test files that took the most CPU (user + system, "
        "child processes included; see transferhub/lib/testing/cpu_per_test.py)",
    )


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    # Called right after each phase (setup, call, teardown): the phase's CPU is what was
    # spent since the previous phase of the same test ended (or the test began).
    outcome = yield
    if not item.config.getoption("cpu_per_file"):
        return
    now = cpu_seconds()
    started = item.stash.get(_phase_start, None)
    if started is not None:
        outcome.get_result().user_properties.append((PROPERTY, now - started))
    item.stash[_phase_start] = now


_phase_start = pytest.StashKey[float]()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    if item.config.getoption("cpu_per_file"):
        item.stash[_phase_start] = cpu_seconds()
    yield


def pytest_runtest_logreport(report):
    # In xdist's controller the workers' reports arrive with their user_properties.
    for name, value in getattr(report, "user_properties", ()):
        if name == PROPERTY:
            spent = _late if reaped_late(value, report.duration) else _totals
            spent[report.nodeid] = spent.get(report.nodeid, 0.0) + value
            _totals.setdefault(report.nodeid, 0.0)


_totals: dict[str, float] = {}
_late: dict[str, float] = {}


def pytest_terminal_summary(terminalreporter, config):
    top = config.getoption("cpu_per_file")
    if not top or hasattr(config, "workerinput"):
        return
    terminalreporter.write_sep("=", "CPU per test file (user + system, child processes included)")
    for line in table(_totals, top, _late):
        terminalreporter.write_line(line)

"""An xdist worker's full garbage collection done before it reports that it finished.

Once a worker has reported its session finished, pytest's cleanup still collects the
whole heap (the unraisable-exception plugin's `gc.collect()`, and more): two or three full
collections of 1.2-1.6 s each in the workers of a 420-test run at load 10-12. Meanwhile
xdist's controller ends the worker's gateway, and execnet gives the worker 5 s before it
sends it a SIGINT; arriving during a collection, that lands in hypothesis's gc callback
and is printed as a `PytestUnraisableExceptionWarning` after "[100%]" of a run that passed
(docs/performance-log.md, part M). Collected here instead, while the controller still
waits for the worker, and frozen: the collections after it skip what is left.
"""

from __future__ import annotations

import gc

import pytest


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session):
    if hasattr(session.config, "workerinput"):
        gc.collect()
        gc.freeze()

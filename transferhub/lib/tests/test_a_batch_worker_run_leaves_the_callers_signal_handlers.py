"""`transferhub worker --batch` run inside another process (a script, a test run) drains the
queue and leaves that process's Ctrl+C and SIGTERM handling as it found it: django-tasks'
worker installs its own handlers, which would otherwise end the caller with sys.exit."""

import signal

import pytest
from django.core.management import call_command


# The worker closes its connection between jobs, which ends a test's transaction: it commits.
@pytest.mark.django_db(transaction=True)
def test_a_batch_run_restores_the_signal_handlers_it_found(settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }

    def callers_handler(signum, frame):  # pragma: no cover - never signalled here
        pass

    before = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    signal.signal(signal.SIGTERM, callers_handler)
    try:
        call_command("worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
        assert signal.getsignal(signal.SIGTERM) is callers_handler
        assert signal.getsignal(signal.SIGINT) is before[signal.SIGINT]
    finally:
        for s, handler in before.items():
            signal.signal(s, handler)

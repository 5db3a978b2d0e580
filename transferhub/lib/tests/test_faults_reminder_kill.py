"""SIGKILL in the middle of a reminder run: nobody gets two mails, at most one mail is lost.

What `reminders_run` promises (transferhub/decisions/notifications.py): per
person, the digest row (unique per person and day) commits before the mail
goes out, so a rerun never mails anyone twice; a mail in flight when the
process dies is lost (at most once), and its digest stays without `sent_at`.
The mail "server" here writes one file per message after MAIL_DELAY_MS.
"""

import os
import signal
import time
from collections import Counter

import pytest

from transferhub.lib.testing.install import fresh_install
from transferhub.lib.testing.mail import mails

# Real servers and processes: run once per `make test`, on the production database.
pytestmark = pytest.mark.system

PEOPLE = 40
KILL_AFTER = 5  # mails written before the kill
MAIL_DELAY_MS = "40"

PREPARE = """
import datetime as dt
from django.utils import timezone
from transferhub.decisions.notifications import reminders_pending
from transferhub.decisions.services import task_create
from transferhub.network.models import Body, Person

body = Body.objects.get(name="AG Transfer")
today = timezone.localdate()
for n in range(params["people"]):
    person = Person.objects.create(
        given_name="Erika", family_name=f"Erinnerung{n:02d}", email=f"erinnerung{n:02d}@example.org"
    )
    for k in range(1 + n % 2):
        task_create(
            body=body, text=f"Aufgabe {k} von {n}", owner_person=person,
            due_date=today + dt.timedelta(days=1 + n % 5),
        )
pending, _skipped = reminders_pending(today)
result = sorted(Person.objects.get(pk=pk).email for pk in pending)
"""

STATE = """
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from transferhub.decisions.models import ReminderDigest

digests = ReminderDigest.objects.filter(day=timezone.localdate())
jobs = DBTaskResult.objects.filter(task_path__endswith=".reminders_send")
result = {
    # Who was reminded today, and whether the mail is known to have gone out.
    "digests": {email: sent is not None for email, sent in digests.values_list("person__email", "sent_at")},
    "jobs": sorted(jobs.values_list("status", flat=True)),
}
"""


@pytest.fixture
def install(tmp_path):
    with fresh_install(tmp_path / "install") as install:
        yield install


@pytest.fixture
def mail(tmp_path, install):
    """Where mails go, and the environment that sends them there slowly."""
    directory = tmp_path / "mail"
    env = {
        "EMAIL_BACKEND": "transferhub.lib.testing.mail.SlowFileBackend",
        "EMAIL_FILE_PATH": str(directory),
        "MAIL_DELAY_MS": MAIL_DELAY_MS,
    }
    return directory, env


DIGESTS_SQL = "SELECT COUNT(*) FROM decisions_reminderdigest"


def kill_after_some_mails(install, process, directory, expected: int, *, in_flight=False):
    """SIGKILL once KILL_AFTER mails are out (and, with `in_flight`, the next is committed)."""
    deadline = time.monotonic() + 180
    while True:
        assert process.poll() is None, f"the run ended early:\n{process.log_path.read_text()}"
        assert time.monotonic() < deadline, "no mail went out"
        mails = len(reminders(directory))
        if mails >= KILL_AFTER and (not in_flight or install.scalar(DIGESTS_SQL) > mails):
            break
        time.sleep(0.005)
    os.killpg(process.pid, signal.SIGKILL)
    assert process.wait() == -signal.SIGKILL
    assert len(reminders(directory)) < expected, "the run was over before the kill"


def reminders(directory) -> list[str]:
    """Recipients of the reminder mails (the demo's approved minutes may go out too)."""
    return [to for to, subject in mails(directory) if subject.startswith("Erinnerung")]


def check_at_most_once(install, directory, expected, at_kill, *, jobs=()) -> list[str]:
    """Nobody mailed twice; lost mails only where a digest was in flight at the kill."""
    mailed = Counter(reminders(directory))
    assert max(mailed.values()) == 1, [who for who, n in mailed.items() if n > 1]
    in_flight = [who for who, sent in at_kill.items() if not sent]
    assert len(in_flight) <= 1  # one process, one mail at a time
    state = install.query(STATE)
    digests = state["digests"]
    assert state["jobs"] == list(jobs)
    assert sorted(digests) == expected  # every person reminded today, once
    lost = sorted(set(expected) - set(mailed))
    assert set(lost) <= set(in_flight)
    assert sorted(mailed) == sorted(set(expected) - set(lost))
    # The lost digest stays visible: no `sent_at`.
    assert all(not digests[who] for who in lost)
    return lost


def test_a_killed_reminder_run_rerun_mails_nobody_twice_and_loses_at_most_one(install, mail):
    directory, env = mail
    expected = install.query(PREPARE, {"people": PEOPLE})
    assert len(expected) >= PEOPLE

    process = install.start("send-reminders", "--now", env=env)
    kill_after_some_mails(install, process, directory, len(expected), in_flight=True)
    at_kill = install.query(STATE)["digests"]
    assert sum(at_kill.values()) >= KILL_AFTER - 1

    rerun = install.command("send-reminders", "--now", env={**env, "MAIL_DELAY_MS": "0"})
    assert "0 fehlgeschlagen" in rerun.stdout

    lost = check_at_most_once(install, directory, expected, at_kill)
    print(f"\nReminders: {len(expected)} people, killed after {len(at_kill)} digests; lost {lost}")


def test_a_killed_worker_leaves_its_job_running_and_a_new_run_finishes_the_day(install, mail):
    directory, env = mail
    expected = install.query(PREPARE, {"people": PEOPLE})
    install.command("send-reminders", env=env)  # enqueued for the worker

    worker = install.start("worker", "--interval", "0.1", env=env)
    kill_after_some_mails(install, worker, directory, len(expected))
    mails_at_kill = len(reminders(directory))

    # django-tasks-db does not take back a job whose worker died: it stays RUNNING,
    # and a new worker does not resume it ...
    install.command("worker", "--batch", env=env)
    state = install.query(STATE)
    at_kill = state["digests"]
    assert state["jobs"] == ["RUNNING"]
    assert len(reminders(directory)) == mails_at_kill
    # ... but today's run can simply be enqueued again: it skips who was reminded.
    install.command("send-reminders", env={**env, "MAIL_DELAY_MS": "0"})
    install.command("worker", "--batch", env={**env, "MAIL_DELAY_MS": "0"})

    lost = check_at_most_once(install, directory, expected, at_kill, jobs=["RUNNING", "SUCCESSFUL"])
    print(f"\nWorker: {len(expected)} people, killed after {len(at_kill)} digests; lost {lost}")

"""The secretariat's schedule page (/verwaltung/zeitplan/): each job the worker runs on a
schedule, how often, when it last ran (ok or failed, with the error) and when it runs next."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from transferhub.lib import registry, scheduler
from transferhub.lib.models import ScheduledJob

URL = reverse("lib:schedule")


def succeed() -> int:
    return 3


def fail() -> None:
    raise RuntimeError("Der Mailserver lehnt 'anna.schmidt@example.org' ab.\nZeile zwei")


@pytest.fixture
def jobs():
    """Schedule only the given jobs (the apps' own ones stay out of these tests)."""
    saved = dict(registry.periodic_jobs._entries)
    registry.periodic_jobs._entries.clear()
    registry.periodic_jobs.register("test.mails", registry.Periodic(f"{__name__}.fail", minutes=15))
    registry.periodic_jobs.register(
        "test.digest", registry.Periodic(f"{__name__}.succeed", at="07:00")
    )
    registry.periodic_jobs.register(
        "test.hourly", registry.Periodic(f"{__name__}.succeed", minutes=60)
    )
    yield
    registry.periodic_jobs._entries.clear()
    registry.periodic_jobs._entries.update(saved)


def test_the_secretariat_sees_each_job_its_interval_and_next_run(client_as, jobs):
    now = timezone.now()
    ScheduledJob.objects.create(name="test.digest", next_run_at=now + dt.timedelta(hours=3))
    page = client_as("secretariat").get(URL).content.decode()
    assert "test.mails" in page and "alle 15 Minuten" in page
    assert "test.digest" in page and "täglich um 07:00 Uhr" in page
    assert "test.hourly" in page and "stündlich" in page
    next_run = timezone.localtime(now + dt.timedelta(hours=3))
    assert next_run.strftime("%d.%m.%Y %H:%M") in page
    # Jobs the worker has not picked up yet say so instead of a date.
    assert "noch nie" in page and "sobald der Worker läuft" in page


def test_a_failed_run_shows_its_error_without_personal_data(client_as, jobs):
    now = timezone.now()
    ScheduledJob.objects.create(name="test.mails", next_run_at=now)
    ScheduledJob.objects.create(name="test.digest", next_run_at=now)
    assert {"test.digest", "test.mails"} <= set(scheduler.tick(now))  # run at once

    page = client_as("secretariat").get(URL).content.decode()
    assert "fehlgeschlagen" in page
    assert "RuntimeError: Der Mailserver lehnt … ab." in page
    assert "anna.schmidt" not in page and "example.org" not in page
    assert "Zeile zwei" not in page
    assert ">ok<" in page  # the daily digest went well
    failed = ScheduledJob.objects.get(name="test.mails")
    assert failed.last_error.startswith("RuntimeError") and failed.last_run_at is not None


def test_a_successful_run_clears_the_last_error(client_as, jobs):
    now = timezone.now()
    ScheduledJob.objects.create(
        name="test.hourly", next_run_at=now, last_error="RuntimeError: vorher", last_failed_at=now
    )
    assert "test.hourly" in scheduler.tick(now)
    row = ScheduledJob.objects.get(name="test.hourly")
    assert row.last_error == "" and row.last_run_at is not None
    assert "vorher" not in client_as("secretariat").get(URL).content.decode()


def test_only_the_secretariat_may_see_the_schedule(client_as, jobs):
    assert client_as("anonymous").get(URL).status_code == 302
    assert client_as("member").get(URL).status_code == 403
    assert client_as("chair").get(URL).status_code == 403
    assert client_as("secretariat").get(URL).status_code == 200


def test_the_schedule_is_in_the_secretariats_menu(client_as, jobs):
    assert f'href="{URL}"' in client_as("secretariat").get(reverse("home")).content.decode()
    assert f'href="{URL}"' not in client_as("member").get(reverse("home")).content.decode()


def test_an_error_summary_blanks_addresses_and_values_and_stays_short():
    summary = scheduler.error_summary(
        ValueError('Key (email)=(a@b.de) already exists; "Max Muster" ' + "x" * 500)
    )
    assert "a@b.de" not in summary and "Max Muster" not in summary
    assert summary.startswith("ValueError: Key (email)… already exists; … ")
    assert len(summary) <= scheduler.ERROR_CHARS
    assert scheduler.error_summary(KeyError()) == "KeyError"


def test_the_schedule_page_speaks_english(client_as, jobs):
    page = client_as("secretariat").get(URL, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "every 15 minutes" in page and "daily at 07:00" in page and "hourly" in page
    assert "Last run" in page and "as soon as the worker runs" in page
    assert "Nächster Lauf" not in page and "Uhr" not in page

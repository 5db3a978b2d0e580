"""A rate limit counts every worker's requests together, not each process on its own.

gunicorn runs several worker processes; a counter kept in each process's memory let
through the limit once per worker. Here two separate processes count against one limit.
"""

import json
import subprocess
import sys

from transferhub.lib.models import RateCount
from transferhub.lib.ratelimit import over_limit

from .conftest import PROJECT, production_env, transferhub

# A window of about 30 years: the test never straddles two windows.
COUNT = """
import json, django
django.setup()
from transferhub.lib.ratelimit import over_limit
print(json.dumps([
    over_limit("registration-rate", "203.0.113.9", limit=30, window_seconds=10**9)
    for _ in range(20)
]))
"""


def test_two_processes_share_one_count(tmp_path):
    env = production_env(tmp_path, DEBUG="1", DJANGO_SETTINGS_MODULE="transferhub.settings")
    transferhub("migrate", "lib", "--skip-checks", env=env, check=True)
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", COUNT], env=env, cwd=PROJECT, stdout=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    answers = [json.loads(worker.communicate(timeout=120)[0]) for worker in workers]
    assert all(worker.returncode == 0 for worker in workers)
    # 40 requests against a limit of 30: exactly 10 refused, however the two interleaved.
    assert sum(answer.count(True) for answer in answers) == 10


def test_the_count_keeps_no_address_and_ended_windows_are_forgotten(db, rate_clock):
    assert not over_limit("registration-rate", "203.0.113.9", limit=2, window_seconds=3600)
    rate_clock.advance(3600)  # the hour's window has ended
    assert not over_limit("api-rate", "token:7", limit=2, window_seconds=60)
    keys = list(RateCount.objects.values_list("key", flat=True))
    assert len(keys) == 1 and keys[0].startswith("api-rate:")
    assert "203.0.113.9" not in keys[0] and "token:7" not in keys[0]


def test_a_limit_refuses_past_its_count_and_zero_switches_it_off(db, rate_clock):
    assert [over_limit("t", "k", limit=2, window_seconds=60) for _ in range(3)] == [
        False,
        False,
        True,
    ]
    assert not any(over_limit("t", "k", limit=0, window_seconds=60) for _ in range(5))
    # Late in the same minute still refused; the next minute counts anew.
    rate_clock.advance(59)
    assert over_limit("t", "k", limit=2, window_seconds=60)
    rate_clock.advance(1)
    assert not over_limit("t", "k", limit=2, window_seconds=60)

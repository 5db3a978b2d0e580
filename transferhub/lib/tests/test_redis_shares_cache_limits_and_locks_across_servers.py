"""With REDIS_URL set, app servers share one cache, one count per rate limit and one lock.

Each "server" here is a client with a connection pool of its own (a URL of its own, told
apart by client_name), as two gunicorn processes on two machines would have.
"""

import datetime as dt
import threading
import time

import pytest
from django.core.cache.backends.redis import RedisCache
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from transferhub.lib.locks import LockBusy, exclusive
from transferhub.lib.management.base import CommandFailed
from transferhub.lib.models import RateCount
from transferhub.lib.ratelimit import over_limit
from transferhub.lib.testing.redis import with_database

# A window of about 30 years: a test never straddles two windows.
FOREVER = 10**9


def raw(url: str):
    """A plain redis-py client (imported here, not when the suite is collected)."""
    import redis

    return redis.Redis.from_url(url)


@pytest.fixture
def two_servers(redis_url):
    db = raw(redis_url).connection_pool.connection_kwargs["db"]
    return [with_database(redis_url, db, client_name=name) for name in ("server-a", "server-b")]


def test_a_value_cached_by_one_server_is_read_by_the_other(two_servers):
    a, b = (RedisCache(url, {}) for url in two_servers)
    a.set("meeting-page:7", "<h1>Sitzung</h1>", 60)
    assert b.get("meeting-page:7") == "<h1>Sitzung</h1>"
    b.delete("meeting-page:7")
    assert a.get("meeting-page:7") is None


@pytest.mark.django_db
def test_a_rate_limit_counts_both_servers_requests_once(two_servers, settings):
    answers = []
    for n in range(6):
        settings.REDIS_URL = two_servers[n % 2]
        answers.append(over_limit("subscribe", "203.0.113.7", limit=4, window_seconds=FOREVER))
    assert answers == [False, False, False, False, True, True]
    # Another address has its own count; nothing was counted in the database.
    assert not over_limit("subscribe", "203.0.113.8", limit=4, window_seconds=FOREVER)
    assert not RateCount.objects.exists()


@pytest.mark.django_db
def test_a_rate_window_ends_in_redis_by_itself(redis_url, rate_clock):
    over_limit("api-rate", "token:1", limit=5, window_seconds=60)
    (key,) = raw(redis_url).keys("transferhub:rate:api-rate:*")
    # The key goes when the minute's window ends (rate_clock holds its start).
    ends_in = (rate_clock() + dt.timedelta(seconds=60) - dt.datetime.now(dt.UTC)).total_seconds()
    assert ends_in - 5 <= raw(redis_url).ttl(key) <= ends_in + 1


@pytest.mark.django_db
def test_an_unreachable_redis_counts_in_the_database_instead(settings, tmp_path):
    settings.REDIS_URL = f"unix://{tmp_path}/no-redis-here.sock"
    began = time.monotonic()
    answers = [
        over_limit("subscribe", "198.51.100.1", limit=2, window_seconds=FOREVER) for _ in range(3)
    ]
    assert answers == [False, False, True]
    assert RateCount.objects.get().count == 3
    assert time.monotonic() - began < 5


def test_a_lock_held_by_one_server_is_refused_to_the_other(two_servers, settings):
    settings.REDIS_URL = two_servers[0]
    with exclusive("Sicherung"):
        settings.REDIS_URL = two_servers[1]
        with pytest.raises(LockBusy, match="„Sicherung“ läuft gerade schon"):
            with exclusive("Sicherung"):
                pass
        with exclusive("Erinnerungen"):  # another name is free
            pass
    with exclusive("Sicherung"):  # released: the other server takes it now
        pass


def test_a_lock_whose_holder_died_frees_itself_after_its_ttl(two_servers, settings):
    settings.REDIS_URL = two_servers[0]
    held = exclusive("Sicherung", ttl=1)
    held.__enter__()  # never left: its process "died"
    settings.REDIS_URL = two_servers[1]
    with pytest.raises(LockBusy):
        with exclusive("Sicherung"):
            pass
    time.sleep(1.2)
    with exclusive("Sicherung"):
        pass


@pytest.mark.django_db
def test_a_second_backup_is_refused_while_one_runs(redis_url):
    with exclusive("Sicherung"):
        with pytest.raises(CommandFailed, match="Sicherung“ läuft gerade schon"):
            call_command("backup")


@pytest.mark.django_db(transaction=True)
def test_without_redis_a_lock_is_refused_to_another_connection_too(settings, tmp_path):
    settings.REDIS_URL = ""
    settings.DATA_DIR = tmp_path
    refused = []

    def other_server():
        try:
            with exclusive("Sicherung"):
                refused.append(False)
        except LockBusy:
            refused.append(True)
        finally:
            connection.close()

    with exclusive("Sicherung"):
        thread = threading.Thread(target=other_server)
        thread.start()
        thread.join()
    assert refused == [True]
    thread = threading.Thread(target=other_server)
    thread.start()
    thread.join()
    assert refused == [True, False]


@pytest.mark.django_db
def test_the_events_feed_is_cached_in_redis_for_every_server(client, redis_url):
    response = client.get(reverse("events:feed"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    cached = raw(redis_url).keys("*events-feed:*")
    assert len(cached) == 1
    assert client.get(reverse("events:feed")).content == response.content


@pytest.mark.django_db
def test_a_dead_redis_leaves_the_site_working_after_one_short_wait(client, settings, tmp_path):
    dead = f"unix://{tmp_path}/no-redis-here.sock"
    settings.REDIS_URL = dead
    settings.CACHES = {
        "default": {"BACKEND": "transferhub.lib.redis_client.TolerantRedisCache", "LOCATION": dead}
    }
    began = time.monotonic()
    for _ in range(3):
        assert client.get(reverse("events:feed")).status_code == 200
    assert over_limit("subscribe", "198.51.100.2", limit=1, window_seconds=FOREVER) is False
    assert over_limit("subscribe", "198.51.100.2", limit=1, window_seconds=FOREVER) is True
    assert time.monotonic() - began < 5
    # A lock cannot fall back (another server may hold it in Redis): a clear refusal.
    with pytest.raises(LockBusy, match="Redis ist nicht erreichbar"):
        with exclusive("Sicherung"):
            pass

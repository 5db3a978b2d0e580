"""A throwaway Redis for the tests: the one `make test` started, or one of our own.

scripts/test.sh starts Debian's redis-server on a unix socket and exports its URL as
TEST_REDIS_URL; a test run started by hand starts its own for the session. Each pytest
worker gets a database of its own (the server has 64), emptied before each test.
"""

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

REDIS_SERVER = os.environ.get("REDIS_SERVER", "redis-server")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true")


def server_args(directory: Path) -> list[str]:
    """A Redis on a unix socket only, nothing on disk, databases for many workers."""
    return [
        "--port", "0", "--unixsocket", str(directory / "redis.sock"), "--unixsocketperm", "700",
        "--save", "", "--appendonly", "no", "--databases", "64", "--dir", str(directory),
    ]  # fmt: skip


@contextmanager
def throwaway_redis() -> Iterator[str]:
    """Start redis-server in a temporary folder; yield its URL; stop it and remove the folder."""
    import redis  # here, not at collection: only the Redis tests need it

    binary = shutil.which(REDIS_SERVER)
    if binary is None:
        raise FileNotFoundError(REDIS_SERVER)
    directory = Path(tempfile.mkdtemp(prefix="transferhub-redis."))
    process = subprocess.Popen(
        [binary, *server_args(directory)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"unix://{directory / 'redis.sock'}"
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                redis.Redis.from_url(url).ping()
                break
            except redis.ConnectionError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(directory, ignore_errors=True)


def with_database(url: str, db: int, **params: str) -> str:
    """`url` pointing at database `db`, with client settings such as client_name."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    if parts.scheme == "unix":
        return f"unix://{parts.path}?" + urlencode({**query, "db": db, **params})
    return urlunsplit(parts._replace(path=f"/{db}", query=urlencode({**query, **params})))

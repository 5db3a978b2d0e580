"""Run the `transferhub` command in a separate process, as an operator would."""

import fcntl
import io
import json
import os
import secrets
import shutil
import string
import subprocess
import sys
import uuid
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from conftest import world_layer
from transferhub.lib.testing import from_scratch

PROJECT = Path(__file__).resolve().parents[3]


# The test run's own settings; DJANGO_ALLOW_ASYNC_UNSAFE (root conftest) fails check --deploy.
ENV_DROPPED = ("DATABASE_URL", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")


def production_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    alphabet = string.ascii_letters + string.digits + "!@#%^&*(-_=+)"
    env = {k: v for k, v in os.environ.items() if k not in ENV_DROPPED}
    env.update(
        DEBUG="0",
        SECRET_KEY="".join(secrets.choice(alphabet) for _ in range(50)),
        ALLOWED_HOSTS="example.org",
        # The main site answers on the host SITE_URL names (regional.middleware).
        SITE_URL="https://example.org",
        DATA_DIR=str(tmp_path),
    )
    env.update(extra)
    return env


def transferhub(*args: str, env: dict[str, str], check: bool = False, **kwargs):
    """Run `python -m transferhub.cli ARGS` and return the completed process (text output)."""
    result = subprocess.run(
        [sys.executable, "-m", "transferhub.cli", *args],
        env=env,
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=300,
        **kwargs,
    )
    if check and result.returncode:
        raise AssertionError(f"transferhub {' '.join(args)} → {result.returncode}\n{result.stderr}")
    return result


def transferhub_here(*args: str) -> subprocess.CompletedProcess:
    """Run `transferhub ARGS` in this process, on the test settings: the command's own
    argument parsing, error line ("Fehler: …") and exit status, as `transferhub()` gives
    them, without starting Python and Django again (about 3 s of CPU a call). For tests
    of what a command answers, not of the process it runs in.
    """
    from django.core.management import ManagementUtility

    argv = ["transferhub", args[0].replace("-", "_"), *args[1:]]
    out, err = io.StringIO(), io.StringIO()
    code = 0
    try:
        with redirect_stdout(out), redirect_stderr(err):
            # What `transferhub` (cli.main) does after django.setup(), which ran already.
            ManagementUtility(argv).fetch_command(argv[1]).run_from_argv(argv)
    except SystemExit as exit:
        code = exit.code if isinstance(exit.code, int) else 1
    return subprocess.CompletedProcess(argv, code, out.getvalue(), err.getvalue())


@contextmanager
def fresh_database(env: dict):
    """Point env at a new, empty database of the kind the tests run on; drop it afterwards."""
    from django.db import connection

    if connection.vendor == "sqlite":
        yield env  # DATA_DIR alone makes a fresh SQLite file
        return
    import psycopg

    db = connection.settings_dict
    name = f"th_fresh_{uuid.uuid4().hex[:12]}"
    params = {
        "host": db["HOST"] or None,
        "port": db["PORT"] or None,
        "user": db["USER"],
        "password": db["PASSWORD"] or None,
    }
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    try:
        yield {**env, "DATABASE_URL": f"postgres://{auth}@{db['HOST']}:{db['PORT']}/{name}"}
    finally:
        with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def plain_env(data_dir: Path) -> dict:
    """The test run's environment (its database dropped) with its own DATA_DIR."""
    env = {k: v for k, v in os.environ.items() if k not in ENV_DROPPED}
    env["DATA_DIR"] = str(data_dir)
    return env


@pytest.fixture
def prod_env(tmp_path):
    return production_env(tmp_path / "install")


@pytest.fixture(scope="session")
def _install_templates(tmp_path_factory):
    """Make (once per run, shared by the xdist workers) a DATA_DIR after `transferhub
    migrate`; return a function giving it."""
    base = tmp_path_factory.getbasetemp()
    root = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    root = root / "install-templates"
    root.mkdir(exist_ok=True)

    def template() -> Path:
        data_dir, done = root / "migrated", root / "migrated.done"
        with open(root / "migrated.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # the other worker waits for the first one
            if not done.exists():
                shutil.rmtree(data_dir, ignore_errors=True)
                # `transferhub migrate`, and back to zero on a copy (from_scratch.py).
                seen = from_scratch.run(production_env(data_dir))
                (root / "migrated.from-scratch.json").write_text(json.dumps(seen))
                done.touch()
        return data_dir

    template.root = root
    return template


@pytest.fixture
def from_scratch_report(_install_templates) -> dict:
    """What `transferhub migrate` on an empty database of the run's kind and every one of
    our migrations back to zero saw (lib/testing/from_scratch.py; once per run, in the
    process that migrates the installs' template)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        from transferhub.lib.testing.install import from_scratch_report

        return from_scratch_report(os.environ["DATABASE_URL"])
    _install_templates()
    return json.loads((_install_templates.root / "migrated.from-scratch.json").read_text())


@pytest.fixture
def migrate_install(_install_templates):
    """Migrate the install an environment points at, as `transferhub migrate` would.

    On SQLite (no DATABASE_URL) the install's DATA_DIR becomes a copy of one migrated once
    per run, which is the same file `migrate` writes at a fifth of the cost; the migrations
    themselves run from scratch in test_migrations_run_from_scratch.py. static=True adds
    what `collectstatic` writes in production, collected once per run
    (lib/testing/install.py, copy_collected_static). A PostgreSQL database becomes a copy
    of one `transferhub migrate` migrated once per run (lib/testing/install.py).
    """

    def migrate(env: dict, *, static: bool = False) -> None:
        from transferhub.lib.testing.install import copy_collected_static

        if env.get("DATABASE_URL"):
            from transferhub.lib.testing.install import copy_of_migrated_database

            copy_of_migrated_database(env["DATABASE_URL"])
        else:
            shutil.copytree(_install_templates(), env["DATA_DIR"], dirs_exist_ok=True)
        if static:
            copy_collected_static(Path(env["DATA_DIR"]))

    return migrate


# --- The world of the role walks (test_every_url_every_role, test_every_api_endpoint_...) -----


@world_layer("role_world", requires=("seed_meeting",))
def _role_world(below):
    from .test_every_url_every_role import build_world

    people = below["people"]
    return build_world(below["seed_meeting"], people["people"], people["ag_transfer"], people["om"])


@pytest.fixture
def role_world(seed_meeting, people, ag_transfer, om, _worlds):
    """The objects every URL and API case points at, built once for both walks."""
    from .test_every_url_every_role import build_world

    shared = _worlds.shared("role_world")
    return shared if shared is not None else build_world(seed_meeting, people, ag_transfer, om)


# --- Redis (cache, rate limits and locks across servers) ----------------------------------


@pytest.fixture(scope="session")
def redis_server():
    """The URL of the run's throwaway Redis (TEST_REDIS_URL from make test, or our own)."""
    from transferhub.lib.testing.redis import IN_CI, throwaway_redis

    if os.environ.get("TEST_REDIS_URL"):
        yield os.environ["TEST_REDIS_URL"]
        return
    try:
        with throwaway_redis() as url:
            yield url
    except FileNotFoundError:
        message = "no redis-server (apt-get install redis-server)"
        if IN_CI:
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def redis_url(redis_server, worker_id, settings):
    """This worker's own Redis database, empty, set as REDIS_URL (cache, limits, locks)."""
    import redis

    from transferhub.lib import redis_client
    from transferhub.lib.testing.redis import with_database

    db = int(worker_id[2:]) + 1 if worker_id.startswith("gw") else 0
    url = with_database(redis_server, db)
    redis.Redis.from_url(url).flushdb()
    settings.REDIS_URL = url
    settings.CACHES = {
        "default": {"BACKEND": "transferhub.lib.redis_client.TolerantRedisCache", "LOCATION": url}
    }
    yield url
    redis.Redis.from_url(url).flushdb()
    redis_client.connection.cache_clear()

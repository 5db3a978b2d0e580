"""A Transferhub install of its own: a temporary DATA_DIR, a fresh database, real processes.

The demo install is built once per test run (a template; the first test process that
needs it builds it, the others wait for it), then copied for every install: SQLite by
the online backup API, on PostgreSQL (when DATABASE_URL is set) by `CREATE DATABASE ...
TEMPLATE`, on the same server, dropped again at the end; the collected static files are
copied too, so `serve` finds them current. The template's database is built as the test
database is, from the models plus our migrations' code (lib/testing/database.py: about
2 s of CPU instead of 16 s for `migrate`; test_migrations_run_from_scratch.py checks
that a migrated database holds the same tables, triggers and seeded rows). Every command
runs as a subprocess of `python -m transferhub.cli`, in production mode (DEBUG=0) over
plain HTTP.
"""

import atexit
import fcntl
import json
import os
import secrets
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

PROJECT = Path(__file__).resolve().parents[3]
SQLITE_NAME = "transferhub.sqlite3"

# Variables of the test run that must not leak into the install's processes.
DROPPED = (
    "DATABASE_URL",
    "DJANGO_SETTINGS_MODULE",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "SITE_URL",
    "EMAIL_HOST",
    "EMAIL_BACKEND",
    "TASKS_IMMEDIATE",
    "WEB_CONCURRENCY",
    "HOST",
    "PORT",
    "DB_CONN_MAX_AGE",
    "REDIS_URL",  # a test that wants Redis gives the install its own database
)
RESULT_MARK = "@@RESULT@@"
QUERY_PRELUDE = """
import json, os, sys
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "transferhub.settings")
import django
django.setup()
params = json.loads(sys.stdin.read() or "null")
result = None
"""
# The install's query process: Django set up once with the install's settings, then each
# line on stdin ({"code", "params"}) runs in a namespace of its own, as QUERY_PRELUDE + code
# would in a process of its own, on a new database connection; it answers with one line.
QUERY_LOOP = """
import json, os, sys, traceback
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "transferhub.settings")
import django
django.setup()
from django.db import connections

answers = os.fdopen(os.dup(1), "w")
os.dup2(2, 1)  # what the code prints goes to the log, not into the answers
for line in sys.stdin:
    asked = json.loads(line)
    scope = {"__name__": "__main__", "params": asked["params"], "result": None}
    try:
        exec(compile(asked["code"], "<query>", "exec"), scope)
        answer = {"result": json.dumps(scope["result"], default=str)}
    except BaseException:
        answer = {"error": traceback.format_exc()}
    finally:
        connections.close_all()
    answers.write(json.dumps(answer) + "\\n")
    answers.flush()
"""


def marked_result(
    argv: list[str],
    *,
    env: dict[str, str],
    mark: str,
    what: str,
    timeout: float,
    stdin: str | None = None,
):
    """Run `argv` in the project; the JSON it printed after `mark`, or an AssertionError
    saying `what` failed, with the end of its output."""
    completed = subprocess.run(
        argv, input=stdin, env=env, cwd=PROJECT, capture_output=True, text=True, timeout=timeout
    )
    if completed.returncode or mark not in completed.stdout:
        raise AssertionError(
            f"{what} ({completed.returncode}):\n"
            f"{completed.stdout[-2000:]}\n{completed.stderr[-4000:]}"
        )
    return json.loads(completed.stdout.rsplit(mark, 1)[1])


def suite_database_url() -> str | None:
    """The PostgreSQL server the suite runs against, or None for SQLite."""
    return os.environ.get("DATABASE_URL") or None


def _url_with_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def _pg_admin(url: str, statement: str, *, attempts: int = 50) -> None:
    """Run CREATE/DROP DATABASE on the server of `url` (retrying while the source is busy)."""
    import psycopg

    for attempt in range(attempts):
        try:
            with psycopg.connect(url, autocommit=True) as conn:
                conn.execute(statement)
            return
        except psycopg.errors.ObjectInUse:
            # A process that just exited may still hold its connection for a moment.
            if attempt == attempts - 1:
                raise
            time.sleep(0.2)


def _read_line(process: subprocess.Popen, timeout: float) -> str:
    """The next line `process` writes to its stdout ("" once it ended or after `timeout`)."""
    import selectors

    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            process.kill()
            return ""
    return process.stdout.readline()


def base_env(data_dir: Path, database_url: str | None) -> dict[str, str]:
    """Production settings over plain HTTP on loopback, the install's own data and database."""
    env = {k: v for k, v in os.environ.items() if k not in DROPPED}
    env.update(
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="0",
        SECURE_COOKIES="0",
        SECURE_HSTS_SECONDS="0",
        DATA_DIR=str(data_dir),
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
        # The load walk signs in as the demo secretariat with its password alone.
        TWO_FACTOR_FOR_SECRETARIAT="0",
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


@dataclass
class Install:
    """One install: run commands in it, start long-running processes, look into its database."""

    data_dir: Path
    database_url: str | None = None
    env: dict[str, str] = field(default_factory=dict)
    processes: list[subprocess.Popen] = field(default_factory=list)
    _querier: subprocess.Popen | None = field(default=None, repr=False)

    def __post_init__(self):
        self.data_dir.mkdir(parents=True, exist_ok=True)
        (self.data_dir / "logs").mkdir(exist_ok=True)
        if not self.env:
            self.env = base_env(self.data_dir, self.database_url)

    # Commands ----------------------------------------------------------------

    def _env(self, extra: dict[str, str] | None) -> dict[str, str]:
        return {**self.env, **(extra or {})}

    def command(
        self, *args: str, env: dict[str, str] | None = None, check: bool = True, timeout=300
    ) -> subprocess.CompletedProcess:
        """Run `transferhub ARGS` to the end and return it (text output)."""
        result = subprocess.run(
            [sys.executable, "-m", "transferhub.cli", *args],
            env=self._env(env),
            cwd=PROJECT,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if check and result.returncode:
            raise AssertionError(
                f"transferhub {' '.join(args)} → {result.returncode}\n"
                f"{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
            )
        return result

    def start(
        self, *args: str, env: dict[str, str] | None = None, log: str | None = None
    ) -> subprocess.Popen:
        """Start `transferhub ARGS` in a session (process group) of its own, output to a log."""
        log_path = self.data_dir / "logs" / (log or f"{args[0]}-{uuid.uuid4().hex[:6]}.log")
        with open(log_path, "ab") as out:
            process = subprocess.Popen(
                [sys.executable, "-m", "transferhub.cli", *args],
                env=self._env(env),
                cwd=PROJECT,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        process.log_path = log_path
        self.processes.append(process)
        return process

    def query(self, code: str, params=None, *, env: dict[str, str] | None = None):
        """Run Python with Django set up against this install; `code` sets `result` (JSON-able).

        `params` arrive as the variable `params`. This is how tests look at the
        database "from outside": the same settings as the server, no test transaction.
        The install's query process runs it (`QUERY_LOOP`: Django starts once per install
        and environment, not once per query; each query gets a namespace and database
        connection of its own and sees what is committed when it runs).
        """
        querier = self._querier_for(self._env(env))
        try:
            querier.stdin.write(json.dumps({"code": code, "params": params}) + "\n")
            querier.stdin.flush()
        except BrokenPipeError:
            pass  # it died: said below
        line = _read_line(querier, timeout=300)
        if not line:
            self._stop_querier()
            log = (self.data_dir / "logs" / "query.log").read_text(errors="replace")
            raise AssertionError(f"the query process ended:\n{log[-4000:]}")
        answer = json.loads(line)
        if "error" in answer:
            raise AssertionError(f"query failed:\n{answer['error'][-4000:]}")
        return json.loads(answer["result"])

    def _querier_for(self, env: dict[str, str]) -> subprocess.Popen:
        """The query process for `env`, started on first use (again when `env` changed)."""
        querier = self._querier
        if querier is not None and (querier.poll() is not None or querier.env != env):
            self._stop_querier()
            querier = None
        if querier is None:
            log = open(self.data_dir / "logs" / "query.log", "ab")
            with log:
                querier = subprocess.Popen(
                    [sys.executable, "-c", QUERY_LOOP],
                    env=env,
                    cwd=PROJECT,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=log,
                    text=True,
                    start_new_session=True,
                )
            querier.env = env
            self._querier = querier
        return querier

    def _stop_querier(self) -> None:
        querier, self._querier = self._querier, None
        if querier is None:
            return
        querier.stdin.close()  # it ends at the end of its input
        try:
            querier.wait(timeout=10)
        except subprocess.TimeoutExpired:
            querier.kill()
            querier.wait()
        querier.stdout.close()

    def query_in_own_process(self, code: str, params=None):
        """As `query`, in a Python process of its own (for code that changes settings)."""
        script = (
            QUERY_PRELUDE + code + f"\nprint({RESULT_MARK!r} + json.dumps(result, default=str))\n"
        )
        return marked_result(
            [sys.executable, "-c", script],
            env=self._env(None),
            mark=RESULT_MARK,
            what="query failed",
            timeout=300,
            stdin=json.dumps(params),
        )

    def scalar(self, sql: str):
        """One value straight from the database, without Django (cheap enough to poll)."""
        if self.database_url:
            import psycopg

            with psycopg.connect(self.database_url, autocommit=True) as conn:
                return conn.execute(sql).fetchone()[0]
        path = self.data_dir / SQLITE_NAME
        with closing(sqlite3.connect(path, timeout=20)) as conn:
            return conn.execute(sql).fetchone()[0]

    # Clean-up ----------------------------------------------------------------

    def stop_processes(self) -> None:
        """SIGKILL whatever is left of the processes this install started (by process group)."""
        self._stop_querier()
        for process in self.processes:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
        self.processes.clear()


# Templates and fresh installs --------------------------------------------------

# Set by the test run (root conftest.py) for all its processes: they share one template.
RUN_VARIABLE = "TRANSFERHUB_TEST_RUN"
_templates: dict[str, Install] = {}

# The template's database: tables from the models, our migrations' code, every migration
# recorded as applied (as the test database); then the demo. The static files are the
# run's collected ones (copy_collected_static).
BUILD_TEMPLATE = """
from django.core.management import call_command
from transferhub.lib.testing.database import finish_like_migrations, hide_migrations
show_migrations = hide_migrations()
call_command("migrate", interactive=False, verbosity=0, run_syncdb=True)
show_migrations()
finish_like_migrations()
call_command("demo", verbosity=0)
"""


def _run_id() -> tuple[str, bool]:
    """The id that names this run's template, and whether the run shares it (else: ours)."""
    run = os.environ.get(RUN_VARIABLE, "")
    if run.isalnum() and len(run) <= 32:
        return run.lower(), True
    return f"p{os.getpid()}", False


def _template_place(run: str, server_url: str | None) -> tuple[Path, str | None]:
    kind = "pg" if server_url else "sqlite"
    data_dir = Path(tempfile.gettempdir()) / f"transferhub-template-{run}-{kind}"
    if not server_url:
        return data_dir, None
    return data_dir, _url_with_database(server_url, f"th_template_{run}")


def remove_template(run: str) -> None:
    """Remove a run's templates (directories and PostgreSQL databases), if any."""
    server_url = suite_database_url()
    data_dir, database_url = _template_place(run, server_url)
    if server_url:
        for url in (database_url, _migrated_place(run, server_url)[1]):
            name = urlsplit(url).path.lstrip("/")
            try:
                _pg_admin(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', attempts=5)
            except Exception:  # the server may be gone already at exit
                pass
    static = [] if os.environ.get(STATIC_VARIABLE) else [_static_place(run)]
    for directory in (data_dir, _migrated_place(run, server_url)[0], *static):
        shutil.rmtree(directory, ignore_errors=True)
        Path(f"{directory}.lock").unlink(missing_ok=True)


@contextmanager
def _built_once(data_dir: Path) -> Iterator[bool]:
    """Hold the run's lock on `data_dir`; say whether it still needs building.

    One process builds, the others of the run wait for it. The lock is let go when the
    builder exits, so a builder killed half-way leaves no "ready" and the next builds
    afresh. The caller builds into `data_dir` (made empty) when told True.
    """
    ready = data_dir / "ready"
    with open(f"{data_dir}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            build = not ready.exists()
            if build:
                shutil.rmtree(data_dir, ignore_errors=True)
            yield build
            if build:
                ready.touch()
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _migrated_place(run: str, server_url: str | None) -> tuple[Path, str | None]:
    data_dir = Path(tempfile.gettempdir()) / f"transferhub-migrated-{run}"
    return data_dir, server_url and _url_with_database(server_url, f"th_migrated_{run}")


def _migrated_template(server_url: str) -> str:
    """The name of the run's empty, migrated PostgreSQL database (made on first use).

    `transferhub migrate` runs once per test run on a database of its own, in the
    process that then takes every migration of ours back to zero on a copy of it
    (lib/testing/from_scratch.py); what it saw is kept beside (`from_scratch_report`).
    """
    run, shared = _run_id()
    data_dir, template_url = _migrated_place(run, server_url)
    if not shared:
        atexit.register(remove_template, run)
    template = urlsplit(template_url).path.lstrip("/")
    with _built_once(data_dir) as build:
        if build:
            from transferhub.lib.testing import from_scratch

            _pg_admin(server_url, f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')
            _pg_admin(server_url, f'CREATE DATABASE "{template}"')
            seen = from_scratch.run(Install(data_dir, template_url).env)
            (data_dir / FROM_SCRATCH_REPORT).write_text(json.dumps(seen))
    return template


FROM_SCRATCH_REPORT = "from-scratch.json"


def from_scratch_report(database_url: str) -> dict:
    """What `transferhub migrate` on the run's empty PostgreSQL database and the way
    back to zero saw (lib/testing/from_scratch.py), once per run."""
    server_url = _url_with_database(database_url, "postgres")
    _migrated_template(server_url)
    data_dir = _migrated_place(_run_id()[0], server_url)[0]
    return json.loads((data_dir / FROM_SCRATCH_REPORT).read_text())


def copy_of_migrated_database(database_url: str) -> None:
    """Make the PostgreSQL database of `database_url` a copy of an empty, migrated one.

    `transferhub migrate` runs once per test run, on a database of its own (the
    template); each call then replaces its database by a copy (`CREATE DATABASE ...
    TEMPLATE`), which is what that `migrate` would write, at a fraction of the cost.
    """
    server_url = _url_with_database(database_url, "postgres")
    template = _migrated_template(server_url)
    name = urlsplit(database_url).path.lstrip("/")
    _pg_admin(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    _pg_admin(server_url, f'CREATE DATABASE "{name}" TEMPLATE "{template}"')


# scripts/test.sh: one directory for the collected static files of both its runs.
STATIC_VARIABLE = "TRANSFERHUB_TEST_STATIC"
COLLECT_STATIC = """
from transferhub.lib.management.commands.serve import collect_static_files
collect_static_files()
"""


def _static_place(run: str) -> Path:
    if shared := os.environ.get(STATIC_VARIABLE):
        return Path(shared) / "collected"
    return Path(tempfile.gettempdir()) / f"transferhub-static-{run}"


def copy_collected_static(data_dir: Path) -> None:
    """Put into `data_dir` what `collectstatic` writes there in production (DEBUG=0):
    STATIC_ROOT, and the fingerprint beside it that lets `serve` skip collecting.

    Hashing and compressing every file (gzip and brotli) costs about 5 s of CPU, so it
    runs once per test run (once for both runs of scripts/test.sh) in an install of its
    own, through `serve`'s own collect_static_files, and each install gets a copy (7 MB).
    The files depend on the sources, the storage and the static URL, none on the install.
    """
    run, shared = _run_id()
    if not shared:
        atexit.register(remove_template, run)
    place = _static_place(run)
    with _built_once(place) as build:
        if build:
            Install(place).query_in_own_process(COLLECT_STATIC)
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copytree(place / "static", data_dir / "static", dirs_exist_ok=True)
    shutil.copy2(place / "static.collected-from", data_dir / "static.collected-from")


def template_install() -> Install:
    """The migrated demo install of this test run (built on first use, once per run)."""
    server_url = suite_database_url()
    key = server_url or "sqlite"
    if key not in _templates:
        run, shared = _run_id()
        if not shared:
            atexit.register(remove_template, run)
        data_dir, database_url = _template_place(run, server_url)
        with _built_once(data_dir) as build:
            if build:
                if database_url:
                    name = urlsplit(database_url).path.lstrip("/")
                    _pg_admin(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                    _pg_admin(server_url, f'CREATE DATABASE "{name}"')
                template = Install(data_dir, database_url)
                template.query_in_own_process(BUILD_TEMPLATE)  # one Django start-up
                copy_collected_static(data_dir)
        _templates[key] = Install(data_dir, database_url)
    return _templates[key]


@contextmanager
def fresh_install(directory: Path) -> Iterator[Install]:
    """A copy of the demo install in `directory`, with its own database; gone afterwards."""
    template = template_install()
    server_url = suite_database_url()
    database_url = None
    if server_url:
        template_name = urlsplit(template.database_url).path.lstrip("/")
        name = f"th_install_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        _pg_admin(server_url, f'CREATE DATABASE "{name}" TEMPLATE "{template_name}"')
        database_url = _url_with_database(server_url, name)
    else:
        directory.mkdir(parents=True, exist_ok=True)
        with (
            closing(sqlite3.connect(template.data_dir / SQLITE_NAME)) as source,
            closing(sqlite3.connect(directory / SQLITE_NAME)) as target,
        ):
            source.backup(target)
    # The collected static files and their fingerprint: `serve` need not collect them.
    directory.mkdir(parents=True, exist_ok=True)
    for collected in ("static", "static.collected-from"):
        source = template.data_dir / collected
        if source.is_dir():
            shutil.copytree(source, directory / collected, dirs_exist_ok=True)
        elif source.exists():
            shutil.copy2(source, directory / collected)
    install = Install(directory, database_url)
    try:
        yield install
    finally:
        install.stop_processes()
        if database_url:
            _pg_admin(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

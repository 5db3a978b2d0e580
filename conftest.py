"""Fixtures shared by every app's tests: people in each role and the seed's meeting."""

import copy
import dataclasses
import datetime as dt
import itertools
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import Group, User
from django.core import mail
from django.core.cache import caches
from django.db import DEFAULT_DB_ALIAS, connections, models, transaction
from django.test.utils import override_settings
from hypothesis import settings as hypothesis_settings

from transferhub.network.models import Body, Membership, Organisation, Person
from transferhub.network.permissions import SECRETARIAT_GROUP

# `--cpu-per-file=N`: the test files that took the most CPU (lib/testing/cpu_per_test.py).
pytest_plugins = [
    "transferhub.lib.testing.cpu_per_test",
    # An xdist worker collects its garbage before it reports (lib/testing/worker_exit.py).
    "transferhub.lib.testing.worker_exit",
]

# The suite is deterministic: hypothesis tries the same examples on every run, so CI
# never fails by chance. HYPOTHESIS_PROFILE=explore searches afresh on a developer's machine.
# CI (CI=1 or HYPOTHESIS_PROFILE=ci) tries every property test's full number of examples;
# elsewhere the slow ones try a fifth of them (see `examples`).
hypothesis_settings.register_profile("default", derandomize=True, print_blob=True)
hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
hypothesis_settings.register_profile("explore", derandomize=False, print_blob=True)
IN_CI = os.environ.get("CI", "") in ("1", "true")
HYPOTHESIS_PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci" if IN_CI else "default")
hypothesis_settings.load_profile(HYPOTHESIS_PROFILE)


def pytest_report_header() -> str:
    share = "all" if examples(10) == 10 else "a fifth of"
    return (
        f"hypothesis profile {HYPOTHESIS_PROFILE!r}: slow property tests try {share} their examples"
    )


def examples(full: int) -> int:
    """Return a slow property test's number of examples: all of them in CI, a fifth here."""
    if HYPOTHESIS_PROFILE in ("ci", "explore"):
        return full
    return max(5, full // 5)


ROLES = ["anonymous", "outsider", "member", "chair", "secretariat"]


def isolated_settings(media: Path) -> dict:
    """What every test runs with: a fast password hasher, mail kept, files under `media`."""
    return {
        "PASSWORD_HASHERS": ["django.contrib.auth.hashers.MD5PasswordHasher"],
        "STORAGES": {
            **django_settings.STORAGES,
            "default": {
                "BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": str(media)},
            },
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "LANGUAGE_CODE": "de",
        # Tests that sign in through the form as the secretariat skip the second factor;
        # accounts/tests turn it on.
        "TWO_FACTOR_FOR_SECRETARIAT": False,
        # No seal fee unless a test asks for one (suppliers' invoice tests turn it on).
        "SEAL_FEE_NET": "0",
        "TASKS": {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}},
        # Each test's client loads the middleware afresh; WhiteNoise would then index every
        # static file of every app (about 20 ms a client). Looking a file up when it is
        # asked for, as in development, serves the same files.
        "WHITENOISE_AUTOREFRESH": True,
        # Each process's memory as cache, limits and locks in the database, whatever REDIS_URL
        # the shell has; the Redis tests ask for the fixture `redis_url` (lib/tests).
        "REDIS_URL": "",
        "CACHES": {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
    }


@pytest.fixture(scope="session")
def _media_dirs(tmp_path_factory) -> Path:
    """Where each test's media directory goes (made when the test stores a file)."""
    return tmp_path_factory.mktemp("media")


_media_numbers = itertools.count()


@pytest.fixture(autouse=True)
def _fast_and_isolated(_media_dirs):
    # A media directory of its own that exists once a file is stored, as under tmp_path
    # before; without pytest's tmp_path for every test (it lists every test's directory
    # made so far to number the next one, and later runs delete them all again).
    media = _media_dirs / str(next(_media_numbers))
    # One override for all of them (pytest-django's `settings` stacks one per name); a
    # test's own `settings` changes go on top and are undone first.
    with override_settings(**isolated_settings(media)):
        # Nothing one test cached (a feed, a page fragment) is seen by the next.
        caches["default"].clear()
        yield


@pytest.fixture(autouse=True)
def rate_clock(monkeypatch):
    """The rate limits' clock (lib.ratelimit.clock), held at the start of the next full hour
    for every test: a test's requests count in one window of a minute, a quarter or an hour
    however long it runs and whenever (windows are clock hours and minutes; a test once
    failed when its run crossed 09:00 UTC), and a Redis window still ends in the future.
    `rate_clock.advance(seconds)` moves it into a later window. The servers the system tests
    start read the wall clock (test_load_two_servers waits out an hour's last seconds)."""
    from transferhub.lib import ratelimit
    from transferhub.lib.testing.clock import HeldClock, next_full_hour

    clock = HeldClock(next_full_hour())
    monkeypatch.setattr(ratelimit, "clock", clock)
    return clock


# --- Worlds built once and shared through rollback ----------------------------------------
#
# Building the seed meeting through the services costs about 300 queries, and 360 tests
# ask for it (860 for `people`). So a world is built once, inside a savepoint that stays
# open while consecutive tests ask for the same world; each test runs in its own savepoint
# on top (pytest-django's TestCase atomics) and is rolled back as before, so every test
# meets exactly the rows it met when it built the world itself. A database test that asks
# for no world, or that commits (transaction=True, live_server), rolls the worlds back
# first. Each test gets fresh instances, read again by primary key, so what one test
# changes in memory never reaches the next; files the world stored are copied into the
# test's own media directory. Tests are ordered by the worlds they need within each module
# (see pytest_collection_modifyitems) so each world is built about once per module.


@dataclasses.dataclass
class WorldLayer:
    name: str
    fixture: str
    requires: tuple[str, ...]
    build: Callable[[dict], object]
    under: Path | None


WORLD_LAYERS: dict[str, WorldLayer] = {}


def world_layer(fixture: str, *, requires: tuple[str, ...] = (), name: str = "", under: str = ""):
    """Register `build(below)` as the shared world behind `fixture`.

    `below` maps the names of the required worlds to what their builds returned. The
    fixture asks `_worlds.shared(name)` and builds on its own when that is None (a test
    that commits, or one that did not ask for the fixture by name). `under` (a conftest's
    __file__) limits the world to the tests in that folder, for a fixture name that means
    something else elsewhere; `name` (the fixture's, by default) then tells them apart.
    """

    def register(build):
        folder = Path(under).parent if under else None
        layer = WorldLayer(name or fixture, fixture, requires, build, folder)
        WORLD_LAYERS[layer.name] = layer
        return build

    return register


def worlds_wanted(fixturenames, path: Path) -> list[str]:
    """The worlds a test asks for, those they build on first."""
    wanted: list[str] = []

    def add(name: str) -> None:
        if name not in wanted:
            for below in WORLD_LAYERS[name].requires:
                add(below)
            wanted.append(name)

    for layer in WORLD_LAYERS.values():
        if layer.fixture in fixturenames and (
            layer.under is None or path.is_relative_to(layer.under)
        ):
            add(layer.name)
    return [name for name in WORLD_LAYERS if name in wanted]


def fresh(value):
    """The same objects read again from the database (models by primary key)."""
    if isinstance(value, models.Model):
        return type(value)._base_manager.get(pk=value.pk)
    if isinstance(value, list):
        return [fresh(v) for v in value]
    if isinstance(value, tuple):
        return tuple(fresh(v) for v in value)
    if isinstance(value, dict):
        return {k: fresh(v) for k, v in value.items()}
    if isinstance(value, SimpleNamespace):
        return SimpleNamespace(**fresh(vars(value)))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: fresh(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value


def copied(value):
    """New instances of the objects `fresh` read, sharing nothing with them in memory."""
    if isinstance(value, models.Model):
        return copy.deepcopy(value)
    if isinstance(value, list):
        return [copied(v) for v in value]
    if isinstance(value, tuple):
        return tuple(copied(v) for v in value)
    if isinstance(value, dict):
        return {k: copied(v) for k, v in value.items()}
    if isinstance(value, SimpleNamespace):
        return SimpleNamespace(**copied(vars(value)))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: copied(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value


def _rows_written() -> int | None:
    """How many rows this connection has written since it opened (SQLite), else None."""
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.vendor != "sqlite" or connection.connection is None:
        return None
    return connection.connection.total_changes


@dataclasses.dataclass
class _Built:
    name: str
    connection: object
    atomic: transaction.Atomic
    value: object
    files_before: set[Path]
    mails: list


class WorldStack:
    """The worlds built in this process, lowest first, each in its own savepoint."""

    def __init__(self, blocker, media: Path):
        self.blocker, self.media = blocker, media
        self.stack: list[_Built] = []
        self._fresh: dict[str, object] = {}
        # The worlds as read from the database when no test had written since the stack
        # last changed (SQLite only: see `shared`).
        self._read: dict[str, object] = {}
        self._written_at_enter: int | None = None

    def enter(self, request) -> None:
        """Make the stack hold exactly the worlds this test asks for."""
        want = [] if _commits(request) else worlds_wanted(request.fixturenames, request.node.path)
        keep = 0
        # A test that reaches the database through another connection (see _pop) needs
        # the worlds built again on its own.
        if self.stack and self.stack[0].connection is connections[DEFAULT_DB_ALIAS]:
            while keep < min(len(want), len(self.stack)) and self.stack[keep].name == want[keep]:
                keep += 1
        while len(self.stack) > keep:
            self._pop()
        for fixture in want[keep:]:
            self._push(fixture)
        self._fresh = {}
        for built in self.stack:
            mail.outbox.extend(built.mails)  # as if the test had built the world itself
        if self.stack and any(self.media.iterdir()):
            shutil.copytree(self.media, self._test_media(), dirs_exist_ok=True)
        self._written_at_enter = _rows_written() if self.stack else None

    def shared(self, name: str):
        """This test's fresh copy of a world it asked for, or None.

        Read again from the database; or, on SQLite while nothing has been written since the
        test began, a copy of what an earlier test read in the same state (the same worlds,
        its own writes rolled back): the same rows for a deep copy instead of a query per
        object (about 5 ms a test for the people).
        """
        if not any(built.name == name for built in self.stack):
            return None
        if name not in self._fresh:
            unchanged = (
                self._written_at_enter is not None and _rows_written() == self._written_at_enter
            )
            if unchanged and name in self._read:
                self._fresh[name] = copied(self._read[name])
            else:
                value = next(built.value for built in self.stack if built.name == name)
                self._fresh[name] = fresh(value)
                if unchanged:
                    self._read[name] = copied(self._fresh[name])
        return self._fresh[name]

    def close(self) -> None:
        while self.stack:
            self._pop()

    def _push(self, name: str) -> None:
        self._read = {}
        files_before = self._files()
        outbox = len(mail.outbox)
        with self.blocker.unblock():
            # Read again: a world built above may have changed its objects in memory (the
            # meetings' approved_meeting approves the seed meeting object it was given), and
            # its savepoint, rolled back since, took back only what reached the database.
            below = {built.name: fresh(built.value) for built in self.stack}
            atomic = transaction.atomic()
            atomic._from_testcase = True  # durable blocks inside behave as in a TestCase
            atomic.__enter__()
            try:
                with override_settings(**isolated_settings(self.media)):
                    value = WORLD_LAYERS[name].build(below)
            except BaseException:
                atomic.__exit__(*sys.exc_info())
                raise
        mails = mail.outbox[outbox:]
        del mail.outbox[outbox:]
        connection = connections[DEFAULT_DB_ALIAS]
        self.stack.append(_Built(name, connection, atomic, value, files_before, mails))

    def _pop(self) -> None:
        self._read = {}
        built = self.stack.pop()
        # Django's connections belong to a thread and context; Playwright's sync API runs
        # the browser tests in a greenlet of its own, which gets a connection of its own.
        # The savepoint is rolled back on the connection that opened it.
        current = connections[DEFAULT_DB_ALIAS]
        connections[DEFAULT_DB_ALIAS] = built.connection
        try:
            with self.blocker.unblock():
                transaction.set_rollback(True)
                built.atomic.__exit__(None, None, None)
        finally:
            connections[DEFAULT_DB_ALIAS] = current
        for path in sorted(self._files() - built.files_before, reverse=True):
            if path.is_dir():
                path.rmdir()
            else:
                path.unlink()

    def _files(self) -> set[Path]:
        return set(self.media.rglob("*"))

    @staticmethod
    def _test_media() -> Path:
        return Path(django_settings.STORAGES["default"]["OPTIONS"]["location"])


def _commits(request) -> bool:
    """Whether the test runs in a TransactionTestCase (its writes are committed)."""
    from pytest_django.fixtures import validate_django_db

    marker = request.node.get_closest_marker("django_db")
    if marker:
        transactional, reset_sequences, *_ = validate_django_db(marker)
        if transactional or reset_sequences:
            return True
    committing = ("transactional_db", "live_server", "django_db_reset_sequences")
    return any(name in request.fixturenames for name in committing)


@pytest.fixture(scope="session")
def _tables_from_models(request):
    """Before pytest-django builds the test database: tables from the models, not migrations.

    Returns the function that shows the migrations again, or None (--test-db-by-migrations).
    """
    if request.config.getoption("test_db_by_migrations"):
        return None
    from transferhub.lib.testing.database import hide_migrations

    return hide_migrations()


@pytest.fixture(scope="session")
def _copied_from_the_runs_template(request, _tables_from_models):
    """On PostgreSQL with xdist workers: the test database copied from the run's template.

    The first worker to need it builds the template (as below), the others copy it
    (`pytest_configure_node` names it, lib/testing/database.py `created_from_template`).
    """
    template = getattr(request.config, "workerinput", {}).get(TEMPLATE_KEY)
    if not template:
        yield
        return
    from transferhub.lib.testing.database import created_from_template, finish_like_migrations

    def build_rest() -> None:
        if _tables_from_models:
            _tables_from_models()
            finish_like_migrations()

    with created_from_template(template, build_rest):
        yield


@pytest.fixture(scope="session")
def django_db_setup(
    _tables_from_models, _copied_from_the_runs_template, django_db_setup, django_db_blocker
):
    """pytest-django's test database, finished as the migrations would (lib/testing/database.py).

    About 15 s of CPU less per test process than working out every migration's state.
    """
    if _tables_from_models:
        from transferhub.lib.testing.database import finish_like_migrations

        # From here on the migrations are visible again (makemigrations --check, the
        # migration loader in the tests).
        _tables_from_models()
        with django_db_blocker.unblock():
            finish_like_migrations()
    from transferhub.lib.testing.database import empty_after_committing_tests, remember_fresh_rows

    # A committing test (live server, transaction=True) ends by emptying the tables but
    # the content types and permissions, without post_migrate (lib/testing/database.py).
    with django_db_blocker.unblock():
        remember_fresh_rows()
    empty_after_committing_tests()
    yield


@pytest.fixture(scope="session")
def _world_stack(django_db_setup, django_db_blocker, tmp_path_factory):
    stack = WorldStack(django_db_blocker, tmp_path_factory.mktemp("world-media"))
    yield stack
    stack.close()


@pytest.fixture
def _worlds(request, _fast_and_isolated, _world_stack) -> WorldStack:
    _world_stack.enter(request)
    return _world_stack


@pytest.fixture
def _django_db_helper(_worlds, _django_db_helper):
    """pytest-django's database access for a test, opened on top of the shared worlds."""
    # Overrides pytest-django's fixture of that name (every database test goes through it)
    # so the worlds are in place before the test's own savepoint is opened.
    return _django_db_helper


TEMPLATE_KEY = "transferhub_test_database_template"
_run_template = pytest.StashKey[str]()


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    """xdist, before a worker starts: on PostgreSQL the workers copy one template database."""
    from django.db import connection

    config = node.config
    if connection.vendor != "postgresql" or config.getoption("reuse_db"):
        return
    if _run_template not in config.stash:
        import uuid

        base = connection.creation._get_test_db_name()
        config.stash[_run_template] = f"{base}_template_{uuid.uuid4().hex[:8]}"
    node.workerinput[TEMPLATE_KEY] = config.stash[_run_template]


_own_install_run = pytest.StashKey[str]()


def pytest_configure(config):
    """The run's id for its processes: they share one demo install (lib/testing/install.py)."""
    from transferhub.lib.testing.install import RUN_VARIABLE

    if not hasattr(config, "workerinput") and RUN_VARIABLE not in os.environ:
        import uuid

        os.environ[RUN_VARIABLE] = config.stash[_own_install_run] = uuid.uuid4().hex[:12]


_skipped: list[str] = []


def pytest_runtest_logreport(report):
    if report.skipped and not hasattr(report, "wasxfail") and report.nodeid not in _skipped:
        _skipped.append(report.nodeid)


def pytest_sessionfinish(session):
    """xdist's controller (or the only process): drop the run's templates once all are done;
    in CI a skipped test fails the run (a test for one database is deselected, not skipped)."""
    in_ci = os.environ.get("CI", "") in ("1", "true")
    if _skipped and in_ci and not hasattr(session.config, "workerinput"):
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(f"In CI nothing may be skipped: {', '.join(_skipped)}", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    template = session.config.stash.get(_run_template, None)
    if template:
        from pytest_django.plugin import blocking_manager_key

        from transferhub.lib.testing.database import drop_template

        with session.config.stash[blocking_manager_key].unblock():
            drop_template(template)
    run = session.config.stash.get(_own_install_run, None)
    if run:
        from transferhub.lib.testing.install import remove_template

        remove_template(run)


def pytest_addoption(parser):
    parser.addoption(
        "--database-tests-only",
        action="store_true",
        help="run only tests that use the database (and the system tests): the second, "
        "PostgreSQL run of scripts/test.sh, after the SQLite run ran everything",
    )
    parser.addoption(
        "--test-db-by-migrations",
        action="store_true",
        help="build the test database by running every migration (slow) instead of from "
        "the models plus the migrations' RunPython code (lib/testing/database.py)",
    )


def uses_the_database(item) -> bool:
    """Whether a test reaches the test database (or is a system test, run on PostgreSQL)."""
    if item.get_closest_marker("django_db") or item.get_closest_marker("system"):
        return True
    names = getattr(item, "fixturenames", ())
    return "django_db_setup" in names or "live_server" in names


def pytest_collection_modifyitems(config, items):
    """Within each module or class, run the tests that need the same worlds together;
    the tests on worlds beyond the people run last, together, whatever their module; the
    system tests first.

    A test marked `only_on("postgresql")` (a race SQLite cannot have) or `only_on("sqlite")`
    is deselected on the other database: each run says how many, and nothing is skipped.
    """
    from django.db import connection

    elsewhere = [
        item
        for item in items
        if (mark := item.get_closest_marker("only_on")) and mark.args[0] != connection.vendor
    ]
    if elsewhere:
        config.hook.pytest_deselected(items=elsewhere)
        gone = set(elsewhere)
        items[:] = [item for item in items if item not in gone]
    if config.getoption("database_tests_only"):
        # Tests that never touch the database behave the same on either; their own
        # subprocesses get an environment without DATABASE_URL (SQLite) anyway.
        elsewhere = [item for item in items if not uses_the_database(item)]
        if elsewhere:
            config.hook.pytest_deselected(items=elsewhere)
            items[:] = [item for item in items if uses_the_database(item)]
    order = list(WORLD_LAYERS)

    def needs(item) -> tuple[int, ...]:
        wanted = worlds_wanted(getattr(item, "fixturenames", ()), item.path)
        return tuple(order.index(name) for name in wanted)

    start = 0
    while start < len(items):
        end = start
        while end < len(items) and items[end].parent is items[start].parent:
            end += 1
        items[start:end] = sorted(items[start:end], key=needs)
        start = end
    # The worlds beyond the people (the seed meeting, about 0.1 s of CPU on SQLite and
    # 0.2 s on PostgreSQL; the role walks', the suppliers' and the API's worlds; the demo,
    # about 1 s) are asked for by tests of many modules, each of which also has tests that
    # need no world or the people alone, so each module built them again. Those tests run
    # together at the end, grouped by the worlds they need, so each process builds each
    # world a few times instead of once per module (the seed meeting 70 times a run).
    # Not the tests that commit (they build their own) nor those of a module with a
    # fixture set up once per module or class (it would be set up again).
    people = order.index("people")

    def stays_in_its_module(item) -> bool:
        # Our own fixtures (a plugin's have no baseid: pytest-django's class-scoped
        # _django_setup_unittest does nothing outside unittest classes).
        return _commits(SimpleNamespace(node=item, fixturenames=item.fixturenames)) or any(
            defs[-1].baseid and defs[-1].scope not in ("session", "function")
            for defs in item._fixtureinfo.name2fixturedefs.values()
        )

    on_worlds = [
        item
        for item in items
        if any(index != people for index in needs(item)) and not stays_in_its_module(item)
    ]
    if on_worlds:
        moved = set(on_worlds)
        items[:] = [item for item in items if item not in moved] + sorted(on_worlds, key=needs)
    # The system tests (real servers, fixed load durations, waits for kills; about a minute
    # each) run first: among the last tests, as pytest-django's order had them, one worker
    # went on with a load test while the other had nothing left (a replay of the PostgreSQL
    # run's measured times through worksteal: 249 s for the busier worker, 205 s for the
    # other; first, 227 s each). The ordinary tests then fill the gaps.
    system = [item for item in items if item.get_closest_marker("system")]
    if system:
        moved = set(system)
        items[:] = system + [item for item in items if item not in moved]


def make_om() -> Organisation:
    return Organisation.objects.create(
        name="Offensive Mittelstand",
        short_name="OM",
        kind=Organisation.Kind.PARTNER,
        town="Heidelberg",
    )


def make_ag_transfer() -> Body:
    return Body.objects.create(
        name="AG Transfer",
        short_name="AG Transfer",
        classification=Body.Classification.WORKING_GROUP,
    )


@pytest.fixture
def om(db, _worlds) -> Organisation:
    shared = _worlds.shared("people")
    return shared["om"] if shared else make_om()


@pytest.fixture
def ag_transfer(db, _worlds) -> Body:
    shared = _worlds.shared("people")
    return shared["ag_transfer"] if shared else make_ag_transfer()


def make_person(
    given: str,
    family: str,
    *,
    org=None,
    title: str = "",
    username: str | None = None,
    email: str | None = None,
    language: str = "de",
) -> Person:
    user = None
    if username:
        user = User.objects.create_user(username, password="geheim-123-geheim")
    return Person.objects.create(
        title=title,
        given_name=given,
        family_name=family,
        organisation=org,
        user=user,
        email=email if email is not None else f"{given.lower()}.{family.lower()}@example.org",
        language=language,
    )


def make_people(om: Organisation, ag_transfer: Body) -> dict[str, Person]:
    """One person per role in the AG Transfer, each with a login named after the role."""
    secretariat = make_person("Theresa", "Joerißen", org=om, username="secretariat")
    secretariat.user.groups.add(Group.objects.get_or_create(name=SECRETARIAT_GROUP)[0])
    chair = make_person("Oliver", "Kruse", org=om, title="Prof. Dr.", username="chair")
    member = make_person("Wilhelm", "Heidbrede", username="member", language="en")
    outsider = make_person("Erika", "Außen", username="outsider")
    Membership.objects.create(
        person=chair, body=ag_transfer, role=Membership.Role.CHAIR, on_behalf_of=om
    )
    Membership.objects.create(person=member, body=ag_transfer, role=Membership.Role.MEMBER)
    Membership.objects.create(
        person=secretariat, body=ag_transfer, role=Membership.Role.SECRETARIAT, on_behalf_of=om
    )
    return {"secretariat": secretariat, "chair": chair, "member": member, "outsider": outsider}


@world_layer("people")
def _people_world(below) -> dict:
    om, ag_transfer = make_om(), make_ag_transfer()
    return {"om": om, "ag_transfer": ag_transfer, "people": make_people(om, ag_transfer)}


@pytest.fixture
def people(db, om, ag_transfer, _worlds) -> dict[str, Person]:
    """One person per role in the AG Transfer, each with a login named after the role."""
    shared = _worlds.shared("people")
    return shared["people"] if shared else make_people(om, ag_transfer)


@pytest.fixture
def client():
    """pytest-django's `client`, signing in without first saving an empty session
    (lib/testing/client.py)."""
    from transferhub.lib.testing.client import Client

    return Client()


@pytest.fixture
def client_as(client, people):
    """Return a test client logged in as the given role ("anonymous" for none)."""

    def login(role: str):
        # A client without cookies holds no login: logging it out would only store and
        # delete an empty session (about 2 ms).
        if client.cookies:
            client.logout()
        if role != "anonymous":
            client.force_login(people[role].user)
        return client

    return login


def make_seed_meeting(people, ag_transfer, om):
    """The AG Transfer meeting of 15.09.2022, built through the services as the seed states it."""
    from transferhub.decisions.services import decision_record, task_create
    from transferhub.meetings.models import AgendaItem
    from transferhub.meetings.services import agenda_item_add, meeting_create, minutes_record

    meeting = meeting_create(
        body=ag_transfer,
        name="AG Transfer",
        date=dt.date(2022, 9, 15),
        start_time=dt.time(9),
        end_time=dt.time(13),
        location="online",
        note_taker=people["secretariat"],
        stated_participant_count=30,
    )
    bmas = Organisation.objects.create(
        name="BMAS – Bundesministerium für Arbeit und Soziales",
        short_name="BMAS",
        kind=Organisation.Kind.MINISTRY,
    )
    sieker = make_person("Achim", "Sieker", org=bmas)
    plan = [
        ("Neues aus der Offensive Mittelstand", 20, [people["chair"]]),
        (
            "Klimawandel, Dekarbonisierung und Co. – Aktivitäten des BMAS im Themenfeld "
            "„Umweltschutz“",
            30,
            [sieker],
        ),
        ("Umsetzungshilfe „Finanzierung und Liquidität“", 30, [people["member"]]),
        ("Ergebnisse der Befragung der OM-Partner", 30, [people["secretariat"]]),
        (None, 10, []),
        ("OM-Zeichen-Arbeitsschutz – OM-Lieferantendatenbank", 20, []),
        ("OM-Zusatzqualifizierung „KI bewerten und erkennen“", 30, []),
        ("KI im Dienste der Diversität", 30, []),
        ("NRW-Landesprogramm Vereinbarkeit Beruf und Pflege", 30, []),
        ("Verschiedenes", 10, []),
    ]
    items = []
    for name, minutes, presenters in plan:
        if name is None:
            agenda_item_add(
                meeting=meeting, name="Pause", kind=AgendaItem.Kind.BREAK, duration_minutes=minutes
            )
            continue
        items.append(
            agenda_item_add(
                meeting=meeting,
                name=name,
                duration_minutes=minutes,
                presenters=[(p, None) for p in presenters],
            )
        )
    for item in items:
        minutes_record(item=item, minutes=f"Protokoll zu {item.name}.", status="discussed")
    minutes_record(item=items[4], minutes="Die Vorstellung wurde vertagt.", status="postponed")
    for index in (1, 2, 5, 6, 7):
        decision_record(
            meeting=meeting,
            agenda_item=items[index],
            text=f"Die AG Transfer vereinbart zu TOP {items[index].number}.",
        )
    task_create(
        agenda_item=items[2],
        text="Die Umsetzungshilfe wird um ein Glossar ergänzt.",
        owner_body=ag_transfer,
    )
    task_create(
        agenda_item=items[2],
        owner_person=people["chair"],
        text="Ansprache von Bankenverbänden vorbereiten.",
        due_date=dt.date(2022, 10, 31),
    )
    meeting.refresh_from_db()
    return meeting


@world_layer("seed_meeting", requires=("people",))
def _seed_world(below):
    world = below["people"]
    return make_seed_meeting(world["people"], world["ag_transfer"], world["om"])


@pytest.fixture
def seed_meeting(db, people, ag_transfer, om, _worlds):
    """The AG Transfer meeting of 15.09.2022, built through the services as the seed states it."""
    shared = _worlds.shared("seed_meeting")
    return shared if shared is not None else make_seed_meeting(people, ag_transfer, om)


def load_demo():
    """`transferhub demo`: the demo data; returns the seed meeting of 15.09.2022."""
    import io

    from django.core.management import call_command

    from transferhub.meetings.models import Meeting

    call_command("demo", stdout=io.StringIO())
    return Meeting.objects.get(date="2022-09-15")


@world_layer("demo")
def _demo_world(below):
    return load_demo()


def demo_for(worlds: WorldStack):
    """The demo for a test's `demo` fixture: the shared world, or loaded for this test."""
    shared = worlds.shared("demo")
    return shared if shared is not None else load_demo()


@pytest.fixture
def demo(db, _worlds):
    """The demo data (`transferhub demo`) and its seed meeting, loaded once for the tests
    that ask for it (they run together: pytest_collection_modifyitems)."""
    return demo_for(_worlds)


# --- Browser tests (Playwright driving Debian's Chromium) -------------------------------

# Django's live_server and ORM calls share a thread with Playwright's event loop.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def chromium_executable() -> str:
    """Debian's Chromium: its headless shell where installed, else the whole browser.

    The shell (package chromium-headless-shell, the same Blink and V8) is what Playwright
    runs headless by default; it draws the same pages without the browser's window
    machinery: about 30 % less CPU for the same walks than `/usr/bin/chromium --headless`.
    """
    if chosen := os.environ.get("TRANSFERHUB_CHROMIUM"):
        return chosen
    shell = "/usr/bin/chromium-headless-shell"
    return shell if os.path.exists(shell) else "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # Playwright's own browser download cannot work here: use Debian's Chromium.
    return {
        **browser_type_launch_args,
        "executable_path": chromium_executable(),
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture(scope="session")
def base_url(pytestconfig):
    """pytest-playwright's own `base_url` (its fallback without pytest-base-url), the same
    value: the plugin defines it as a session fixture on an instance method, which pytest 9
    warns about in every run with browser tests (PytestRemovedIn10Warning)."""
    return pytestconfig.getoption("--base-url") or pytestconfig.getini("base_url") or None


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # Our users' browsers ask for German; the UI follows Accept-Language.
    return {**browser_context_args, "locale": "de-DE"}

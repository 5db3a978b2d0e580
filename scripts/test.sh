#!/usr/bin/env bash
# Run the whole suite: lint, then every test on SQLite (browser tests in Chromium
# included), then every database test again on a throwaway PostgreSQL cluster.
# The load and fault tests (marker "system": real servers, real SIGKILLs, minutes of
# runtime) run once, on PostgreSQL where it is here, else on SQLite.
# Where Chromium or PostgreSQL is missing, say so loudly; under CI=1 that fails.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
skipped=()

banner() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }
loud() { printf '\n\033[1;33m!!!!!!!!!! %s !!!!!!!!!!\033[0m\n' "$*" >&2; }

banner "ruff"
$BIN/ruff check .
$BIN/ruff format --check . >/dev/null || { echo "ruff format would change files: run 'make format'"; exit 1; }

# Keep compiled modules (and pytest's rewritten test modules) between runs, even where
# PYTHONDONTWRITEBYTECODE asks not to: without them each worker and each `transferhub`
# subprocess compiles every module again (about 6 s of CPU per worker). They stay beside
# the sources (__pycache__, ignored by git), not under a PYTHONPYCACHEPREFIX: with a prefix
# Python no longer finds the modules pip compiled into the virtualenv, so the first run of
# a fresh clone compiled Django and every library again in each worker (20 s of CPU per
# worker instead of 13 s; 7 s once warm either way).
unset PYTHONDONTWRITEBYTECODE
# Slow property tests try all their examples under CI=1 (hypothesis profile "ci") and a
# fifth of them elsewhere (conftest.py); HYPOTHESIS_PROFILE=ci runs them all here too.

# Two processes by default (the CI machine has two cores); PYTEST_WORKERS=0 runs in one.
# worksteal hands each worker a contiguous half and lets it take tests from the other's
# end when it runs dry: neighbouring tests share their rolled-back worlds (conftest.py),
# so each world is built about once per module, and no worker idles through the tail
# (7 % less CPU than --dist load on the decisions, meetings and API tests).
WORKERS=(-n "${PYTEST_WORKERS:-2}" --dist worksteal)
[ "${PYTEST_WORKERS:-2}" = 0 ] && WORKERS=()

# Chromium's headless shell where installed: the same pages for about 30 % less CPU (conftest.py).
CHROMIUM=${CHROMIUM:-$(command -v chromium-headless-shell || echo /usr/bin/chromium)}
browser_filter=""
if [ -x "$CHROMIUM" ]; then
  export TRANSFERHUB_CHROMIUM="$CHROMIUM"
else
  loud "SKIPPED: browser tests (no Chromium at $CHROMIUM; apt-get install chromium)"
  skipped+=("browser tests")
  browser_filter=" and not browser"
fi

# The run's temporary files on tmpfs (/dev/shm) where it has 2 GiB free, else under /tmp:
# TMPDIR is what pytest's tmp_path and media folders, the system tests' installs (their
# SQLite databases, media and static folders), the backups, Chromium's profiles and
# mktemp below all use. On / here (ext4 mounted with `discard`) deleting a file the
# kernel has written out already (after ~30 s) waits for the disk to discard its blocks,
# the process idle meanwhile: 9.5-11 s of waiting in a 72-test subset on /tmp (most of it
# pytest deleting older sessions' tmp_path folders at the end), none on /dev/shm
# (docs/performance-log.md, parts L and M; that subset peaked at about 43 MB there).
# Everything is removed at exit, tmp_path folders included; a run killed with SIGKILL
# leaves its folder in /dev/shm until removed by hand or a reboot.
tmp_base=/tmp
shm_free_kb=$(df -Pk /dev/shm 2>/dev/null | awk 'NR == 2 { print $4 }' || true)
if [[ "$shm_free_kb" =~ ^[0-9]+$ ]] && [ "$shm_free_kb" -ge $((2 * 1024 * 1024)) ]; then
  tmp_base=/dev/shm
fi
RUNTMP=$(mktemp -d "$tmp_base/transferhub-test.XXXXXX")
export TMPDIR="$RUNTMP"
stop_pg() { :; }
stop_redis() { :; }
trap 'stop_pg; stop_redis; rm -rf "$RUNTMP"' EXIT

# The static files `collectstatic` writes in production, collected once for both runs
# (lib/testing/install.py, copy_collected_static: about 5 s of CPU each time).
STATICDIR=$(mktemp -d "$RUNTMP/static.XXXXXX")
export TRANSFERHUB_TEST_STATIC="$STATICDIR"

# A throwaway Redis on a unix socket for the Redis tests (cache, rate limits and locks
# shared by two app servers; the two-server load test): started here, stopped at the end.
REDIS_BIN=$(command -v redis-server || true)
if [ -n "$REDIS_BIN" ]; then
  REDISDIR=$(mktemp -d "$RUNTMP/redis.XXXXXX")
  "$REDIS_BIN" --port 0 --unixsocket "$REDISDIR/redis.sock" --unixsocketperm 700 --save "" \
    --appendonly no --databases 64 --dir "$REDISDIR" --daemonize yes \
    --pidfile "$REDISDIR/redis.pid" --logfile "$REDISDIR/log" >/dev/null
  stop_redis() { [ -f "$REDISDIR/redis.pid" ] && kill "$(cat "$REDISDIR/redis.pid")" 2>/dev/null; rm -rf "$REDISDIR"; }
  for _ in $(seq 50); do [ -S "$REDISDIR/redis.sock" ] && break; sleep 0.1; done
  export TEST_REDIS_URL="unix://$REDISDIR/redis.sock"
else
  loud "SKIPPED: Redis tests (no redis-server; apt-get install redis-server)"
  skipped+=("Redis tests")
fi

PG_BIN=""
for candidate in /usr/lib/postgresql/*/bin; do
  [ -x "$candidate/initdb" ] && PG_BIN="$candidate"
done

banner "tests on SQLite (temporary files in $RUNTMP)"
if [ -n "$PG_BIN" ]; then sqlite_filter="not system$browser_filter"
else sqlite_filter="${browser_filter# and }"; fi
sqlite_args=()
[ -n "$sqlite_filter" ] && sqlite_args=(-m "$sqlite_filter")
# pytest exits 5 when no test ran: with `set -e` that fails the run, as it should.
env -u DATABASE_URL $BIN/pytest "${WORKERS[@]}" "${sqlite_args[@]}" "$@"

if [ -z "$PG_BIN" ]; then
  loud "SKIPPED: PostgreSQL tests (no PostgreSQL server binaries; apt-get install postgresql)"
  skipped+=("PostgreSQL tests")
else
  # The throwaway cluster's data directory on tmpfs (/dev/shm) where it has room, else
  # under /tmp. On a disk file system DROP DATABASE has to delete every file of the
  # database (a test database is some 2,700 files), and where the kernel has written them
  # out already (after ~30 s) and the file system discards freed blocks (mounted with
  # `discard`, as / is here) each deletion waits for the disk: 2.3-5.9 s a DROP at the
  # system tests' teardowns and the run's end, the CPUs idle, against 0.1-0.3 s on tmpfs
  # (docs/performance-log.md, part L). Nothing is kept: fsync is off anyway.
  PGBASE=/tmp
  shm_free_kb=$(df -Pk /dev/shm 2>/dev/null | awk 'NR == 2 { print $4 }' || true)
  if [[ "$shm_free_kb" =~ ^[0-9]+$ ]] && [ "$shm_free_kb" -ge $((2 * 1024 * 1024)) ]; then
    PGBASE=/dev/shm
  fi
  banner "tests on PostgreSQL ($PG_BIN, data directory in $PGBASE)"
  PGDIR=$(mktemp -d "$PGBASE/transferhub-pg.XXXXXX")
  PGPORT=${PGPORT:-54329}
  run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  [ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
  stop_pg() { run_pg "$PG_BIN/pg_ctl" -D "$PGDIR/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$PGDIR"; }
  run_pg "$PG_BIN/initdb" -D "$PGDIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  run_pg "$PG_BIN/pg_ctl" -D "$PGDIR/data" -w -l "$PGDIR/log" start \
    -o "-p $PGPORT -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null
  run_pg "$PG_BIN/createdb" -h "$PGDIR" -p "$PGPORT" -U postgres transferhub
  export DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/transferhub"
  # Browser tests and the tests that never touch the database ran once above; the
  # database behaviour is what differs here.
  $BIN/pytest "${WORKERS[@]}" -m "not browser" --database-tests-only "$@"
fi

if [ ${#skipped[@]} -gt 0 ]; then
  loud "NOT EVERYTHING RAN: skipped ${skipped[*]}"
  if [ "${CI:-}" = "1" ] || [ "${CI:-}" = "true" ]; then
    echo "In CI nothing may be skipped." >&2
    exit 1
  fi
fi
banner "all tests passed"

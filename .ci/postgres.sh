# shellcheck shell=bash
# A throwaway PostgreSQL server for the tests: source this file, then
#   start_throwaway_postgres   # exports WORKSHOP_APP_TEST_PG_URL
#   ...run the tests...
#   stop_throwaway_postgres
# The server runs as the `postgres` user from a fresh directory under mktemp, listens on
# 127.0.0.1 only (on a free port, no Unix socket in /var/run) and is deleted when stopped.

_PG_TEST_DIR=""
_PG_TEST_BIN=""

_find_pg_bin() {
  # initdb/pg_ctl live outside PATH on Debian/Ubuntu (/usr/lib/postgresql/<major>/bin).
  # A symlink on PATH (/usr/local/bin/initdb) is followed to the folder that also holds psql.
  if command -v initdb >/dev/null 2>&1; then
    local found
    found="$(dirname "$(readlink -f "$(command -v initdb)")")"
    if [ -x "$found/pg_ctl" ] && [ -x "$found/psql" ]; then
      echo "$found"
      return 0
    fi
  fi
  local candidate
  candidate="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -n "$candidate" ] && [ -x "$candidate/initdb" ] && [ -x "$candidate/psql" ]; then
    echo "$candidate"
    return 0
  fi
  return 1
}

_free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

_as_postgres() {
  if [ "$(id -un)" = "postgres" ]; then
    "$@"
  elif command -v runuser >/dev/null 2>&1; then
    runuser -u postgres -- "$@"
  else
    su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
  fi
}

start_throwaway_postgres() {
  if ! _PG_TEST_BIN="$(_find_pg_bin)"; then
    if command -v apt-get >/dev/null 2>&1; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    fi
    _PG_TEST_BIN="$(_find_pg_bin)" || { echo "postgres.sh: PostgreSQL is not installed" >&2; return 1; }
  fi
  if ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
  fi
  _PG_TEST_DIR="$(mktemp -d /tmp/workshop-pg.XXXXXX)"
  chown postgres "$_PG_TEST_DIR"
  chmod 700 "$_PG_TEST_DIR"
  local port
  port="$(_free_port)"
  _as_postgres "$_PG_TEST_BIN/initdb" -D "$_PG_TEST_DIR/data" -U postgres -A trust -E UTF8 \
    --locale=C.UTF-8 >"$_PG_TEST_DIR/initdb.log" 2>&1 ||
    _as_postgres "$_PG_TEST_BIN/initdb" -D "$_PG_TEST_DIR/data" -U postgres -A trust -E UTF8 \
      --locale=C >"$_PG_TEST_DIR/initdb.log" 2>&1 ||
    { cat "$_PG_TEST_DIR/initdb.log" >&2; return 1; }
  # fsync off: a throwaway server; the app's own durability is tested on SQLite.
  _as_postgres "$_PG_TEST_BIN/pg_ctl" -D "$_PG_TEST_DIR/data" -l "$_PG_TEST_DIR/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $_PG_TEST_DIR -c fsync=off -c max_connections=200" \
    start >/dev/null || { cat "$_PG_TEST_DIR/server.log" >&2; return 1; }
  _as_postgres "$_PG_TEST_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -q \
    -c "CREATE ROLE workshop_test LOGIN CREATEDB" \
    -c "CREATE DATABASE workshop_test OWNER workshop_test" >/dev/null ||
    { stop_throwaway_postgres; return 1; }
  export WORKSHOP_APP_TEST_PG_URL="postgresql+psycopg://workshop_test@127.0.0.1:$port/workshop_test"
  echo "PostgreSQL test server on 127.0.0.1:$port ($_PG_TEST_DIR)"
}

stop_throwaway_postgres() {
  if [ -n "$_PG_TEST_DIR" ] && [ -d "$_PG_TEST_DIR/data" ]; then
    _as_postgres "$_PG_TEST_BIN/pg_ctl" -D "$_PG_TEST_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  if [ -n "$_PG_TEST_DIR" ]; then
    rm -rf "$_PG_TEST_DIR"
  fi
  _PG_TEST_DIR=""
  unset WORKSHOP_APP_TEST_PG_URL
}

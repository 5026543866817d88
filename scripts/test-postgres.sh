#!/usr/bin/env bash
# `make test-postgres`: the storage, API and ingest tests against a throwaway PostgreSQL cluster.
# Installs Debian's postgresql when missing, runs initdb in a temporary directory, serves on
# 127.0.0.1 at a free port (its socket in that directory too), runs pytest with
# LINIMASA_TEST_DATABASE_URL pointing at it, then stops the cluster and removes the directory.
# PostgreSQL refuses to run as root: as root, the cluster runs as the `postgres` user the package creates.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO=sudo; fi

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
if [ -z "$(bindir)" ]; then
  echo "installing Debian's postgresql for the PostgreSQL tests"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
fi
BIN=$(bindir)

dir=$(mktemp -d "${TMPDIR:-/tmp}/linimasa-pg.XXXXXX")
as_owner() { "$@"; }
if [ "$(id -u)" = 0 ]; then
  chown postgres "$dir"
  as_owner() { runuser -u postgres -- "$@"; }
fi
port=$("$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

stop() {
  as_owner "$BIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

as_owner "$BIN/initdb" -D "$dir/data" -U linimasa --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
as_owner "$BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-k $dir -h 127.0.0.1 -p $port -c fsync=off -c max_connections=200" start >/dev/null
as_owner "$BIN/createdb" -h 127.0.0.1 -p "$port" -U linimasa linimasa

export LINIMASA_TEST_DATABASE_URL="postgresql+psycopg://linimasa@127.0.0.1:$port/linimasa"
if [ "${1:-}" = "--shell" ]; then
  echo "$LINIMASA_TEST_DATABASE_URL (the cluster stops when this shell exits)"; bash -i; exit
fi
# the storage, API and ingest tests (the extractor and the browser never touch the database's dialect)
if [ $# -eq 0 ]; then set -- tests/store tests/web tests/test_cli.py; fi
"$PYTHON" -m pytest -p no:warnings "$@"

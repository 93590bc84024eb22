#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback for the database tests and prints the
# TEST_DATABASE_URL to use; `stop DIR` stops it and removes its folder. Debian's server refuses to run
# as root, so the cluster belongs to the postgres user. Used by .ci/run; handy by hand too:
#   eval "$(scripts/test-postgres.sh start)"; npm run test:unit; scripts/test-postgres.sh stop "$TEST_POSTGRES_DIR"
set -euo pipefail
PORT="${TEST_POSTGRES_PORT:-55432}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -n "$BIN" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
# From / : the postgres user may not be allowed into the folder this is run from.
as_postgres() { if [ "$(id -u)" = 0 ]; then (cd / && su postgres -s /bin/sh -c "$1"); else sh -c "$1"; fi; }

case "${1:-start}" in
  start)
    DIR="$(mktemp -d /tmp/help-postgres.XXXXXX)"
    [ "$(id -u)" = 0 ] && chown postgres "$DIR"
    as_postgres "'$BIN/initdb' -D '$DIR/data' -A trust -U postgres --no-sync" >/dev/null
    as_postgres "'$BIN/pg_ctl' -D '$DIR/data' -l '$DIR/server.log' -w -o \"-c listen_addresses=127.0.0.1 -p $PORT -k '$DIR' -c fsync=off\" start" >/dev/null
    echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PORT/postgres TEST_POSTGRES_DIR=$DIR"
    ;;
  stop)
    DIR="${2:?the folder start printed}"
    as_postgres "'$BIN/pg_ctl' -D '$DIR/data' -m fast -w stop" >/dev/null || true
    rm -rf "$DIR"
    ;;
esac

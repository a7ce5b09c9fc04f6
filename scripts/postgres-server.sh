#!/usr/bin/env bash
# Throwaway PostgreSQL cluster on a loopback port, for tests and CI.
#   scripts/postgres-server.sh start   -> prints the DATABASE_URL of a fresh database
#   scripts/postgres-server.sh stop
#   scripts/postgres-server.sh resume  -> starts a stopped cluster again, keeping its data (restart tests)
# Needs Debian's postgresql package (initdb/pg_ctl under /usr/lib/postgresql/*/bin).
set -euo pipefail
PORT="${PGTEST_PORT:-54329}"
DIR="${PGTEST_DIR:-/tmp/klyngeportalen-pg}"
DB="${PGTEST_DB:-klyngeportalen}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$BIN/initdb" ] || { echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2; exit 1; }

# initdb refuses to run as root: run the server as the postgres system user then.
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
start_cluster() {
  as_owner "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w \
    -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
}

case "${1:-}" in
  start)
    if ! as_owner "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
      rm -rf "$DIR" && mkdir -p "$DIR"
      [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
      as_owner "$BIN/initdb" -D "$DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
      start_cluster
    fi
    as_owner "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qc "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" >/dev/null
    as_owner "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -qc "CREATE DATABASE \"$DB\"" >/dev/null
    echo "postgresql://postgres@127.0.0.1:$PORT/$DB"
    ;;
  stop)
    as_owner "$BIN/pg_ctl" -D "$DIR" -m fast stop >/dev/null 2>&1 || true
    ;;
  resume)
    as_owner "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1 || start_cluster
    ;;
  *) echo "usage: $0 start|stop|resume" >&2; exit 2 ;;
esac

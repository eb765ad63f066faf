#!/usr/bin/env bash
# A ProjectDesk cluster on this machine, for testing what several servers do together: one
# PostgreSQL, one OpenSearch node, N WildFly nodes (standalone-ha.xml) and a load balancer.
#
#   scripts/cluster.sh up [N]     builds what is missing, starts everything (N nodes, default 2),
#                                 waits until the balancer answers; the demo content is published
#   scripts/cluster.sh status     what runs, and where
#   scripts/cluster.sh down       stops everything (the data stays, under ear/target/cluster)
#   scripts/cluster.sh kill I     kills node I with SIGKILL (what the failover test does)
#   scripts/cluster.sh start I    starts node I again
#   scripts/cluster.sh test       up, the failover test (ClusterFailoverIT), down
#   scripts/cluster.sh bench      throughput of the public pages through the balancer with one node
#                                 serving, then all (wrk, BENCH_SECONDS per figure, default 15)
#
# Addresses (all on 127.0.0.1):
#   balancer      http://127.0.0.1:8000/          (CLUSTER_PORT)      HAProxy
#   node I        http://127.0.0.1:(9080+100(I-1))/  management 10990+100(I-1), JGroups 8600+100(I-1)
#   OpenSearch    http://127.0.0.1:9200/          (CLUSTER_SEARCH_PORT)
#   PostgreSQL    the one running on 127.0.0.1:5432 (trust), database projectdesk_cluster; when none
#                 runs, the build's own on 127.0.0.1:15440 (CLUSTER_DB_PORT), database projectdesk
#
# The balancer is Debian's HAProxy (installed when missing): one small process, health checks on
# each node's readiness (WildFly's /health/ready), sticky by a cookie of its own, and a request
# whose node is gone is sent to another (option redispatch); a node's sessions are replicated by
# Infinispan, so that request finds the session there. WildFly's own mod_cluster balancer would be
# a third JVM on a two-core machine, and needs multicast or a static proxy list on every node.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

state="$root/ear/target/cluster"
balancer_port="${CLUSTER_PORT:-8000}"
search_port="${CLUSTER_SEARCH_PORT:-9200}"
db_port="${CLUSTER_DB_PORT:-15440}"
db_url=""
pg_script="$root/ear/src/test/scripts/test-postgresql.sh"
heap="${CLUSTER_NODE_HEAP:-1g}"

log() { printf '[cluster] %s\n' "$*"; }
die() { log "$*"; exit 1; }

node_offset() { echo $((1000 + 100 * ($1 - 1))); }
node_port() { echo $((8080 + $(node_offset "$1"))); }
node_management_port() { echo $((9990 + $(node_offset "$1"))); }
node_count() { cat "$state/nodes" 2>/dev/null || echo 0; }

alive() { [ -n "${1:-}" ] && [ -r "/proc/$1/status" ] && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status"; }
pid_of() { cat "$state/$1.pid" 2>/dev/null || true; }

wait_for() { # $1 what, $2 url, $3 seconds
  local deadline=$((SECONDS + $3))
  until curl -fs -o /dev/null --max-time 5 "$2"; do
    [ $SECONDS -lt "$deadline" ] || die "$1 did not answer at $2 within $3 s (logs: $state)"
    sleep 1
  done
}

built_wildfly() { ls -d "$root"/ear/target/wildfly-*/ 2>/dev/null | head -n 1; }
# the nodes run from a copy, so that a build (which provisions ear/target/wildfly-* afresh) can run
# beside a running cluster, the failover test's for one
wildfly_home() { echo "$state/wildfly"; }

build() {
  if [ -z "$(built_wildfly)" ] || [ ! -f "$root/ear/target/projectdesk.ear" ] \
      || [ ! -d "$(built_wildfly)/modules/org/hibernate/search/mapper/orm/outboxpolling" ]; then
    log "building the EAR and its server"
    mvn -B -q -DskipTests -DskipITs package -pl ear -am
  fi
  rm -rf "$state/wildfly" "$state/projectdesk.ear"
  cp -r "$(built_wildfly)" "$state/wildfly"
  cp "$root/ear/target/projectdesk.ear" "$state/projectdesk.ear"
  if [ ! -x "$root/ear/target/opensearch/home/bin/opensearch-run" ]; then
    log "assembling the OpenSearch node from Maven Central"
    mvn -B -q -f "$root/ear/src/cluster/opensearch/pom.xml" package
  fi
  if ! command -v haproxy >/dev/null; then
    log "installing Debian's haproxy (the balancer)"
    if ! apt-get install -y -q haproxy >/dev/null 2>&1; then
      apt-get update -q >/dev/null && apt-get install -y -q haproxy >/dev/null
    fi
  fi
}

start_database() {
  if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
    if ! psql -h 127.0.0.1 -U postgres -tAc "select 1 from pg_database where datname = 'projectdesk_cluster'" | grep -q 1; then
      psql -h 127.0.0.1 -U postgres -qc "create database projectdesk_cluster"
    fi
    db_url="jdbc:postgresql://127.0.0.1:5432/projectdesk_cluster"
    echo "running" >"$state/database"
  else
    if [ ! -x "$root/ear/target/postgresql/bin/pg_ctl" ]; then
      log "unpacking the build's PostgreSQL (its integration-test phases, without tests)"
      mvn -B -q -pl ear -am verify -DskipTests -Dit.test=NoSuchIT -Dfailsafe.failIfNoSpecifiedTests=false
    fi
    if [ -f "$state/postgresql/PG_VERSION" ]; then
      PG_HOME="$root/ear/target/postgresql" "$pg_script" restart "$state/postgresql" "$db_port" >"$state/postgresql.log" 2>&1
    else
      PG_HOME="$root/ear/target/postgresql" "$pg_script" start "$state/postgresql" "$db_port" projectdesk >"$state/postgresql.log" 2>&1
    fi
    db_url="jdbc:postgresql://127.0.0.1:$db_port/projectdesk"
    echo "own" >"$state/database"
  fi
  echo "$db_url" >"$state/database-url"
  log "PostgreSQL: $db_url"
}

start_search() {
  if alive "$(pid_of opensearch)"; then return; fi
  mkdir -p "$state/opensearch-data" "$state/opensearch-logs"
  # opensearch-run execs java: $! is the node's process
  OS_HTTP_PORT="$search_port" OS_TRANSPORT_PORT=$((search_port + 100)) \
    nohup "$root/ear/target/opensearch/home/bin/opensearch-run" \
    -Epath.data="$state/opensearch-data" -Epath.logs="$state/opensearch-logs" \
    >"$state/opensearch.log" 2>&1 &
  echo $! >"$state/opensearch.pid"
  wait_for "OpenSearch" "http://127.0.0.1:$search_port/" 120
  log "OpenSearch on http://127.0.0.1:$search_port/"
}

members() { # the JGroups static member list of an N-node cluster
  local list="" i
  for i in $(seq 1 "$1"); do list="$list${list:+,}127.0.0.1[$((7600 + $(node_offset "$i")))]"; done
  echo "$list"
}

start_node() { # $1 node number
  local i="$1" home base
  home="$(wildfly_home)"
  base="$state/node$i"
  if alive "$(pid_of "node$i")"; then return; fi
  # the configuration as this build writes it; the node's data and logs stay
  mkdir -p "$base/deployments" "$base/data"
  rm -rf "$base/configuration"
  cp -r "$home/standalone/configuration" "$base/"
  cp "$state/projectdesk.ear" "$base/deployments/"
  rm -f "$state/node$i.pid"
  # standalone.sh writes the server's own process id (JBOSS_PIDFILE), which stop and kill signal
  JAVA_OPTS="-Xms256m -Xmx$heap -XX:MetaspaceSize=96m -XX:MaxMetaspaceSize=512m -Djava.net.preferIPv4Stack=true" \
    LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$state/node$i.pid" \
    nohup "$home/bin/standalone.sh" -c standalone-ha.xml \
    -Djboss.server.base.dir="$base" -Djboss.node.name="node$i" \
    -Djboss.socket.binding.port-offset="$(node_offset "$i")" \
    -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.private=127.0.0.1 \
    -Dprojectdesk.cluster.members="$(members "$(node_count)")" \
    -Dprojectdesk.search.hosts="127.0.0.1:$search_port" \
    -Dprojectdesk.db.driver=postgresql \
    -Dprojectdesk.db.url="$(cat "$state/database-url")" \
    -Dprojectdesk.db.user=postgres -Dprojectdesk.db.password=postgres \
    -Dprojectdesk.data.dir="$base/data/projectdesk" \
    -Dprojectdesk.trusted-proxies=127.0.0.1 -Dprojectdesk.secure-transport=false \
    -Dprojectdesk.demo=true \
    >"$state/node$i.log" 2>&1 &
  wait_for "node $i" "http://127.0.0.1:$(node_management_port "$i")/health/ready" 300
  log "node $i on http://127.0.0.1:$(node_port "$i")/"
}

write_balancer() {
  local i cfg="$state/haproxy.cfg"
  {
    echo "# written by scripts/cluster.sh"
    echo "global"
    echo "    maxconn 4000"
    echo "    pidfile $state/haproxy.pid"
    echo "    stats socket $state/haproxy.sock mode 600 level admin"
    echo "defaults"
    echo "    mode http"
    echo "    timeout connect 2s"
    echo "    timeout client 60s"
    echo "    timeout server 60s"
    echo "    option forwardfor"
    echo "    option redispatch"
    echo "    retries 3"
    echo "frontend projectdesk"
    echo "    bind 127.0.0.1:$balancer_port"
    echo "    default_backend nodes"
    echo "backend nodes"
    echo "    balance roundrobin"
    echo "    cookie PD_NODE insert indirect nocache httponly"
    echo "    option httpchk GET /health/ready"
    echo "    default-server inter 1s fall 2 rise 2"
    for i in $(seq 1 "$(node_count)"); do
      echo "    server node$i 127.0.0.1:$(node_port "$i") check port $(node_management_port "$i") cookie node$i"
    done
  } >"$cfg"
}

start_balancer() {
  stop_pid haproxy
  write_balancer
  haproxy -f "$state/haproxy.cfg" -D
  wait_for "the balancer" "http://127.0.0.1:$balancer_port/" 30
  log "balancer on http://127.0.0.1:$balancer_port/"
}

stop_pid() { # $1 name, $2 signal (TERM)
  local pid
  pid="$(pid_of "$1")"
  if alive "$pid"; then
    kill -"${2:-TERM}" "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + 60))
    while alive "$pid" && [ $SECONDS -lt "$deadline" ]; do sleep 1; done
  fi
  rm -f "$state/$1.pid"
}

up() {
  local n="${1:-2}" i
  mkdir -p "$state"
  for i in $(seq 1 "$(node_count)"); do
    alive "$(pid_of "node$i")" && die "node $i runs already: scripts/cluster.sh down first"
  done
  build
  echo "$n" >"$state/nodes"
  start_database
  start_search
  for i in $(seq 1 "$n"); do start_node "$i"; done
  start_balancer
  status
}

down() {
  local i
  stop_pid haproxy
  for i in $(seq "$(node_count)" -1 1); do stop_pid "node$i"; done
  stop_pid opensearch
  if [ "$(cat "$state/database" 2>/dev/null)" = own ]; then
    PG_HOME="$root/ear/target/postgresql" "$pg_script" stop "$state/postgresql" >/dev/null 2>&1 || true
  fi
  log "stopped"
}

status() {
  local i pid
  printf '%-12s %-8s %s\n' "part" "state" "address"
  for part in opensearch haproxy; do
    pid="$(pid_of "$part")"
    printf '%-12s %-8s %s\n' "$part" "$(alive "$pid" && echo up || echo down)" \
      "$([ "$part" = opensearch ] && echo "http://127.0.0.1:$search_port/" || echo "http://127.0.0.1:$balancer_port/")"
  done
  for i in $(seq 1 "$(node_count)"); do
    pid="$(pid_of "node$i")"
    printf '%-12s %-8s %s\n' "node$i" "$(alive "$pid" && echo up || echo down)" "http://127.0.0.1:$(node_port "$i")/"
  done
  printf '%-12s %-8s %s\n' "postgresql" "$(cat "$state/database" 2>/dev/null || echo none)" \
    "$(cat "$state/database-url" 2>/dev/null)"
}

balancer_command() { # $1: a command for HAProxy's admin socket
  python3 -c 'import socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall((sys.argv[2] + "\n").encode())
print(s.recv(65536).decode(), end="")' "$state/haproxy.sock" "$1"
}

bench() {
  local seconds="${BENCH_SECONDS:-15}" n i serving path kind
  command -v wrk >/dev/null || apt-get install -y -q wrk >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
  n="$(node_count)"
  [ -S "$state/haproxy.sock" ] || start_balancer
  printf '%-8s %-26s %-8s %s\n' "nodes" "address" "answer" "requests/s"
  for serving in 1 "$n"; do
    for i in $(seq 2 "$n"); do
      balancer_command "set server nodes/node$i state $([ "$i" -le "$serving" ] && echo ready || echo maint)" >/dev/null
    done
    sleep 2
    for path in / /projects /projects/mibma /api/v1/projects; do
      for kind in kept made; do
        # a session cookie makes every node render the page afresh (the response cache serves no session)
        local cookie=()
        [ "$kind" = made ] && cookie=(-H 'Cookie: JSESSIONID=benchmark')
        curl -fs -o /dev/null "http://127.0.0.1:$balancer_port$path"
        printf '%-8s %-26s %-8s %s\n' "$serving" "$path" "$kind" "$(wrk -t2 -c50 -d"${seconds}s" --timeout 10s \
          -H 'Accept-Encoding: gzip' "${cookie[@]}" "http://127.0.0.1:$balancer_port$path" | awk '/Requests\/sec/ {print $2}')"
      done
    done
  done
  for i in $(seq 2 "$n"); do balancer_command "set server nodes/node$i state ready" >/dev/null; done
  log "one machine ($(nproc) cores) runs the balancer, every node, OpenSearch, PostgreSQL and wrk"
}

case "${1:-}" in
  up) up "${2:-2}" ;;
  down) down ;;
  status) status ;;
  kill) stop_pid "node${2:?node number}" KILL; log "node $2 killed" ;;
  bench) bench ;;
  start) start_node "${2:?node number}" ;;
  test)
    up "${2:-2}"
    trap down EXIT
    mvn -B verify -pl ear -am -Pcluster-test -Dcluster.port="$balancer_port" \
      -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false
    ;;
  *) sed -n '2,13p' "$0"; exit 2 ;;
esac

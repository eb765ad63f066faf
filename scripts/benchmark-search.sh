#!/usr/bin/env bash
# Search latency of the public listing (search, facets, paging: one ProjectSearch call and the page
# around it), measured over HTTP on a server of its own, first with the demo content (7 projects),
# then with the demo content and a synthetic portfolio of 10,000 published projects
# (-Dprojectdesk.generate=10000, see PortfolioGenerator). Prints a table of figures; asserts nothing.
#
#   scripts/benchmark-search.sh [--no-build] [--entries N] [--offset PORT_OFFSET] [--runs N]
#
# Uses a copy of the provisioned WildFly and fresh data directories under target/benchmark, so it
# can run beside a development server (default port offset 300: http://127.0.0.1:8380/).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

build=yes entries=10000 offset=300 runs=30
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=no ;;
    --entries) entries="$2"; shift ;;
    --offset) offset="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

if [ $build = yes ]; then
  mvn -B -q -DskipTests -DskipITs package
fi
work="$root/target/benchmark"
rm -rf "$work"; mkdir -p "$work"
cp -r "$(ls -d ear/target/wildfly-*/ | head -n 1)" "$work/server"
cp ear/target/projectdesk.ear "$work/server/standalone/deployments/"
port=$((8080 + offset)); management=$((9990 + offset))
base="http://127.0.0.1:$port"

queries=(
  "/projects"
  "/projects?q=border"
  "/projects?q=BOMCA"
  "/fr/projects?q=securite+frontieres"
  "/ru/projects?q=%D0%B3%D1%80%D0%B0%D0%BD%D0%B8%D1%86%D1%8B"
  "/projects?country=AM&status=ONGOING"
  "/projects?region=eastern-partnership&donor=eu&sort=start-desc&page=2"
  "/projects?q=migration&start=2015&start=2016&size=100"
)

start_server() { # $1 data dir, rest: system properties
  local data="$1"; shift
  if curl -s -o /dev/null "$base/"; then
    echo "something already listens on $base: choose another --offset" >&2; exit 1
  fi
  "$work/server/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" -Dprojectdesk.demo=true \
    -Dprojectdesk.data.dir="$data" "$@" > "$work/server-$(basename "$data").log" 2>&1 &
  for _ in $(seq 1 900); do
    if grep -q "WFLYSRV0025" "$work/server-$(basename "$data").log"; then return 0; fi
    if grep -q "WFLYSRV0026\|WFLYSRV0056" "$work/server-$(basename "$data").log"; then
      echo "the server started with errors; see $work/server-$(basename "$data").log" >&2; exit 1
    fi
    sleep 2
  done
  echo "the server did not start; see $work/server-$(basename "$data").log" >&2; exit 1
}

stop_server() {
  "$work/server/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$management" --command=:shutdown >/dev/null 2>&1 || true
  sleep 5
}
trap stop_server EXIT

measure() { # $1 label
  local label="$1" total
  total=$(curl -s "$base/projects" | grep -o 'class="page-lead" role="status">[^<]*' | sed 's/.*>//' | tr -s ' ')
  printf '\n%s (listing says: %s)\n' "$label" "$total"
  printf '%-72s %9s %9s %9s\n' "address" "median ms" "p95 ms" "max ms"
  for query in "${queries[@]}"; do
    for _ in 1 2 3 4 5; do curl -s -o /dev/null "$base$query"; done   # warm-up
    times=$(for _ in $(seq 1 "$runs"); do curl -s -o /dev/null -w '%{time_total}\n' "$base$query"; done | sort -n)
    median=$(echo "$times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]*1000}')
    p95=$(echo "$times" | awk '{a[NR]=$1} END {i=int(NR*0.95); if (i<1) i=1; print a[i]*1000}')
    max=$(echo "$times" | tail -n 1 | awk '{print $1*1000}')
    printf '%-72s %9.1f %9.1f %9.1f\n' "$query" "$median" "$p95" "$max"
  done
}

echo "Search latency, $runs requests per address after 5 warm-up requests, one client at a time ($(nproc) cores)"
start_server "$work/demo"
measure "Demo content"
stop_server

started=$(date +%s)
start_server "$work/generated" -Dprojectdesk.generate="$entries"
loaded=$(( $(date +%s) - started ))
grep -ho "Generated content: .*\|Search index rebuilt in [0-9]* ms" "$work/server-generated.log" | sed 's/^/  /' || true
echo "  server start with generation and indexing: ${loaded} s"
measure "Demo content and $entries generated projects"

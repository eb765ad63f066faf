#!/usr/bin/env bash
# Attacks a ProjectDesk of its own with two scanners, on loopback only, bounded in time:
#   - sqlmap (level 2) on the public search, the JSON API (query and path) and the desk's search,
#     signed in as the demo editor;
#   - wapiti's injection and XSS modules on the public site and on the signed-in desk.
# Nothing that could reach another host runs: wapiti's modules that call out (ssrf, xxe's
# out-of-band endpoint, nikto's and wapp's database downloads) are not chosen, it sends no crash
# report and finds an (empty) wapp database in a home of
# its own so it downloads none; no update is asked for; sqlmap runs with --batch. Prints the findings
# per scan and exits 1 if there are any, or if a scan did not run to its end. Reports and logs stay
# under target/security-scan/.
# Debian's wapiti 3.0.4 cannot exclude addresses under Python 3.11 (its -x builds an invalid
# pattern), so the desk scan may post the sign-out form and go on as a visitor: the public scan and
# sqlmap's desk run cover what that leaves out.
#
#   scripts/security-scan.sh [--no-build] [--offset PORT_OFFSET] [--minutes N]
#
# --offset   port offset of the server it starts (default 550: http://127.0.0.1:8630/)
# --minutes  time allowed to each wapiti scan's attacks (default 4), after at most 3 minutes of
#            crawling; each sqlmap run gets at most 15 minutes
# The scanners are Debian packages, installed when missing (apt-get; needs root, as in CI).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

build=yes offset=550 minutes=4
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=no ;;
    --offset) offset="$2"; shift ;;
    --minutes) minutes="$2"; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
  shift
done

missing=()
command -v sqlmap >/dev/null || missing+=(sqlmap)
command -v wapiti >/dev/null || missing+=(wapiti)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing ${missing[*]} (Debian packages)"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ $build = yes ]; then
  mvn -B -q -DskipTests -DskipITs package
fi
work="$root/target/security-scan"
rm -rf "$work"; mkdir -p "$work/reports"
cp -r "$(ls -d ear/target/wildfly-*/ | head -n 1)" "$work/server"
cp ear/target/projectdesk.ear "$work/server/standalone/deployments/"
port=$((8080 + offset)); management=$((9990 + offset))
base="http://127.0.0.1:$port"

if curl -s -o /dev/null "$base/"; then
  echo "something already listens on $base: choose another --offset" >&2; exit 1
fi
"$work/server/bin/standalone.sh" -Djboss.socket.binding.port-offset="$offset" -Dprojectdesk.demo=true \
  -Dprojectdesk.data.dir="$work/data" > "$work/server.log" 2>&1 &
stop_server() {
  "$work/server/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$management" --command=:shutdown >/dev/null 2>&1 || true
}
trap stop_server EXIT
for _ in $(seq 1 450); do
  if grep -q "WFLYSRV0025" "$work/server.log"; then break; fi
  if grep -q "WFLYSRV0026\|WFLYSRV0056" "$work/server.log"; then
    echo "the server started with errors; see $work/server.log" >&2; exit 1
  fi
  sleep 2
done
grep -q "WFLYSRV0025" "$work/server.log" || { echo "the server did not start; see $work/server.log" >&2; exit 1; }

# Signs in as a demo account through the real form; prints the session cookie.
sign_in() { # $1 username $2 password
  local jar="$work/$1.cookies" state
  state=$(curl -s -c "$jar" "$base/login" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -b "$jar" -c "$jar" -H "Origin: $base" \
    --data-urlencode "signIn=signIn" --data-urlencode "username=$1" --data-urlencode "password=$2" \
    --data-urlencode "signInButton=" --data-urlencode "jakarta.faces.ViewState=$state" "$base/login"
  awk '$6 == "JSESSIONID" {print "JSESSIONID=" $7}' "$jar"
}
editor_cookie=$(sign_in editor demo-editor)
[ -n "$editor_cookie" ] || { echo "could not sign in as the demo editor" >&2; exit 1; }
curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $editor_cookie" "$base/desk" | grep -q 200 \
  || { echo "the editor's session does not open the desk" >&2; exit 1; }

findings=0
summary=()

# --- sqlmap ---
run_sqlmap() { # $1 name, rest: sqlmap arguments
  local name="$1"; shift
  local out="$work/reports/sqlmap-$name"
  mkdir -p "$out"
  timeout 900 sqlmap --batch --disable-coloring --level 2 --risk 1 --threads 2 --timeout 30 --retries 1 \
    --flush-session --output-dir "$out" "$@" > "$out/console.txt" 2>&1 || true
  local found
  found=$(grep -c "^Parameter: " "$out/console.txt" || true)
  if [ "$found" -eq 0 ] && ! grep -q "do not appear to be injectable\|does not seem to be injectable" "$out/console.txt"; then
    summary+=("sqlmap $name: did not run to its end (see $out/console.txt)")
    findings=$((findings + 1))
    return
  fi
  findings=$((findings + found))
  summary+=("sqlmap $name: $found injectable parameter(s)")
}
run_sqlmap public-search -u "$base/projects?q=border&country=AM&org=icmpd&donor=eu&region=eastern-partnership&status=ONGOING&start=2016&sort=title&page=1&size=20" \
  -p "q,country,org,donor,status,sort,page"
run_sqlmap api-search -u "$base/api/v1/projects?q=border&country=AM&organisation=icmpd&status=ongoing&startYear=2016&sort=title&page=1&size=20&lang=fr" \
  -p "q,country,organisation,sort,page,lang"
run_sqlmap api-project -u "$base/api/v1/projects/mibma*?lang=en"
run_sqlmap desk-search -u "$base/desk?q=border&state=DRAFT" -p "q,state" --cookie "$editor_cookie" \
  --skip "JSESSIONID"

# --- wapiti ---
# Wapiti sets up every module, chosen or not, and its "wapp" module downloads a database when it
# has none: it gets an empty one in a home of its own, so nothing reaches out; crash reports are
# not sent. The modules that use wapiti's out-of-band endpoints (ssrf, xxe) are not chosen.
wapiti_home="$work/wapiti-home"
mkdir -p "$wapiti_home/.wapiti/config"
echo '{}' > "$wapiti_home/.wapiti/config/apps.json"
run_wapiti() { # $1 name, $2 start address, rest: wapiti arguments
  local name="$1" start="$2"; shift 2
  local report="$work/reports/wapiti-$name.json"
  HOME="$wapiti_home" timeout $((minutes * 60 * 2 + 900)) wapiti -u "$start" --scope folder \
    -m "xss,permanentxss,sql,blindsql,exec,file,crlf,redirect" \
    --max-scan-time 180 --max-attack-time $((minutes * 60 / 8)) \
    --max-links-per-page 100 --max-files-per-dir 100 --max-parameters 40 \
    --no-bugreport --flush-session --verify-ssl 0 -f json -o "$report" "$@" > "$work/reports/wapiti-$name.txt" 2>&1 || true
  if grep -q "Downloading from the web" "$work/reports/wapiti-$name.txt"; then
    echo "wapiti tried to download something; see $work/reports/wapiti-$name.txt" >&2
    exit 1
  fi
  local found
  if [ -s "$report" ]; then
    found=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sum(len(v) for v in d.get("vulnerabilities", {}).values()))' "$report")
  else
    found="no report"
  fi
  summary+=("wapiti $name: $found finding(s)")
  if [ "$found" = "no report" ]; then findings=$((findings + 1)); else findings=$((findings + found)); fi
}
run_wapiti public "$base/projects"
run_wapiti desk "$base/desk" -H "Cookie: $editor_cookie"

echo
echo "Security scan of $base (reports in target/security-scan/reports):"
for line in "${summary[@]}"; do echo "  $line"; done
echo "  total findings: $findings"
[ "$findings" -eq 0 ]

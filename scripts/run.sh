#!/usr/bin/env bash
# Builds ProjectDesk, provisions its WildFly (ear/target/wildfly-*), deploys the EAR and starts the
# server in the foreground with the embedded H2 database and the demo content:
#   http://localhost:8080/
# Data lives in ./data (H2 database files), so it survives a restart; Ctrl+C stops the server.
# The heap suits 10,000 published projects (scripts/server-memory.sh: 1.5 GiB at most).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

mvn -B -q -DskipTests -DskipITs install
server=$(ls -d ear/target/wildfly-*/ | head -n 1)
cp ear/target/projectdesk.ear "$server/standalone/deployments/"
mkdir -p "$root/data"
# shellcheck source=scripts/server-memory.sh
. "$root/scripts/server-memory.sh"
exec "$server/bin/standalone.sh" -Dprojectdesk.demo=true -Dprojectdesk.data.dir="$root/data" "$@"

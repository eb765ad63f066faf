#!/usr/bin/env bash
# Backs up everything ProjectDesk stores into one file, or restores such a file into an empty
# database: entries with every revision and transition, accounts (with their PBKDF2 password
# hashes), organisations, regions, settings, and the sequences — every table of the schema Flyway
# manages, whichever database it is on (H2 or PostgreSQL, and across).
#
#   scripts/backup.sh export  [--data DIR | --url JDBC_URL [--user USER]] FILE
#   scripts/backup.sh restore [--data DIR | --url JDBC_URL [--user USER]] FILE
#
# --data DIR   the embedded H2 database of a server whose projectdesk.data.dir is DIR (default: ./data,
#              the one scripts/run.sh uses); stop the server first, H2 opens a file for one process only
# --url URL    any database, e.g. jdbc:postgresql://db.example.org:5432/projectdesk (a PostgreSQL
#              database may be exported while the server runs: one consistent snapshot)
# --user USER  the database account (default sa for H2, projectdesk otherwise); the password is read
#              from the environment variable PROJECTDESK_DB_PASSWORD
#
# FILE is gzip-compressed JSON, created readable by its owner only (it holds the password hashes).
# A restore goes only into an empty database (a new H2 directory, a newly created PostgreSQL
# database); it creates the schema there with the application's own migrations, then the rows.
# After a restore, start the server on that database: the search index is rebuilt at start-up.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

usage() { sed -n '2,22p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
[ $# -ge 1 ] || usage
command="$1"; shift
case "$command" in export|restore) ;; *) usage ;; esac

data="" url="" user=""
while [ $# -gt 1 ]; do
  case "$1" in
    --data) data="$2"; shift 2 ;;
    --url) url="$2"; shift 2 ;;
    --user) user="$2"; shift 2 ;;
    *) usage ;;
  esac
done
[ $# -eq 1 ] || usage
file="$1"

if [ -z "$url" ]; then
  data="${data:-$root/data}"
  data="$(mkdir -p "$data" && cd "$data" && pwd)"
  url="jdbc:h2:file:$data/h2/projectdesk"
  user="${user:-sa}"
  export PROJECTDESK_DB_PASSWORD="${PROJECTDESK_DB_PASSWORD:-sa}"
fi
user="${user:-projectdesk}"

# the application's own jars (persistence with the migrations, Flyway) and the server's drivers
app="$root/ear/target/projectdesk"
if [ ! -f "$app/projectdesk-persistence.jar" ] || ! ls -d "$root"/ear/target/wildfly-*/ >/dev/null 2>&1; then
  (cd "$root" && mvn -B -q -DskipTests -DskipITs package)
fi
server=$(ls -d "$root"/ear/target/wildfly-*/ | head -n 1)
modules="$server/modules/system/layers/base"
classpath="$app/projectdesk-persistence.jar:$(ls "$app"/lib/*.jar | tr '\n' ':')"
classpath="$classpath$(ls "$modules"/com/h2database/h2/main/h2-*.jar):$root/ear/target/server-modules/postgresql.jar"
classpath="$classpath:$(ls "$modules"/jakarta/json/api/main/jakarta.json-api-*.jar):$(ls "$modules"/org/eclipse/parsson/main/parsson-*.jar)"

exec java -cp "$classpath" org.projectdesk.persistence.backup.BackupCommand "$command" "$url" "$user" "$file"

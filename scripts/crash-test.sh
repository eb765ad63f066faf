#!/usr/bin/env bash
# The full crash test (CrashIT): on H2 (file) and on PostgreSQL, 20 SIGKILLs of a server of its own
# at random moments while two editors and reviewers import, save, submit and approve through the
# desk's pages; after each kill it proves that every acknowledged step is in the database, nothing
# is half-written and the search index agrees. At most 45 minutes per database; the figures are
# logged and written to ear/target/crash-test/<database>/summary.txt.
#
#   scripts/crash-test.sh [more Maven arguments, e.g. -Dcrash.kills=50 -Dit.port.offset=100 ...]
#
# The normal test command (scripts/test.sh) runs the same test lighter: 2 kills per database.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec mvn -B verify -pl ear -am -Dit.test=CrashIT -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.failIfNoSpecifiedTests=false -Dcrash.kills=20 -Dcrash.minutes=45 "$@"

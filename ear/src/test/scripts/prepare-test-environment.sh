#!/usr/bin/env bash
# Makes sure what the integration tests need is on this machine, installing it when missing:
#  - Debian's chromium and chromium-driver, for the browser tests;
#  - npm, with which the build fetches axe-core for the accessibility checks;
#  - a PostgreSQL server on 127.0.0.1:5432 that trusts local connections, and an empty
#    test database (name given as $1, default projectdesk_test).
# Called by the build (ear module, pre-integration-test); safe to run again.
set -euo pipefail

database="${1:-projectdesk_test}"
log() { printf '[prepare-test-environment] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    log "need root to run: $*"; exit 1; fi
}

apt_updated=no
apt_install() {
  if [ $apt_updated = no ]; then as_root apt-get update -qq; apt_updated=yes; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  log "installing Debian's chromium and chromium-driver"
  apt_install chromium chromium-driver
fi

if ! command -v npm >/dev/null; then
  log "installing npm"
  apt_install npm
fi

pg_ready() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
if ! command -v pg_isready >/dev/null || ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
  log "installing PostgreSQL"
  apt_install postgresql
fi
if ! pg_ready; then
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  hba="/etc/postgresql/$version/main/pg_hba.conf"
  if ! grep -q '^host all all 127.0.0.1/32 trust' "$hba"; then
    log "letting local TCP connections in without a password (test machine)"
    as_root sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
  fi
  log "starting PostgreSQL $version"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
fi
pg_ready || { log "PostgreSQL does not answer on 127.0.0.1:5432"; exit 1; }

PGOPTIONS="--client-min-messages=warning" psql -q -h 127.0.0.1 -U postgres -d postgres -v ON_ERROR_STOP=1 \
  -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" -c "CREATE DATABASE $database" >/dev/null
log "ready: $(chromium --version 2>/dev/null | head -n 1), PostgreSQL database $database"

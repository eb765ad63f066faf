#!/usr/bin/env bash
# Makes sure what the integration tests need is on this machine, installing it when missing:
#  - Debian's chromium and chromium-driver, for the browser tests;
#  - npm, with which the build fetches axe-core for the accessibility checks.
# PostgreSQL is the build's own (test-postgresql.sh, binaries from Maven Central): nothing of the
# system's is installed, configured or started.
# Called by the build (ear module, pre-integration-test); safe to run again.
set -euo pipefail

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

log "ready: $(chromium --version 2>/dev/null | head -n 1)"

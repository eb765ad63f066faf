#!/usr/bin/env bash
# Builds the world map resource (see world-map.mjs) into the web module's generated resources:
# installs the npm packages named on the command line into target/world-map/npm (npm itself
# from Debian when missing) and runs the converter there. Skipped when the resource is already
# built from the same packages and the same converter. Called by the build (web module,
# generate-resources).
# Usage: build.sh <target directory> <output file> <package@version>...
set -euo pipefail

target="$1"; output="$2"; shift 2
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$target/world-map"
log() { printf '[world-map] %s\n' "$*"; }

stamp="$(printf '%s\n' "$@"; sha256sum "$here/world-map.mjs" | cut -d' ' -f1)"
if [ -f "$output" ] && [ -f "$work/stamp" ] && [ "$(cat "$work/stamp")" = "$stamp" ]; then
  log "up to date: $output"
  exit 0
fi

if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
  log "installing Debian's nodejs and npm"
  as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi

mkdir -p "$work/npm"
npm install --prefix "$work/npm" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "$@" >/dev/null
cp "$here/world-map.mjs" "$work/npm/world-map.mjs"
node "$work/npm/world-map.mjs" "$output"
printf '%s' "$stamp" > "$work/stamp"

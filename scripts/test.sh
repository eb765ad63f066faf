#!/usr/bin/env bash
# Runs every test: unit tests (domain, persistence, web), then in-container Arquillian tests and
# browser tests (headless Chromium) on the provisioned WildFly with H2, and the persistence tests
# again on PostgreSQL. The build installs Chromium/ChromeDriver and starts PostgreSQL when missing
# (ear/src/test/scripts/prepare-test-environment.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec mvn -B verify "$@"

#!/usr/bin/env bash
# Installs what ruslink needs outside Python, where it can: the Neo4j jars
# (through Maven, once) and, for the browser tests, Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v java >/dev/null || ! command -v mvn >/dev/null; then
  echo "ruslink: Java 17+ and Maven are needed for the local Neo4j (apt-get install openjdk-17-jre-headless maven)," \
       "or run 'docker compose up', or set NEO4J_URI to an existing Neo4j." >&2
else
  .venv/bin/ruslink neo4j fetch
fi

if ! command -v chromium >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "ruslink: installing Debian's chromium for the browser tests" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "ruslink: could not install chromium; the browser tests will say so" >&2
fi

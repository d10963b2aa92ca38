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

# Debian packages: chromium (browser tests), graphviz (the layered diagram layout), poppler-utils
# (reading PDF plans, checking the PDF report) and DejaVu fonts (text measured and drawn the same way
# everywhere).
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v dot >/dev/null || missing+=(graphviz)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
# cairo draws the diagrams' PNG exports (the cairosvg package loads it).
/sbin/ldconfig -p 2>/dev/null | grep -q 'libcairo\.so\.2' || missing+=(libcairo2)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "ruslink: installing Debian's ${missing[*]}" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null) \
      || echo "ruslink: could not install ${missing[*]}; the tests that need them will say so" >&2
  else
    echo "ruslink: please install the Debian packages ${missing[*]} (apt-get install ${missing[*]})" >&2
  fi
fi

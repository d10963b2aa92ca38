#!/usr/bin/env bash
# Rebuilds app/static/vendor/vis-network/vis-network-esnext.js from the npm registry.
#
# The explorer draws with vis-network's "esnext" build: the library without the polyfills for old browsers
# that its standalone build carries, 360 kB of script against 654 kB, and about a third less work for a
# browser opening it for the first time (BENCHMARKS.md). That build expects its companion libraries as
# globals; they are put in front of it in one file, in the order each needs the ones before it.
# The standalone build (vis-network.min.js) stays for the offline export and the benchmark's pyvis pages.
# vis-network's stylesheet (220 kB, mostly icons of its navigation buttons, configurator and editing toolbar,
# none of which ruslink shows) is not loaded: app/static/css/ruslink.css styles the one part used, the tooltip.
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/app/static/vendor/vis-network"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
packages=(@egjs/hammerjs@2.0.17 uuid@8.3.2 keycharm@0.4.0 component-emitter@2.0.0 vis-util@6.0.3 vis-data@8.0.6
          vis-network@10.1.5)
for p in "${packages[@]}"; do
  npm pack --silent "$p" > /dev/null
done
for f in *.tgz; do
  mkdir "${f%.tgz}"
  tar xzf "$f" -C "${f%.tgz}"
done
{
  echo "/* vis-network 10.1.5, esnext build, with the libraries it expects as globals, in this order:"
  echo "   @egjs/hammerjs 2.0.17, uuid 8.3.2, keycharm 0.4.0, component-emitter 2.0.0, vis-util 6.0.3 (esnext),"
  echo "   vis-data 8.0.6 (esnext), vis-network 10.1.5 (esnext). Each file unchanged from its npm package;"
  echo "   component-emitter, a CommonJS module, is wrapped to become the global Emitter."
  echo "   Made by scripts/vendor_vis_network.sh; licences beside this file. */"
  cat egjs-hammerjs-2.0.17/package/dist/hammer.min.js
  echo
  cat uuid-8.3.2/package/dist/umd/uuid.min.js
  echo
  cat keycharm-0.4.0/package/keycharm.js
  echo
  echo "window.Emitter = (function () { var module = { exports: {} };"
  cat component-emitter-2.0.0/package/index.js
  echo "return module.exports; })();"
  cat vis-util-6.0.3/package/esnext/umd/vis-util.min.js
  echo
  cat vis-data-8.0.6/package/esnext/umd/vis-data.min.js
  echo
  cat vis-network-10.1.5/package/esnext/umd/vis-network.min.js
  echo
} > "$out/vis-network-esnext.js"
cp egjs-hammerjs-2.0.17/package/LICENSE.md "$out/LICENSE-hammerjs.md"
cp uuid-8.3.2/package/LICENSE.md "$out/LICENSE-uuid.md"
cp component-emitter-2.0.0/package/license "$out/LICENSE-component-emitter"
sha256sum "$out/vis-network-esnext.js"

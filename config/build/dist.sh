#!/usr/bin/env bash
# Builds the release, dist/cassandra-mesos-<version>.tar.gz: one folder cassandra-mesos/ with the
# compiled scheduler, executor and CLI (and @cmf/proto, which they share), production dependencies
# only, and bin/ launchers. Marathon fetches it for the scheduler and the scheduler hands the same
# URI to agents for the executor (config/marathon.json: ./cassandra-mesos/{scheduler,executor}/dist/main.js).
# Run `make build` first (make dist does). Installs from the npm cache when it can (--prefer-offline);
# set NPM_CONFIG_OFFLINE=true to forbid the network altogether. DIST_OUT: another output folder.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
version=$(node -p "require('$root/package.json').version")
packages=(proto scheduler executor cli)
entries=(scheduler/dist/main.js executor/dist/main.js cli/dist/main.js)
out=${DIST_OUT:-$root/dist}
tarball="$out/cassandra-mesos-$version.tar.gz"

for entry in "${entries[@]}"; do
  [ -f "$root/$entry" ] || { echo "dist: $entry is missing; run make build first" >&2; exit 1; }
done

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
app="$stage/cassandra-mesos"
mkdir -p "$app/bin" "$app/config"

# Compiled code without tests, benches, test helpers, type declarations or source maps.
copy_package() {
  local pkg=$1
  mkdir -p "$app/$pkg"
  (cd "$root/$pkg" && find dist -type f -name '*.js' ! -name '*.test.js' ! -name '*.bench.js' \
    ! -path '*/testing/*' -print0 | xargs -0 cp --parents -t "$app/$pkg")
  # Dev dependencies are dropped: some are workspaces the release leaves out (@cmf/e2e).
  node -e '
    const fs = require("fs");
    const pkg = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
    delete pkg.devDependencies;
    fs.writeFileSync(process.argv[2], JSON.stringify(pkg, null, 2) + "\n");
  ' "$root/$pkg/package.json" "$app/$pkg/package.json"
}
for pkg in "${packages[@]}"; do copy_package "$pkg"; done
# @cmf/proto resolves '#gen/*' to its committed generated code.
mkdir -p "$app/proto/src" && cp -r "$root/proto/src/gen" "$app/proto/src/gen"

node -e '
  const fs = require("fs");
  const [from, to, ...workspaces] = process.argv.slice(1);
  const root = JSON.parse(fs.readFileSync(from, "utf8"));
  const release = { name: "cassandra-mesos", version: root.version, private: true, type: "module",
    description: root.description, license: root.license, engines: root.engines, workspaces };
  fs.writeFileSync(to, JSON.stringify(release, null, 2) + "\n");
' "$root/package.json" "$app/package.json" "${packages[@]}"
# The repository's lockfile pins every version; npm drops what the release does not use.
cp "$root/package-lock.json" "$app/package-lock.json"
(cd "$app" && npm install --omit=dev --prefer-offline --no-audit --no-fund --ignore-scripts \
  --loglevel=error >/dev/null)

# bin/<name>: node on the right entry. NODE wins, then a Node runtime unpacked beside the release
# (Marathon and the agents fetch one next to cassandra-mesos/), then node on PATH.
launcher() {
  cat > "$app/bin/$1" <<EOF
#!/bin/sh
here=\$(dirname "\$(readlink -f "\$0")")
if [ -z "\${NODE:-}" ]; then
  for candidate in "\$here"/../../node-v*/bin/node; do [ -x "\$candidate" ] && NODE=\$candidate; done
fi
exec "\${NODE:-node}" "\$here/../$2" "\$@"
EOF
  chmod 755 "$app/bin/$1"
}
launcher scheduler scheduler/dist/main.js
launcher executor executor/dist/main.js
launcher cassandra-mesos cli/dist/main.js

cp "$root/README.md" "$app/README.md"
cp "$root"/config/marathon*.json "$root/config/scheduler.example.yaml" "$app/config/"

mkdir -p "$out"
tar -C "$stage" --sort=name --owner=0 --group=0 --numeric-owner -czf "$tarball" cassandra-mesos
echo "$tarball ($(du -k "$tarball" | cut -f1) KiB)"

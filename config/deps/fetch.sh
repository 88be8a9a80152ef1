#!/usr/bin/env bash
# `make deps`: gathers the JVM runtimes from Maven Central into $DEPS_DIR (default <repo>/.deps) and
# lays them out: a Cassandra distribution shaped like the official binary tarball (lib/, conf/, plus
# agents/jolokia-agent.jar), packed as apache-cassandra-<v>-bin.tar.gz for the Mesos fetcher and kept
# unpacked for tests, and a ZooKeeper server's jars. A stamp keyed by a hash of every input makes a
# repeated run a no-op that needs no network.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
deps=${DEPS_DIR:-$root/.deps}

pom_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$here/pom.xml" | head -1; }
cassandra_version=$(pom_property cassandra.version)
zookeeper_version=$(pom_property zookeeper.version)
dist_name=apache-cassandra-$cassandra_version
tarball=$deps/$dist_name-bin.tar.gz
zookeeper_home=$deps/zookeeper-$zookeeper_version

# Everything that shapes the output, in a fixed order; editing any of them rebuilds.
inputs_key() {
  (cd "$root" && find config/deps config/cassandra -type f ! -name '*.md' -print0 |
    LC_ALL=C sort -z | xargs -0 sha256sum) | sha256sum | cut -c1-16
}

report() {
  echo "deps: cassandra $cassandra_version: $deps/$dist_name ($(find "$deps/$dist_name/lib" -name '*.jar' | wc -l) jars in lib/)"
  echo "deps: tarball for the Mesos fetcher: $tarball ($(du -h "$tarball" | cut -f1))"
  echo "deps: zookeeper $zookeeper_version: $zookeeper_home"
  echo "deps: cache size $(du -sh "$deps" | cut -f1) in $deps"
}

is_complete() {
  [ -f "$tarball" ] && [ -f "$deps/$dist_name/agents/jolokia-agent.jar" ] &&
    [ -d "$zookeeper_home/lib" ]
}

# Runs Maven into a staging dir; on failure says so plainly and shows the end of Maven's log.
resolve() {
  local out=$1 log=$deps/maven.log
  echo "deps: resolving from Maven Central (log: $log)"
  if ! mvn -B -ntp -f "$here/pom.xml" -Dmaven.repo.local="$deps/m2" -Ddeps.out="$out" package \
    >"$log" 2>&1; then
    echo "make deps: Maven could not resolve the runtime dependencies (Cassandra $cassandra_version," >&2
    echo "ZooKeeper $zookeeper_version, Jolokia). Is Maven Central reachable? From $log:" >&2
    grep -E '^\[ERROR\] [A-Z]' "$log" | head -5 >&2 || tail -15 "$log" >&2
    exit 1
  fi
}

require() {
  compgen -G "$1" >/dev/null || { echo "make deps: expected $1 after Maven ran; not found" >&2; exit 1; }
}

assemble_cassandra() {
  local out=$1 dist=$1/$dist_name
  mkdir -p "$dist/conf"
  mv "$out/cassandra/lib" "$out/cassandra/agents" "$dist/"
  cp "$root"/config/cassandra/* "$dist/conf/"
  require "$dist/lib/cassandra-all-$cassandra_version.jar"
  require "$dist/lib/jamm-*.jar"
  require "$dist/agents/jolokia-agent.jar"
  # Reproducible archive: fixed order, owner and times, and no timestamp in the gzip header.
  tar -C "$out" --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -cf - "$dist_name" |
    gzip -n >"$out/$dist_name-bin.tar.gz"
}

assemble_zookeeper() {
  local out=$1 home=$1/zookeeper-$zookeeper_version
  mkdir -p "$home/conf"
  mv "$out/zookeeper/lib" "$home/"
  cp "$here/zookeeper/logback.xml" "$home/conf/"
  require "$home/lib/zookeeper-$zookeeper_version.jar"
}

main() {
  mkdir -p "$deps"
  local key stamp=$deps/.stamp
  key=$(inputs_key)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$key" ] && is_complete; then
    echo "deps: up to date (inputs $key)"
    report
    return
  fi
  # Global, not local: the EXIT trap runs after main has returned.
  stage=$(mktemp -d "$deps/.stage.XXXXXX")
  trap 'rm -rf "$stage"' EXIT
  resolve "$stage"
  assemble_cassandra "$stage"
  assemble_zookeeper "$stage"
  rm -rf "$deps/$dist_name" "$tarball" "$zookeeper_home" "$stamp"
  mv "$stage/$dist_name" "$stage/$dist_name-bin.tar.gz" "$stage/zookeeper-$zookeeper_version" "$deps/"
  echo "$key" >"$stamp"
  report
}

main

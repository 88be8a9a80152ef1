#!/usr/bin/env bash
# Regenerates proto/src/gen (static protobufjs code + TypeScript types) from the .proto files:
#   protos.{js,d.ts}    every message (the '@cmf/proto' entry)
#   executor.{js,d.ts}  only what the executor speaks (the '@cmf/proto/executor' entry)
# The output is committed so that wire changes show up in review and builds need no generator.
#   generate.sh          rewrite proto/src/gen
#   generate.sh --check  regenerate into a temp dir; fail, naming the file, if the committed code differs
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bin="$here/../node_modules/.bin"
gen="$here/src/gen"

# --keep-case: field names stay snake_case, one name per field across the Mesos docs, its JSON and our
#   code, and map keys are never rewritten.
# --force-number: 64-bit integers (ports, nanoseconds, byte counts) become JS numbers; none of ours comes
#   near 2^53 except epoch nanoseconds, where +-256 ns does not matter.
# --null-semantics: a decoded message is typed as classes all the way down (repeated fields always
#   arrays), and an absent optional field reads as null rather than as its proto2 default, so presence
#   is explicit: write `command.shell ?? true` where a Mesos default matters.
pbjs_flags=(-t static-module -w es6 --keep-case --force-number --null-semantics --no-delimited --no-typeurl --no-service)

# The executor's module: one executor runs beside every Cassandra node, and loading every message
# costs it ~1.8 MB more resident memory (idle, after GC). It leaves out the scheduler API, offers
# and the scheduler's ZooKeeper records, and the verify/fromObject/toObject functions it never
# calls. Its own root (-r) keeps its classes apart from the full module's when one process loads
# both.
executor_sources=(mesos/v1/mesos.proto mesos/v1/task.proto mesos/v1/executor/executor.proto
  cmf/v1/node.proto cmf/v1/admin.proto)
executor_flags=(-r executor --no-verify --no-convert)

# module <out dir> <name> <pbjs flags...> -- <sources...>
module() {
  local out=$1 name=$2 work flags=() sources=()
  shift 2
  while [ "$1" != "--" ]; do flags+=("$1"); shift; done
  shift
  sources=("$@")
  work=$(mktemp -d)
  trap 'rm -rf "$work"; trap - RETURN' RETURN
  (cd "$here" && "$bin/pbjs" "${pbjs_flags[@]}" "${flags[@]}" -p . "${sources[@]}" -o "$work/documented.js")
  # pbts reads the JSDoc of the documented build; the shipped JS drops it (the .d.ts carries the docs).
  "$bin/pbts" "$work/documented.js" -o "$work/$name.d.ts"
  # With --force-number no generated type mentions Long; its CommonJS-style import breaks under ESM.
  grep -v '^import Long = require("long");$' "$work/$name.d.ts" > "$out/$name.d.ts"
  (cd "$here" && "$bin/pbjs" "${pbjs_flags[@]}" "${flags[@]}" --no-comments -p . "${sources[@]}" -o "$out/$name.js")
}

generate() {
  local out=$1 all
  mapfile -t all < <(cd "$here" && find mesos cmf -name '*.proto' | LC_ALL=C sort)
  module "$out" protos -- "${all[@]}"
  module "$out" executor "${executor_flags[@]}" -- "${executor_sources[@]}"
}

if [ "${1:-}" = "--check" ]; then
  fresh=$(mktemp -d)
  trap 'rm -rf "$fresh"' EXIT
  generate "$fresh"
  status=0
  for f in "$fresh"/*; do
    name=$(basename "$f")
    if ! cmp -s "$f" "$gen/$name"; then
      echo "proto/src/gen/$name is stale: run 'make proto' and commit the result" >&2
      status=1
    fi
  done
  for f in "$gen"/*; do
    [ -e "$fresh/$(basename "$f")" ] || { echo "proto/src/gen/$(basename "$f") is not generated: remove it" >&2; status=1; }
  done
  exit $status
fi

mkdir -p "$gen"
generate "$gen"
echo "generated $(cd "$gen" && ls | tr '\n' ' ')"

#!/usr/bin/env bash
# Runs one tier of compiled tests (unit | int | e2e) with node's test runner, prints the spec report,
# and appends the tier's pass/fail counts to .run/test-counts so `make test` can close on one total.
set -euo pipefail
tier=$1
shift
case "$tier" in
  unit) files=$(find proto scheduler executor e2e cli -path '*/node_modules' -prune -o -path '*/dist/*' \
          -name '*.test.js' ! -name '*.int.test.js' ! -name '*.e2e.test.js' -print | sort) ;;
  int|e2e) files=$(find proto scheduler executor e2e cli -path '*/node_modules' -prune -o -path '*/dist/*' \
          -name "*.$tier.test.js" -print | sort) ;;
  *) echo "usage: run-tests.sh unit|int|e2e [node --test flags]" >&2; exit 2 ;;
esac
mkdir -p .run
if [ -z "$files" ]; then
  echo "no $tier tests"
  exit 0
fi
tap=".run/$tier.tap"
status=0
# shellcheck disable=SC2086
node --test "$@" --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$tap" $files || status=$?
pass=$(awk '/^# pass /{print $3}' "$tap" | tail -1)
fail=$(awk '/^# fail /{print $3}' "$tap" | tail -1)
echo "$tier $pass $fail" >> .run/test-counts
echo "$tier: ${pass:-0} passed, ${fail:-0} failed"
exit $status

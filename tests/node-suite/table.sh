#!/bin/sh
# Prints the per-area table of Node's test kit (passed / total / %) for the
# tests listed in passing.txt, as docs/compat.md shows it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
kit=${BISTRO_NODE_TESTS:-$here/../../../shared/node-tests}
awk -F'\t' -v passing="$here/passing.txt" '
  BEGIN { while ((getline name < passing) > 0) if (name != "" && name !~ /^#/) ok[name] = 1 }
  $1 == "test" { total[$3]++; all++; if ($2 in ok) { passed[$3]++; good++ } }
  END {
    print "| area | passed | total | % |"
    print "|---|---:|---:|---:|"
    n = 0; for (a in total) names[++n] = a
    for (i = 2; i <= n; i++) { v = names[i]; for (j = i - 1; j > 0 && names[j] > v; j--) names[j + 1] = names[j]; names[j + 1] = v }
    for (i = 1; i <= n; i++) { a = names[i]; printf "| %s | %d | %d | %.1f |\n", a, passed[a], total[a], 100 * passed[a] / total[a] }
    printf "| **all** | **%d** | **%d** | **%.1f** |\n", good, all, 100 * good / all
  }
' "$kit/MANIFEST.tsv"

#!/usr/bin/env bash
# The wall time of each IT class of the last Failsafe run, longest first, and their sum (docs/testing.md).
# Usage: ear-module/src/test/scripts/it-times.sh [REPORTS_DIR]   (default: ear-module/target/failsafe-reports)
set -euo pipefail
dir=${1:-$(dirname "$0")/../../../target/failsafe-reports}
for f in "$dir"/TEST-*.xml; do
    # the testsuite element's name and time attributes
    sed -n 's/.*<testsuite [^>]*name="\([^"]*\)"[^>]*time="\([0-9.,]*\)".*/\2 \1/p; s/.*<testsuite [^>]*time="\([0-9.,]*\)"[^>]*name="\([^"]*\)".*/\1 \2/p' "$f" \
        | head -1 | tr -d ,
done | sort -rn | awk '{ printf "%8.1f s  %s\n", $1, $2; total += $1 } END { printf "%8.1f s  in all (%d classes)\n", total, NR }'

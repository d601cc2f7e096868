#!/usr/bin/env bash
# Stops what ./start.sh started (WildFly, or the cluster's two nodes and HAProxy, and the sandbox).
# Usage: ./stop.sh [--data DIR]
set -euo pipefail
cd "$(dirname "$0")"
DATA=$PWD/data
if [ "${1:-}" = "--data" ] && [ -n "${2:-}" ]; then
    DATA=$2
fi
if [ ! -f "$DATA/run.pids" ]; then
    echo "nothing to stop (no $DATA/run.pids)"
    exit 0
fi
# one line: the sandbox, then WildFly (or node1, node2 and HAProxy)
read -r -a PIDS < "$DATA/run.pids"
kill -TERM "${PIDS[@]}" 2>/dev/null || true
for _ in $(seq 1 60); do
    alive=0
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.5
done
rm -f "$DATA/run.pids"
echo "stopped"

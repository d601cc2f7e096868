#!/usr/bin/env bash
# Stops what ./start.sh started (WildFly and the sandbox). Usage: ./stop.sh [--data DIR]
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
read -r SANDBOX_PID WILDFLY_PID < "$DATA/run.pids"
kill -TERM "$WILDFLY_PID" "$SANDBOX_PID" 2>/dev/null || true
for _ in $(seq 1 60); do
    kill -0 "$WILDFLY_PID" 2>/dev/null || kill -0 "$SANDBOX_PID" 2>/dev/null || break
    sleep 0.5
done
rm -f "$DATA/run.pids"
echo "stopped"

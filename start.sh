#!/usr/bin/env bash
# Builds E-licensing, provisions WildFly, starts the sandbox (the outside world) and WildFly with the EAR,
# and prints where everything is. Ctrl-C (or ./stop.sh from another terminal) stops both. Data survives restarts.
#
#   ./start.sh                      H2 file database under ./data (default)
#   ./start.sh --postgres [--db-url jdbc:postgresql://127.0.0.1:5432/test] [--db-user postgres] [--db-password postgres]
#   ./start.sh --cluster [--db-url ...]  two WildFly nodes (standalone-ha) on PostgreSQL behind HAProxy (docs/scale.md)
#   Other options: --data DIR (default ./data), --skip-build, --port-offset N (every port below + N)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
DATA=$ROOT/data
DB=h2
DB_URL=""
DB_USER=""
DB_PASSWORD=""
BUILD=1
CLUSTER=0
OFFSET=0
while [ $# -gt 0 ]; do
    case "$1" in
        --postgres) DB=postgres ;;
        --db-url) DB_URL=$2; shift ;;
        --db-user) DB_USER=$2; shift ;;
        --db-password) DB_PASSWORD=$2; shift ;;
        --data) DATA=$(mkdir -p "$2" && cd "$2" && pwd); shift ;;
        --skip-build) BUILD=0 ;;
        --cluster) CLUSTER=1 ;;
        --port-offset) OFFSET=$2; shift ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done
[[ "$OFFSET" =~ ^[0-9]+$ ]] || { echo "--port-offset takes a number" >&2; exit 2; }
if [ "$CLUSTER" = 1 ]; then
    # two nodes share one database: PostgreSQL only (an H2 file is one JVM's)
    if [[ "$DB_URL" == jdbc:h2:* ]]; then
        echo "--cluster runs on PostgreSQL only: two nodes cannot share an H2 database ($DB_URL)." >&2
        echo "Give a PostgreSQL URL (--db-url jdbc:postgresql://HOST:5432/DB) or start one node without --cluster." >&2
        exit 2
    fi
    DB=postgres
    if ! command -v haproxy >/dev/null; then
        if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
            echo "Installing HAProxy (apt-get) ..."
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
        else
            echo "--cluster needs HAProxy: sudo apt-get install haproxy" >&2
            exit 2
        fi
    fi
fi
if [ "$DB" = postgres ]; then
    DB_URL=${DB_URL:-jdbc:postgresql://127.0.0.1:5432/test}
    DB_USER=${DB_USER:-postgres}
    DB_PASSWORD=${DB_PASSWORD:-postgres}
fi

BUILT_SERVER=$ROOT/ear-module/target/wildfly-$DB
SERVER=$DATA/wildfly-$DB
SANDBOX_JAR=$ROOT/egov-sandbox/target/egov-sandbox-cli.jar
mkdir -p "$DATA/log"

if [ "$BUILD" = 1 ]; then
    echo "Building (./mvnw install -DskipTests -Dserver.db=$DB) ..."
    ./mvnw -B -q install -DskipTests -Dserver.db="$DB"
fi

# run from a copy under the data directory, so the build's server (used by the ITs) stays untouched
if [ ! -f "$SERVER/.elicensing-provisioned" ] || ! cmp -s "$SERVER/.elicensing-provisioned" "$BUILT_SERVER/.elicensing-provisioned"; then
    echo "Copying the provisioned WildFly into $SERVER ..."
    rm -rf "$SERVER"
    cp -a "$BUILT_SERVER" "$SERVER"
fi

HTTP_PORT=$((8080 + OFFSET))
SANDBOX_PORT=$((18080 + OFFSET))
# the cluster's nodes: offsets +10 and +20 beyond the balancer's (node1 HTTP 8090, management 10000; node2 8100, 10010)
NODE_OFFSETS=($((OFFSET + 10)) $((OFFSET + 20)))
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORTS=("$HTTP_PORT" "$((9990 + OFFSET))" "$SANDBOX_PORT" "$((SANDBOX_PORT + 1))" "$((13579 + OFFSET))")
if [ "$CLUSTER" = 1 ]; then
    for o in "${NODE_OFFSETS[@]}"; do PORTS+=("$((8080 + o))" "$((9990 + o))" "$((7600 + o))"); done
fi
for port in "${PORTS[@]}"; do
    if port_open "$port"; then
        echo "Port $port on 127.0.0.1 is in use: is E-licensing already running? (./stop.sh)" >&2
        exit 1
    fi
done

SANDBOX_PID=""
WILDFLY_PID=""
NODE_PIDS=()
HAPROXY_PID=""
stop_all() {
    trap - INT TERM EXIT
    echo
    echo "Stopping ..."
    [ -n "$HAPROXY_PID" ] && kill -TERM "$HAPROXY_PID" 2>/dev/null || true
    for pid in "${NODE_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    [ -n "$WILDFLY_PID" ] && kill -TERM "$WILDFLY_PID" 2>/dev/null || true
    [ -n "$SANDBOX_PID" ] && kill -TERM "$SANDBOX_PID" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -f "$DATA/run.pids"
    echo "Stopped. Data kept in $DATA"
}
trap stop_all INT TERM EXIT

echo "Starting the sandbox (ShEP gateway, registries, payment gateway, test CA) ..."
java -jar "$SANDBOX_JAR" serve --data "$DATA" --port "$SANDBOX_PORT" --ncalayer-port "$((13579 + OFFSET))" \
    --elicensing "http://127.0.0.1:$HTTP_PORT/elicensing/SyncChannel" > "$DATA/log/sandbox.log" 2>&1 &
SANDBOX_PID=$!
for _ in $(seq 1 120); do
    port_open "$SANDBOX_PORT" && break
    kill -0 "$SANDBOX_PID" 2>/dev/null || { echo "the sandbox did not start: see $DATA/log/sandbox.log" >&2; exit 1; }
    sleep 0.5
done

# the demo: demo senders, officers and admin with public passwords (a production server leaves this off)
JAVA_OPTS_EXTRA=(-Delicensing.home="$DATA" -Delicensing.demo-data=true
    -Delicensing.gateway.url="http://127.0.0.1:$SANDBOX_PORT/shep/bip-sync/")
if [ -n "$DB_URL" ]; then
    JAVA_OPTS_EXTRA+=(-Delicensing.db.url="$DB_URL" -Delicensing.db.user="$DB_USER" -Delicensing.db.password="$DB_PASSWORD")
fi

# Waits until the EAR in deployment directory $1 is deployed by the server of pid $2 (log $3).
# ELICENSING_START_TIMEOUT (seconds, default 180, a cluster's node 900): longer on a loaded machine (benchmark.sh sets it)
START_TIMEOUT=${ELICENSING_START_TIMEOUT:-$([ "$CLUSTER" = 1 ] && echo 900 || echo 180)}
await_deployed() {
    for _ in $(seq 1 $((START_TIMEOUT * 2))); do
        [ -f "$1/elicensing.ear.deployed" ] && return 0
        if [ -f "$1/elicensing.ear.failed" ]; then
            echo "Deployment failed:" >&2
            cat "$1/elicensing.ear.failed" >&2
            exit 1
        fi
        kill -0 "$2" 2>/dev/null || { echo "WildFly did not start: see $3" >&2; exit 1; }
        sleep 0.5
    done
    echo "Deployment timed out: see $3" >&2
    exit 1
}

if [ "$CLUSTER" = 1 ]; then
    echo "Starting two WildFly nodes (standalone-ha, PostgreSQL) with the EAR, one after the other ..."
    # each node: the provisioned modules, a server base directory of its own (configuration, deployments, data, log);
    # node2 starts once node1 has deployed: on an empty database node1 alone creates the schema and the timer table
    PEERS=(-Delicensing.cluster.peer1.port=$((7600 + NODE_OFFSETS[0])) -Delicensing.cluster.peer2.port=$((7600 + NODE_OFFSETS[1])))
    for i in 1 2; do
        base=$DATA/cluster/node$i
        rm -rf "$base/configuration" "$base/deployments" "$base/tmp"
        mkdir -p "$base/deployments"
        cp -a "$SERVER/standalone/configuration" "$base/configuration"
        cp "$ROOT/ear-module/target/elicensing.ear" "$base/deployments/"
        LAUNCH_JBOSS_IN_BACKGROUND=1 "$SERVER/bin/standalone.sh" -c standalone-ha.xml \
            -Djboss.server.base.dir="$base" -Djboss.node.name="node$i" -Djboss.tx.node.id="node$i" \
            -Djboss.socket.binding.port-offset="${NODE_OFFSETS[$((i - 1))]}" \
            -b 127.0.0.1 -bmanagement 127.0.0.1 -bprivate 127.0.0.1 "${PEERS[@]}" \
            -Djboss.as.management.blocking.timeout=900 \
            "${JAVA_OPTS_EXTRA[@]}" > "$DATA/log/wildfly-node$i.log" 2>&1 &
        NODE_PIDS+=($!)
        echo "$SANDBOX_PID ${NODE_PIDS[*]}" > "$DATA/run.pids"
        await_deployed "$base/deployments" "${NODE_PIDS[$((i - 1))]}" "$DATA/log/wildfly-node$i.log"
    done
    echo "Starting HAProxy on 127.0.0.1:$HTTP_PORT ..."
    "$ROOT/scripts/haproxy-config.sh" "$HTTP_PORT" $((8080 + NODE_OFFSETS[0])) $((8080 + NODE_OFFSETS[1])) \
        > "$DATA/haproxy.cfg"
    haproxy -db -f "$DATA/haproxy.cfg" > "$DATA/log/haproxy.log" 2>&1 &
    HAPROXY_PID=$!
    echo "$SANDBOX_PID ${NODE_PIDS[*]} $HAPROXY_PID" > "$DATA/run.pids"
    for _ in $(seq 1 60); do
        curl -fs -o /dev/null "http://127.0.0.1:$HTTP_PORT/elicensing/health/ready" 2>/dev/null && break
        kill -0 "$HAPROXY_PID" 2>/dev/null || { echo "HAProxy did not start: see $DATA/log/haproxy.log" >&2; exit 1; }
        sleep 0.5
    done
    cat <<INFO

E-licensing is running as a cluster (PostgreSQL: $DB_URL), behind HAProxy on 127.0.0.1:$HTTP_PORT.
  ShEP endpoint (WSDL)   http://127.0.0.1:$HTTP_PORT/elicensing/SyncChannel?wsdl   (round robin over both nodes)
  Officer page           http://127.0.0.1:$HTTP_PORT/elicensing/officer   (officer1 / officer-demo-pass; sticky session)
  Node 1                 http://127.0.0.1:$((8080 + NODE_OFFSETS[0]))/elicensing/health/ready   pid ${NODE_PIDS[0]}
  Node 2                 http://127.0.0.1:$((8080 + NODE_OFFSETS[1]))/elicensing/health/ready   pid ${NODE_PIDS[1]}
  Sandbox gateway        http://127.0.0.1:$SANDBOX_PORT/shep/bip-sync/?wsdl
  Demo keys              $DATA/keys   (password demo1234; see README.txt there)
  Logs                   $DATA/log/wildfly-node1.log, wildfly-node2.log, haproxy.log, sandbox.log
  HAProxy configuration  $DATA/haproxy.cfg

Try it:  java -jar egov-sandbox/target/egov-sandbox-cli.jar submit --data "$DATA" --pay
Stop:    Ctrl-C here, or ./stop.sh$( [ "$DATA" != "$ROOT/data" ] && echo " --data $DATA")
INFO
    wait "${NODE_PIDS[@]}" || true
    exit 0
fi

echo "Starting WildFly ($DB) with the EAR ..."
DEPLOYMENTS=$SERVER/standalone/deployments
rm -f "$DEPLOYMENTS"/elicensing.ear*
cp "$ROOT/ear-module/target/elicensing.ear" "$DEPLOYMENTS/"
LAUNCH_JBOSS_IN_BACKGROUND=1 "$SERVER/bin/standalone.sh" -b 127.0.0.1 -bmanagement 127.0.0.1 \
    -Djboss.socket.binding.port-offset="$OFFSET" "${JAVA_OPTS_EXTRA[@]}" > "$DATA/log/wildfly.log" 2>&1 &
WILDFLY_PID=$!
echo "$SANDBOX_PID $WILDFLY_PID" > "$DATA/run.pids"
await_deployed "$DEPLOYMENTS" "$WILDFLY_PID" "$DATA/log/wildfly.log"

cat <<INFO

E-licensing is running ($DB$( [ -n "$DB_URL" ] && echo ": $DB_URL")).
  ShEP endpoint (WSDL)   http://127.0.0.1:$HTTP_PORT/elicensing/SyncChannel?wsdl
  Officer page           http://127.0.0.1:$HTTP_PORT/elicensing/officer   (officer1 / officer-demo-pass)
  Health / metrics       http://127.0.0.1:$HTTP_PORT/elicensing/health/ready   http://127.0.0.1:$HTTP_PORT/elicensing/metrics
  Sandbox gateway        http://127.0.0.1:$SANDBOX_PORT/shep/bip-sync/?wsdl
  Sandbox admin          http://127.0.0.1:$((SANDBOX_PORT + 1))/admin/health
  Demo keys              $DATA/keys   (password demo1234; see README.txt there)
  Trust anchors          $DATA/trust
  Logs                   $DATA/log/wildfly.log, $DATA/log/sandbox.log
  WildFly                $SERVER

Try it:  java -jar egov-sandbox/target/egov-sandbox-cli.jar submit --data "$DATA" --pay
Stop:    Ctrl-C here, or ./stop.sh
INFO
wait "$WILDFLY_PID"

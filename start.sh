#!/usr/bin/env bash
# Builds E-licensing, provisions WildFly, starts the sandbox (the outside world) and WildFly with the EAR,
# and prints where everything is. Ctrl-C (or ./stop.sh from another terminal) stops both. Data survives restarts.
#
#   ./start.sh                      H2 file database under ./data (default)
#   ./start.sh --postgres [--db-url jdbc:postgresql://127.0.0.1:5432/test] [--db-user postgres] [--db-password postgres]
#   Other options: --data DIR (default ./data), --skip-build
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
DATA=$ROOT/data
DB=h2
DB_URL=""
DB_USER=""
DB_PASSWORD=""
BUILD=1
while [ $# -gt 0 ]; do
    case "$1" in
        --postgres) DB=postgres ;;
        --db-url) DB_URL=$2; shift ;;
        --db-user) DB_USER=$2; shift ;;
        --db-password) DB_PASSWORD=$2; shift ;;
        --data) DATA=$(mkdir -p "$2" && cd "$2" && pwd); shift ;;
        --skip-build) BUILD=0 ;;
        -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
        *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done
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

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in 8080 9990 18080 18081; do
    if port_open "$port"; then
        echo "Port $port on 127.0.0.1 is in use: is E-licensing already running? (./stop.sh)" >&2
        exit 1
    fi
done

SANDBOX_PID=""
WILDFLY_PID=""
stop_all() {
    trap - INT TERM EXIT
    echo
    echo "Stopping ..."
    [ -n "$WILDFLY_PID" ] && kill -TERM "$WILDFLY_PID" 2>/dev/null || true
    [ -n "$SANDBOX_PID" ] && kill -TERM "$SANDBOX_PID" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -f "$DATA/run.pids"
    echo "Stopped. Data kept in $DATA"
}
trap stop_all INT TERM EXIT

echo "Starting the sandbox (ShEP gateway, registries, payment gateway, test CA) ..."
java -jar "$SANDBOX_JAR" serve --data "$DATA" --port 18080 \
    --elicensing http://127.0.0.1:8080/elicensing/SyncChannel > "$DATA/log/sandbox.log" 2>&1 &
SANDBOX_PID=$!
for _ in $(seq 1 120); do
    port_open 18080 && break
    kill -0 "$SANDBOX_PID" 2>/dev/null || { echo "the sandbox did not start: see $DATA/log/sandbox.log" >&2; exit 1; }
    sleep 0.5
done

echo "Starting WildFly ($DB) with the EAR ..."
DEPLOYMENTS=$SERVER/standalone/deployments
rm -f "$DEPLOYMENTS"/elicensing.ear*
cp "$ROOT/ear-module/target/elicensing.ear" "$DEPLOYMENTS/"
# the demo: demo senders, officers and admin with public passwords (a production server leaves this off)
JAVA_OPTS_EXTRA=(-Delicensing.home="$DATA" -Delicensing.demo-data=true)
if [ -n "$DB_URL" ]; then
    JAVA_OPTS_EXTRA+=(-Delicensing.db.url="$DB_URL" -Delicensing.db.user="$DB_USER" -Delicensing.db.password="$DB_PASSWORD")
fi
LAUNCH_JBOSS_IN_BACKGROUND=1 "$SERVER/bin/standalone.sh" -b 127.0.0.1 -bmanagement 127.0.0.1 \
    "${JAVA_OPTS_EXTRA[@]}" > "$DATA/log/wildfly.log" 2>&1 &
WILDFLY_PID=$!
echo "$SANDBOX_PID $WILDFLY_PID" > "$DATA/run.pids"
# ELICENSING_START_TIMEOUT (seconds, default 180): longer on a loaded machine (benchmark.sh sets it)
for _ in $(seq 1 $(( ${ELICENSING_START_TIMEOUT:-180} * 2 ))); do
    [ -f "$DEPLOYMENTS/elicensing.ear.deployed" ] && break
    if [ -f "$DEPLOYMENTS/elicensing.ear.failed" ]; then
        echo "Deployment failed:" >&2
        cat "$DEPLOYMENTS/elicensing.ear.failed" >&2
        exit 1
    fi
    kill -0 "$WILDFLY_PID" 2>/dev/null || { echo "WildFly did not start: see $DATA/log/wildfly.log" >&2; exit 1; }
    sleep 0.5
done
[ -f "$DEPLOYMENTS/elicensing.ear.deployed" ] || { echo "Deployment timed out: see $DATA/log/wildfly.log" >&2; exit 1; }

cat <<INFO

E-licensing is running ($DB$( [ -n "$DB_URL" ] && echo ": $DB_URL")).
  ShEP endpoint (WSDL)   http://127.0.0.1:8080/elicensing/SyncChannel?wsdl
  Officer page           http://127.0.0.1:8080/elicensing/officer   (officer1 / officer-demo-pass)
  Health / metrics       http://127.0.0.1:8080/elicensing/health/ready   http://127.0.0.1:8080/elicensing/metrics
  Sandbox gateway        http://127.0.0.1:18080/shep/bip-sync/?wsdl
  Sandbox admin          http://127.0.0.1:18081/admin/health
  Demo keys              $DATA/keys   (password demo1234; see README.txt there)
  Trust anchors          $DATA/trust
  Logs                   $DATA/log/wildfly.log, $DATA/log/sandbox.log
  WildFly                $SERVER

Try it:  java -jar egov-sandbox/target/egov-sandbox-cli.jar submit --data "$DATA" --pay
Stop:    Ctrl-C here, or ./stop.sh
INFO
wait "$WILDFLY_PID"

#!/usr/bin/env bash
# The benchmark of issue 16 in one run; prints one table with every figure and the target ratios (docs/benchmark.md).
#
#   ./benchmark.sh                 openssl reference; intake load on H2 then on PostgreSQL (max rate, half max rate);
#                                  the single-thread pipeline measures (warm and cold); the table (~10-15 minutes)
#   ./benchmark.sh --quick         the same, shorter runs (~5 minutes)
#   ./benchmark.sh --soak 10m      intake at a steady rate for 10 minutes on H2; old-gen after GC every minute
#   Other options: --profile (JFR on the server and the sandbox during the H2 max-rate run, summarised),
#   --skip-build (use the last build), --only h2|postgres, --no-pipeline, --rate R (soak rate, default 10/s),
#   --db-url URL (PostgreSQL; default a fresh database elicensing_bench at 127.0.0.1:5432, user/password postgres),
#   --loaded-db-url URL (after the PostgreSQL run, intake at max rate again on this loaded database, e.g. a copy of a
#   year of data, scripts/year-of-data.sh; the table gives loaded / empty), --port-offset N (as ./start.sh's)
# Needs: the ports of ./start.sh free (8080, 9990, 18080, 18081, 13579, each + the offset); PostgreSQL for its part;
# openssl.
# Output: target/bench/<time>/ (figures.txt, Gatling's HTML reports, logs, JFR files).
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
QUICK=0
SOAK=""
PROFILE=0
BUILD=1
ONLY=""
PIPELINE=1
SOAK_RATE=10
PG_URL=""
LOADED_URL=""
OFFSET=0
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) QUICK=1 ;;
        --soak) SOAK=$2; shift ;;
        --profile) PROFILE=1 ;;
        --skip-build) BUILD=0 ;;
        --only) ONLY=$2; shift ;;
        --no-pipeline) PIPELINE=0 ;;
        --rate) SOAK_RATE=$2; shift ;;
        --db-url) PG_URL=$2; shift ;;
        --loaded-db-url) LOADED_URL=$2; shift ;;
        --port-offset) OFFSET=$2; shift ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done
[[ "$OFFSET" =~ ^[0-9]+$ ]] || { echo "--port-offset takes a number" >&2; exit 2; }

if [ "$QUICK" = 1 ]; then
    APPLICATIONS=200; SECONDS_HALF=15; COMPANIES=20; OPENSSL_SECONDS=2; PIPELINE_SECONDS=2
else
    APPLICATIONS=1200; SECONDS_HALF=30; COMPANIES=200; OPENSSL_SECONDS=5; PIPELINE_SECONDS=5
fi
MVN_FLAGS=${MVN_FLAGS:-}
OUT=$ROOT/target/bench/$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
FIGURES=$OUT/figures.txt
: > "$FIGURES"
fig() { echo "$1=$2" >> "$FIGURES"; }
get() { sed -n "s/^$1=//p" "$FIGURES" | tail -1; }
log() { echo "[bench $(date -u +%H:%M:%S)] $*"; }

# --- build: the EAR, both provisioned servers, and the classpaths of the load run and the pipeline measures --------
if [ "$BUILD" = 1 ]; then
    log "building (./mvnw package -DskipTests, H2 and PostgreSQL servers) ..."
    ./mvnw -B -q $MVN_FLAGS package -DskipTests
    if [ "$ONLY" != h2 ] && [ -z "$SOAK" ]; then
        ./mvnw -B -q $MVN_FLAGS package -DskipTests -Dserver.db=postgres -pl ear-module -am
    fi
fi
log "resolving the classpaths (Gatling, the pipeline measures) ..."
./mvnw -B -q $MVN_FLAGS -Pbenchmark -pl ejb-module,benchmark -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test > "$OUT/classpath.log" 2>&1 \
    || { cat "$OUT/classpath.log" >&2; exit 1; }
BENCH_CP=$ROOT/benchmark/target/test-classes:$ROOT/benchmark/target/classes:$(cat benchmark/target/bench-classpath.txt)
EJB_CP=$ROOT/ejb-module/target/test-classes:$ROOT/ejb-module/target/classes:$(cat ejb-module/target/bench-classpath.txt)

# --- the server: ./start.sh on a data directory of its own ----------------------------------------------------------
START_PID=""
stop_server() {
    if [ -n "$START_PID" ]; then
        log "stopping the server ..."
        kill -TERM "$START_PID" 2>/dev/null || true
        for _ in $(seq 1 120); do kill -0 "$START_PID" 2>/dev/null || break; sleep 0.5; done
        START_PID=""
    fi
}
trap stop_server EXIT INT TERM

start_server() { # $1 = h2|postgres|loaded (PostgreSQL at --loaded-db-url)
    local db=$1 data=$OUT/data-$1
    local args=(--skip-build --data "$data" --port-offset "$OFFSET")
    if [ "$db" = loaded ]; then
        args+=(--postgres --db-url "$LOADED_URL")
    elif [ "$db" = postgres ]; then
        local url=$PG_URL
        if [ -z "$url" ]; then
            url=jdbc:postgresql://127.0.0.1:5432/elicensing_bench
            log "a fresh PostgreSQL database elicensing_bench ..."
            PGPASSWORD=${PGPASSWORD:-postgres} dropdb --if-exists -h 127.0.0.1 -U postgres elicensing_bench
            PGPASSWORD=${PGPASSWORD:-postgres} createdb -h 127.0.0.1 -U postgres elicensing_bench
        fi
        args+=(--postgres --db-url "$url")
    fi
    log "starting the server on $db ($data) ..."
    ELICENSING_START_TIMEOUT=${ELICENSING_START_TIMEOUT:-900} ./start.sh "${args[@]}" > "$OUT/start-$db.log" 2>&1 &
    START_PID=$!
    for _ in $(seq 1 600); do
        grep -q "E-licensing is running" "$OUT/start-$db.log" && break
        kill -0 "$START_PID" 2>/dev/null || { cat "$OUT/start-$db.log" >&2; exit 1; }
        sleep 1
    done
    grep -q "E-licensing is running" "$OUT/start-$db.log" || { echo "the server did not start" >&2; exit 1; }
    DATA_DIR=$data
    read -r SANDBOX_JVM WILDFLY_SH < "$data/run.pids"
    WILDFLY_JVM=$(pgrep -P "$WILDFLY_SH" java | head -1)
}

gatling() { # $1 = label, then -D options for IntakeSimulation
    local label=$1
    shift
    log "Gatling: $label ..."
    java -Xmx1g -Xss100M -XX:+UseParallelGC --add-opens=java.base/java.lang=ALL-UNNAMED -Dbench.data="$DATA_DIR" -Dbench.label="$label" -Dbench.out="$OUT/$label.properties" \
        -Dbench.companies="$COMPANIES" -Dbench.url="http://127.0.0.1:$((8080 + OFFSET))/elicensing/SyncChannel" \
        -Dbench.admin="http://127.0.0.1:$((18081 + OFFSET))" -Dbench.pids="server=$WILDFLY_JVM,sandbox=$SANDBOX_JVM" \
        -Dbench.clk_tck="$(getconf CLK_TCK)" "$@" -cp "$BENCH_CP" io.gatling.app.Gatling \
        -s kz.elicensing.bench.intake.IntakeSimulation -rf "$OUT/gatling" -rd "$label" \
        > "$OUT/$label.log" 2>&1 || { tail -40 "$OUT/$label.log" >&2; exit 1; }
    grep -A6 "^\[$label\]" "$OUT/$label.log" | grep -v "^--$" || true
    grep -o "Please open the following file: .*" "$OUT/$label.log" || true
    local p
    for p in registered errors seconds rate p50_ms p99_ms error_codes cpu_server_ms cpu_sandbox_ms cpu_client_ms \
        cpu_total_ms cpu_quiet_after_s; do
        fig "$label.$p" "$(sed -n "s/^$p=//p" "$OUT/$label.properties")"
    done
}

jfr_start() { jcmd "$1" JFR.start name=bench settings=profile filename="$2" > /dev/null; }
jfr_stop() { jcmd "$1" JFR.stop name=bench > /dev/null; }

intake_on() { # $1 = h2|postgres
    local db=$1
    start_server "$db"
    if [ "$PROFILE" = 1 ] && [ "$db" = h2 ]; then
        jfr_start "$WILDFLY_JVM" "$OUT/server-$db.jfr"
        jfr_start "$SANDBOX_JVM" "$OUT/sandbox-$db.jfr"
    fi
    gatling "$db-max" -Dbench.applications="$APPLICATIONS" -Dbench.users=8
    if [ "$PROFILE" = 1 ] && [ "$db" = h2 ]; then
        jfr_stop "$WILDFLY_JVM"
        jfr_stop "$SANDBOX_JVM"
        java -cp "$BENCH_CP" kz.elicensing.bench.profile.JfrSummary "$OUT/server-$db.jfr" "server (WildFly, $db)" \
            | tee "$OUT/profile-server-$db.txt"
        java -cp "$BENCH_CP" kz.elicensing.bench.profile.JfrSummary "$OUT/sandbox-$db.jfr" "sandbox" \
            | tee "$OUT/profile-sandbox-$db.txt"
    fi
    local half
    half=$(awk -v r="$(get "$db-max.rate")" 'BEGIN { h = r / 2; if (h < 0.1) h = 0.1; printf "%.2f", h }')
    gatling "$db-half" -Dbench.rate="$half" -Dbench.seconds="$SECONDS_HALF"
    fig "$db-half.target_rate" "$half"
    stop_server
}

# --- the soak: a steady rate for a while, old-gen after a full GC every minute ---------------------------------------
old_gen_after_gc() { # $1 = pid; prints old-gen used in MB after a GC (jstat's OU column)
    jcmd "$1" GC.run > /dev/null
    jstat -gc "$1" | awk 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "OU") c = i } NR == 2 { printf "%.1f", $c / 1024 }'
}

if [ -n "$SOAK" ]; then
    minutes=${SOAK%m}
    start_server h2
    log "soak: $SOAK_RATE applications/s for $minutes minutes on H2; old-gen after GC every minute"
    first=$(old_gen_after_gc "$WILDFLY_JVM")
    echo "minute 0: old-gen after GC $first MB" | tee "$OUT/soak-oldgen.txt"
    ( gatling soak -Dbench.rate="$SOAK_RATE" -Dbench.seconds=$((minutes * 60)) ) &
    GATLING_PID=$!
    # the preparation is untimed: sample from the first answer on
    while kill -0 "$GATLING_PID" 2>/dev/null && ! grep -q "prepared" "$OUT/soak.log" 2>/dev/null; do sleep 2; done
    for m in $(seq 1 "$minutes"); do
        sleep 60
        kill -0 "$GATLING_PID" 2>/dev/null || break
        echo "minute $m: old-gen after GC $(old_gen_after_gc "$WILDFLY_JVM") MB" | tee -a "$OUT/soak-oldgen.txt"
    done
    wait "$GATLING_PID"
    last=$(tail -1 "$OUT/soak-oldgen.txt" | awk '{ print $(NF-1) }')
    stop_server
    printf '\nsoak: old-gen after GC first %s MB, last %s MB, last/first %s (target within 10 %%: 0.90-1.10)\n' \
        "$first" "$last" "$(awk -v a="$first" -v b="$last" 'BEGIN { printf "%.2f", b / a }')"
    printf 'soak intake: %s/s registered, errors %s\n' "$(get soak.rate)" "$(get soak.errors)"
    echo "output: $OUT"
    exit 0
fi

# --- 1. the reference: openssl RSA-2048 signs/s on one core ----------------------------------------------------------
log "openssl speed -seconds $OPENSSL_SECONDS rsa2048 (one core) ..."
PIN=()
command -v taskset > /dev/null && PIN=(taskset -c 0)
"${PIN[@]}" openssl speed -seconds "$OPENSSL_SECONDS" rsa2048 > "$OUT/openssl.txt" 2>&1
fig openssl.signs "$(awk '/^rsa 2048 bits/ { print $(NF-1) }' "$OUT/openssl.txt" | tail -1)"
log "openssl: $(get openssl.signs) RSA-2048 signs/s"

# --- 2. intake on H2 and on PostgreSQL ------------------------------------------------------------------------------
[ "$ONLY" != postgres ] && intake_on h2
[ "$ONLY" != h2 ] && intake_on postgres
if [ -n "$LOADED_URL" ] && [ "$ONLY" != h2 ]; then
    # the same max-rate run on the loaded database, right after the empty one (same build, same machine state)
    start_server loaded
    gatling loaded-max -Dbench.applications="$APPLICATIONS" -Dbench.users=8
    stop_server
fi

# --- 3. the single-thread pipeline measures (warm and cold) ----------------------------------------------------------
if [ "$PIPELINE" = 1 ]; then
    log "single-thread pipeline measures ..."
    java -Dbench.seconds="$PIPELINE_SECONDS" -Dbench.figures="$OUT/pipeline.properties" -cp "$EJB_CP" \
        kz.elicensing.bench.SignatureBenchmark > "$OUT/pipeline.log" 2>&1 || { tail -30 "$OUT/pipeline.log" >&2; exit 1; }
    cat "$OUT/pipeline.log"
    while IFS='=' read -r k v; do fig "pipeline.$k" "$v"; done < "$OUT/pipeline.properties"
fi

# --- the table -------------------------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || b + 0 == 0) print "n/a"; else printf "%.3g", a / b }'; }
{
    echo
    echo "E-licensing benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(java -version 2>&1 | head -1)"
    echo
    printf '| %-62s | %-28s |\n' "measure" "figure"
    printf '|%s|%s|\n' "$(printf -- '-%.0s' {1..64})" "$(printf -- '-%.0s' {1..30})"
    printf '| %-62s | %-28s |\n' "openssl speed rsa2048, one core" "$(get openssl.signs) signs/s"
    for db in h2 postgres; do
        [ -z "$(get "$db-max.rate")" ] && continue
        printf '| %-62s | %-28s |\n' "signed intake, $db, 8 users, max rate (registered/s)" "$(get "$db-max.rate")/s"
        printf '| %-62s | %-28s |\n' "  $db max rate: registered / errors" "$(get "$db-max.registered") / $(get "$db-max.errors")"
        printf '| %-62s | %-28s |\n' "  $db max rate: p50 / p99" "$(get "$db-max.p50_ms") / $(get "$db-max.p99_ms") ms"
        printf '| %-62s | %-28s |\n' "  $db max rate: CPU ms per application: server / sandbox / client" \
            "$(get "$db-max.cpu_server_ms") / $(get "$db-max.cpu_sandbox_ms") / $(get "$db-max.cpu_client_ms")"
        printf '| %-62s | %-28s |\n' "  $db max rate: quiet (outbox and chainer done) after the last answer" \
            "$(get "$db-max.cpu_quiet_after_s") s"
        printf '| %-62s | %-28s |\n' "  $db at half max rate ($(get "$db-half.target_rate")/s): achieved" "$(get "$db-half.rate")/s"
        printf '| %-62s | %-28s |\n' "  $db at half max rate: p50 / p99" "$(get "$db-half.p50_ms") / $(get "$db-half.p99_ms") ms"
        printf '| %-62s | %-28s |\n' "  $db at half max rate: registered / errors" "$(get "$db-half.registered") / $(get "$db-half.errors")"
    done
    if [ -n "$(get loaded-max.rate)" ]; then
        printf '| %-62s | %-28s |\n' "signed intake, PostgreSQL loaded ($(basename "${LOADED_URL%%\?*}")), max rate" "$(get loaded-max.rate)/s"
        printf '| %-62s | %-28s |\n' "  loaded: registered / errors" "$(get loaded-max.registered) / $(get loaded-max.errors)"
        printf '| %-62s | %-28s |\n' "  loaded: p50 / p99" "$(get loaded-max.p50_ms) / $(get loaded-max.p99_ms) ms"
    fi
    for k in $(sed -n 's/^pipeline\.\([a-z0-9_]*\)=.*/\1/p' "$FIGURES"); do
        printf '| %-62s | %-28s |\n' "pipeline (1 thread): ${k//_/ }" "$(get "pipeline.$k")/s"
    done
    echo
    echo "ratios (targets of issue 16):"
    printf '  intake/s (H2) / openssl signs/s        = %-8s (target >= 0.05; issue 16 measured 0.011)\n' \
        "$(ratio "$(get h2-max.rate)" "$(get openssl.signs)")"
    budget=$(awk -v s="$(get openssl.signs)" -v n="$(nproc)" 'BEGIN { if (s + 0 > 0) printf "%.1f", n * 1000 / (0.05 * s) }')
    printf '  CPU per application (H2 max rate, all JVMs) = %s ms; at the target rate %s cores give %s ms each\n' \
        "$(get h2-max.cpu_total_ms)" "$(nproc)" "$budget"
    printf '  intake PostgreSQL / H2                  = %-8s (target >= 0.8)\n' \
        "$(ratio "$(get postgres-max.rate)" "$(get h2-max.rate)")"
    [ -n "$(get loaded-max.rate)" ] && printf '  intake PostgreSQL loaded / empty        = %-8s (target >= 0.8: within 20 %%)\n' \
        "$(ratio "$(get loaded-max.rate)" "$(get postgres-max.rate)")"
    printf '  p99 / p50 at half max rate, H2          = %-8s (target <= 2)\n' \
        "$(ratio "$(get h2-half.p99_ms)" "$(get h2-half.p50_ms)")"
    printf '  p99 / p50 at half max rate, PostgreSQL  = %-8s (target <= 2)\n' \
        "$(ratio "$(get postgres-half.p99_ms)" "$(get postgres-half.p50_ms)")"
    printf '  pipeline cold / warm                    = %-8s (1 thread; the warm one re-verifies one document)\n' \
        "$(ratio "$(get pipeline.pipeline_cold)" "$(get pipeline.pipeline_warm)")"
    echo "  memory: ./benchmark.sh --soak 10m (old-gen after GC, target within 10 %)"
    for db in h2 postgres loaded; do
        e=$(get "$db-max.errors")$(get "$db-half.errors")
        if [ -n "$e" ] && [ "$(get "$db-max.errors")" != 0 -o "$(get "$db-half.errors")" != "" -a "$(get "$db-half.errors")" != 0 ]; then
            echo
            echo "!!! $db: answers that were not registrations: max rate $(get "$db-max.errors") $(get "$db-max.error_codes"), half rate $(get "$db-half.errors") $(get "$db-half.error_codes")"
        fi
    done
    echo
    echo "Gatling's HTML reports: $OUT/gatling/*/index.html; every figure: $FIGURES"
} | tee "$OUT/table.txt"

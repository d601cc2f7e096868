#!/usr/bin/env bash
# A year of data (issue 16, item 4): migrates an empty PostgreSQL database with the server's own Flyway set-up and fills
# it with --applications applications, about --licenses licenses with their events, objects and duplicates, and the
# evidence log's chained rows (scripts/year-of-data.sql, set-based SQL). See docs/benchmark.md, "A year of data".
#
#   scripts/year-of-data.sh --db-url postgresql://postgres:postgres@127.0.0.1:5432/volume \
#       [--applications 1000000] [--licenses 300000] [--as-of 2026-12-04] [--small]
#
# --small: 20,000 applications and 6,000 licenses, a quick check. --as-of: the year's last day (default yesterday).
set -euo pipefail
cd "$(dirname "$0")/.."

DB_URL=""
APPS=1000000
LICENSES=300000
AS_OF="$(date -d yesterday +%F)"
while [ $# -gt 0 ]; do
    case "$1" in
        --db-url) DB_URL="$2"; shift 2 ;;
        --applications) APPS="$2"; shift 2 ;;
        --licenses) LICENSES="$2"; shift 2 ;;
        --as-of) AS_OF="$2"; shift 2 ;;
        --small) APPS=20000; LICENSES=6000; shift ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
done
if [[ ! "$DB_URL" =~ ^postgres(ql)?://([^:@/]+)(:([^@/]*))?@([^:/]+)(:([0-9]+))?/([^?]+)$ ]]; then
    echo "--db-url postgresql://user:password@host:port/database is required" >&2
    exit 2
fi
JDBC="jdbc:postgresql://${BASH_REMATCH[5]}:${BASH_REMATCH[7]:-5432}/${BASH_REMATCH[8]}?user=${BASH_REMATCH[2]}&password=${BASH_REMATCH[4]}"

echo "== schema (Flyway, the server's migrations without demo data)"
# one reactor run: the project's own modules (wsdl, the sandbox) resolve to their target/classes, not to ~/.m2
CP_FILE="ejb-module/target/year-of-data.classpath"
./mvnw -B -o -q test-compile dependency:build-classpath -pl ejb-module -am \
    -Dmdep.outputFile=target/year-of-data.classpath -Dmdep.includeScope=test
java -cp "ejb-module/target/classes:ejb-module/target/test-classes:wsdl/target/classes:$(cat "$CP_FILE")" \
    kz.elicensing.infrastructure.persistence.MigrateDatabase "$JDBC" 2>&1 | grep -v '^SLF4J'

echo "== data: $APPS applications, about $LICENSES licenses, the year to $AS_OF"
start=$(date +%s)
psql "$DB_URL" -X -q -v apps="$APPS" -v licenses="$LICENSES" -v as_of="$AS_OF" -f scripts/year-of-data.sql
echo "== done in $(( $(date +%s) - start )) s; database size: $(psql "$DB_URL" -X -At -c "SELECT pg_size_pretty(pg_database_size(current_database()))")"

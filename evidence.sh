#!/usr/bin/env bash
# The evidence log from the command line (signs in as an administrator, role admin):
#   ./evidence.sh verify                              verifies the whole hash chain; prints the JSON answer; exit 1 if broken
#   ./evidence.sh export EL-2026-00000001 out.zip     writes the application's signed ASiC-E evidence bundle
# The API behind it: /api/admin/evidence/verify and /api/admin/evidence/export/NUMBER (docs/api.md).
# Environment: ELICENSING_URL (default http://127.0.0.1:8080/elicensing),
#              ELICENSING_ADMIN_USER / ELICENSING_ADMIN_PASSWORD (default: the demo admin, admin / admin-demo-pass).
set -euo pipefail
BASE=${ELICENSING_URL:-http://127.0.0.1:8080/elicensing}
USER_NAME=${ELICENSING_ADMIN_USER:-admin}
PASSWORD=${ELICENSING_ADMIN_PASSWORD:-admin-demo-pass}

JAR=$(mktemp)
trap 'rm -f "$JAR"' EXIT

usage() { sed -n '2,7p' "$0" >&2; exit 2; }

# fetch PATH OUT: FORM sign-in as Elytron wants it (ask for the page, post the form, follow back to the page)
fetch() {
    local type
    curl -sS -c "$JAR" -b "$JAR" -o /dev/null "$BASE/$1"
    type=$(curl -sS -c "$JAR" -b "$JAR" -L -o "$2" -w '%{http_code} %{content_type}' \
        --data-urlencode "j_username=$USER_NAME" --data-urlencode "j_password=$PASSWORD" "$BASE/j_security_check")
    case "$type" in
        "200 application/json"*|"200 application/vnd.etsi.asic-e+zip"*) ;;
        "200 text/html"*) echo "sign-in as $USER_NAME refused (wrong password, or not an admin)" >&2; rm -f "$2"; exit 1 ;;
        *) echo "$BASE/$1 answered $type" >&2; rm -f "$2"; exit 1 ;;
    esac
}

case "${1:-}" in
    verify)
        [ $# -eq 1 ] || usage
        out=$JAR.json
        fetch api/admin/evidence/verify "$out"
        cat "$out"; echo
        ok=$(grep -c '"ok": *true' "$out" || true)
        rm -f "$out"
        [ "$ok" = 1 ]
        ;;
    export)
        [ $# -eq 3 ] || usage
        [[ "$2" =~ ^[A-Za-z0-9-]{1,40}$ ]] || { echo "not an application number: $2" >&2; exit 2; }
        fetch "api/admin/evidence/export/$2" "$3"
        echo "wrote $3 ($(wc -c < "$3") bytes)"
        ;;
    *) usage ;;
esac

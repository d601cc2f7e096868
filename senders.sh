#!/usr/bin/env bash
# Sending systems from the command line (signs in as an administrator, role admin):
#   ./senders.sh list                                              prints every sender as JSON
#   ./senders.sh register ID PASSWORD BIN CN SERVICE [SERVICE...]  registers (or replaces) a sender: its password, the
#                                                                  certificate that signs its messages (OU=BIN, CN) and
#                                                                  its serviceIds; SENDER_CERT_SHA256 pins one certificate
#   ./senders.sh disable ID                                        disables a sender
# Environment: ELICENSING_URL (default http://127.0.0.1:8080/elicensing),
#              ELICENSING_ADMIN_USER / ELICENSING_ADMIN_PASSWORD (default: the demo admin, admin / admin-demo-pass).
set -euo pipefail
BASE=${ELICENSING_URL:-http://127.0.0.1:8080/elicensing}
USER_NAME=${ELICENSING_ADMIN_USER:-admin}
PASSWORD=${ELICENSING_ADMIN_PASSWORD:-admin-demo-pass}

JAR=$(mktemp)
OUT=$(mktemp)
trap 'rm -f "$JAR" "$OUT"' EXIT

usage() { sed -n '2,9p' "$0" >&2; exit 2; }

# FORM sign-in as Elytron wants it: ask for the page, post the form, follow back to the page (the list)
signin() {
    local type
    curl -sS -c "$JAR" -b "$JAR" -o /dev/null "$BASE/admin/senders"
    type=$(curl -sS -c "$JAR" -b "$JAR" -L -o "$OUT" -w '%{http_code} %{content_type}' \
        --data-urlencode "j_username=$USER_NAME" --data-urlencode "j_password=$PASSWORD" "$BASE/j_security_check")
    case "$type" in
        "200 application/json"*) ;;
        *) echo "sign-in as $USER_NAME refused (wrong password, or not an admin): $type" >&2; exit 1 ;;
    esac
}

post() {
    local code
    code=$(curl -sS -c "$JAR" -b "$JAR" -o "$OUT" -w '%{http_code}' -H 'X-Requested-By: senders.sh' "$@" "$BASE/admin/senders")
    cat "$OUT"; echo
    [ "$code" = 200 ]
}

case "${1:-}" in
    list)
        [ $# -eq 1 ] || usage
        signin
        cat "$OUT"; echo
        ;;
    register)
        [ $# -ge 6 ] || usage
        signin
        args=(--data-urlencode action=register --data-urlencode "senderId=$2" --data-urlencode "password=$3"
              --data-urlencode "certificateBin=$4" --data-urlencode "certificateCn=$5"
              --data-urlencode "certificateSha256=${SENDER_CERT_SHA256:-}")
        shift 5
        for service in "$@"; do args+=(--data-urlencode "service=$service"); done
        post "${args[@]}"
        ;;
    disable)
        [ $# -eq 2 ] || usage
        signin
        post --data-urlencode action=disable --data-urlencode "senderId=$2"
        ;;
    *) usage ;;
esac

# Shared by senders.sh and catalog.sh (sourced, not run): an administrator's session against one admin JSON API.
# Set ADMIN_API (the path under $BASE, e.g. admin/senders) and ADMIN_CLIENT (the X-Requested-By value) before sourcing.
# Environment: ELICENSING_URL (default http://127.0.0.1:8080/elicensing),
#              ELICENSING_ADMIN_USER / ELICENSING_ADMIN_PASSWORD (default: the demo admin, admin / admin-demo-pass).
BASE=${ELICENSING_URL:-http://127.0.0.1:8080/elicensing}
USER_NAME=${ELICENSING_ADMIN_USER:-admin}
PASSWORD=${ELICENSING_ADMIN_PASSWORD:-admin-demo-pass}

JAR=$(mktemp)
OUT=$(mktemp)
trap 'rm -f "$JAR" "$OUT"' EXIT

# FORM sign-in as Elytron wants it: ask for the page, post the form, follow back to the page (the JSON list in $OUT)
signin() {
    local type
    curl -sS -c "$JAR" -b "$JAR" -o /dev/null "$BASE/$ADMIN_API"
    type=$(curl -sS -c "$JAR" -b "$JAR" -L -o "$OUT" -w '%{http_code} %{content_type}' \
        --data-urlencode "j_username=$USER_NAME" --data-urlencode "j_password=$PASSWORD" "$BASE/j_security_check")
    case "$type" in
        "200 application/json"*) ;;
        *) echo "sign-in as $USER_NAME refused (wrong password, or not an admin): $type" >&2; exit 1 ;;
    esac
}

# post ARGS...: a POST to the API with the CSRF header; prints the answer, fails unless HTTP 200
post() {
    local code
    code=$(curl -sS -c "$JAR" -b "$JAR" -o "$OUT" -w '%{http_code}' -H "X-Requested-By: $ADMIN_CLIENT" "$@" \
        "$BASE/$ADMIN_API")
    cat "$OUT"; echo
    [ "$code" = 200 ]
}

# Shared by senders.sh and catalog.sh (sourced, not run): an administrator's session against the admin REST API
# (/api/admin/..., docs/api.md). Set ADMIN_API (the path under $BASE signed in with and listed, e.g. api/admin/senders)
# and ADMIN_CLIENT (the X-Requested-By value) before sourcing.
# Environment: ELICENSING_URL (default http://127.0.0.1:8080/elicensing),
#              ELICENSING_ADMIN_USER / ELICENSING_ADMIN_PASSWORD (default: the demo admin, admin / admin-demo-pass).
BASE=${ELICENSING_URL:-http://127.0.0.1:8080/elicensing}
USER_NAME=${ELICENSING_ADMIN_USER:-admin}
PASSWORD=${ELICENSING_ADMIN_PASSWORD:-admin-demo-pass}

JAR=$(mktemp)
OUT=$(mktemp)
trap 'rm -f "$JAR" "$OUT"' EXIT

# FORM sign-in as Elytron wants it: ask for the API path, post the form, follow back to it (its JSON in $OUT)
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

# call METHOD PATH [CURL ARGS...]: a request to the API (changes carry the CSRF header); prints the JSON answer as the
# API gives it, fails unless HTTP 200 (a refusal is {"code":...,"messageRu":...,"messageKk":...})
call() {
    local method=$1 path=$2 code
    shift 2
    code=$(curl -sS -c "$JAR" -b "$JAR" -o "$OUT" -w '%{http_code}' -X "$method" -H "X-Requested-By: $ADMIN_CLIENT" \
        -H 'Accept: application/json' "$@" "$BASE/$path")
    cat "$OUT"; echo
    [ "$code" = 200 ]
}

# post ARGS...: a POST to $ADMIN_API with the CSRF header; prints the answer, fails unless HTTP 200 (admin.sh)
post() {
    local code
    code=$(curl -sS -c "$JAR" -b "$JAR" -o "$OUT" -w '%{http_code}' -H "X-Requested-By: $ADMIN_CLIENT" "$@" \
        "$BASE/$ADMIN_API")
    cat "$OUT"; echo
    [ "$code" = 200 ]
}

# post_to PATH [--data-urlencode name=value ...]: a form POST (UTF-8, so Kazakh and Russian texts arrive as typed) to
# the API path PATH
post_to() {
    local path=$1
    shift
    call POST "$path" -H 'Content-Type: application/x-www-form-urlencoded; charset=UTF-8' \
        --data-urlencode "client=$ADMIN_CLIENT" "$@"
}

# urlpath VALUE: VALUE as one path segment
urlpath() {
    local out='' c i
    for ((i = 0; i < ${#1}; i++)); do
        c=${1:i:1}
        case "$c" in
            [A-Za-z0-9._~-]) out+=$c ;;
            *) out+=$(printf '%%%02X' "'$c") ;;
        esac
    done
    printf '%s' "$out"
}

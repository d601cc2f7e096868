#!/usr/bin/env bash
# Sending systems from the command line (signs in as an administrator, role admin):
#   ./senders.sh list                                              prints every sender as JSON
#   ./senders.sh register ID PASSWORD BIN CN SERVICE [SERVICE...]  registers (or replaces) a sender: its password, the
#                                                                  certificate that signs its messages (OU=BIN, CN) and
#                                                                  its serviceIds; SENDER_CERT_SHA256 pins one certificate,
#                                                                  SENDER_PROVIDERS (comma-separated provider codes) binds
#                                                                  it to providers, SENDER_KIND=AUTHORITY makes it a
#                                                                  court's or authority's system (see docs/security.md)
#   ./senders.sh show ID                                           prints one sender as JSON
#   ./senders.sh disable ID                                        disables a sender
# The API behind it: /api/admin/senders (docs/api.md); the page: admin/senders.xhtml.
# Environment: ELICENSING_URL (default http://127.0.0.1:8080/elicensing),
#              ELICENSING_ADMIN_USER / ELICENSING_ADMIN_PASSWORD (default: the demo admin, admin / admin-demo-pass).
set -euo pipefail
ADMIN_API=api/admin/senders
ADMIN_CLIENT=senders.sh
. "$(dirname "$0")/scripts/admin-api.sh"

usage() { sed -n '2,14p' "$0" >&2; exit 2; }

case "${1:-}" in
    list)
        [ $# -eq 1 ] || usage
        signin
        cat "$OUT"; echo
        ;;
    register)
        [ $# -ge 6 ] || usage
        signin
        args=(--data-urlencode "senderId=$2" --data-urlencode "password=$3"
              --data-urlencode "certificateBin=$4" --data-urlencode "certificateCn=$5"
              --data-urlencode "certificateSha256=${SENDER_CERT_SHA256:-}" --data-urlencode "kind=${SENDER_KIND:-SYSTEM}")
        IFS=, read -r -a providers <<< "${SENDER_PROVIDERS:-}"
        for provider in "${providers[@]}"; do [ -n "$provider" ] && args+=(--data-urlencode "provider=$provider"); done
        shift 5
        for service in "$@"; do args+=(--data-urlencode "service=$service"); done
        post_to api/admin/senders "${args[@]}"
        ;;
    show)
        [ $# -eq 2 ] || usage
        signin
        call GET "api/admin/senders/$(urlpath "$2")"
        ;;
    disable)
        [ $# -eq 2 ] || usage
        signin
        post_to "api/admin/senders/$(urlpath "$2")/disable"
        ;;
    *) usage ;;
esac

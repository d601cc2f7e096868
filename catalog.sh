#!/usr/bin/env bash
# The service catalog from the command line (signs in as an administrator, role admin); every change is logged
# (table catalog_change) and takes effect on the next application:
#   ./catalog.sh list                                                  every service's operations as JSON
#   ./catalog.sh set-operation SERVICE OPERATION ENABLED TERM UNIT FEE  e.g. PESTICIDE_SALE ISSUE true 15 WORKING_DAYS 19660
#   ./catalog.sh put-ground SERVICE CODE NAME_RU NAME_KZ BASIS_RU BASIS_KZ
#   ./catalog.sh remove-ground SERVICE CODE
#   ./catalog.sh put-document SERVICE OPERATION CODE MANDATORY KIND|- NAME_RU NAME_KZ
#   ./catalog.sh remove-document SERVICE OPERATION CODE
# Environment: ELICENSING_URL (default http://127.0.0.1:8080/elicensing),
#              ELICENSING_ADMIN_USER / ELICENSING_ADMIN_PASSWORD (default: the demo admin, admin / admin-demo-pass).
set -euo pipefail
ADMIN_API=admin/catalog
ADMIN_CLIENT=catalog.sh
. "$(dirname "$0")/scripts/admin-api.sh"

usage() { sed -n '2,11p' "$0" >&2; exit 2; }

case "${1:-}" in
    list) [ $# -eq 1 ] || usage; signin; cat "$OUT"; echo ;;
    set-operation)
        [ $# -eq 7 ] || usage; signin
        post --data-urlencode action=set-operation --data-urlencode "service=$2" --data-urlencode "operation=$3" \
             --data-urlencode "enabled=$4" --data-urlencode "term=$5" --data-urlencode "unit=$6" --data-urlencode "fee=$7" ;;
    put-ground)
        [ $# -eq 7 ] || usage; signin
        post --data-urlencode action=put-ground --data-urlencode "service=$2" --data-urlencode "code=$3" \
             --data-urlencode "nameRu=$4" --data-urlencode "nameKz=$5" --data-urlencode "basisRu=$6" --data-urlencode "basisKz=$7" ;;
    remove-ground)
        [ $# -eq 3 ] || usage; signin
        post --data-urlencode action=remove-ground --data-urlencode "service=$2" --data-urlencode "code=$3" ;;
    put-document)
        [ $# -eq 8 ] || usage; signin
        kind=$6; [ "$kind" = "-" ] && kind=""
        post --data-urlencode action=put-document --data-urlencode "service=$2" --data-urlencode "operation=$3" \
             --data-urlencode "code=$4" --data-urlencode "mandatory=$5" --data-urlencode "applicantKind=$kind" \
             --data-urlencode "nameRu=$7" --data-urlencode "nameKz=$8" ;;
    remove-document)
        [ $# -eq 4 ] || usage; signin
        post --data-urlencode action=remove-document --data-urlencode "service=$2" --data-urlencode "operation=$3" \
             --data-urlencode "code=$4" ;;
    *) usage ;;
esac

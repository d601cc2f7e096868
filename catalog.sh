#!/usr/bin/env bash
# The service catalog from the command line (signs in as an administrator, role admin); every change is checked,
# logged (tables catalog_change and admin_change, with the admin's login) and takes effect on the next application:
#   ./catalog.sh list                                                  every service's operations as JSON
#   ./catalog.sh show SERVICE                                          one service's whole catalog as JSON (operations
#                                                                      with their documents, subtypes, grounds, automatic results)
#   ./catalog.sh set-operation SERVICE OPERATION ENABLED TERM UNIT FEE  e.g. PESTICIDE_SALE ISSUE true 15 WORKING_DAYS 19660
#   ./catalog.sh put-ground SERVICE CODE NAME_RU NAME_KZ BASIS_RU BASIS_KZ
#   ./catalog.sh remove-ground SERVICE CODE
#   ./catalog.sh put-document SERVICE OPERATION CODE MANDATORY KIND|- NAME_RU NAME_KZ
#   ./catalog.sh remove-document SERVICE OPERATION CODE
#   ./catalog.sh put-subtype SERVICE CODE NAME_RU NAME_KZ
#   ./catalog.sh remove-subtype SERVICE CODE
# The API behind it: /api/admin/catalog (docs/api.md); the page: admin/catalog.xhtml.
# Environment: ELICENSING_URL (default http://127.0.0.1:8080/elicensing),
#              ELICENSING_ADMIN_USER / ELICENSING_ADMIN_PASSWORD (default: the demo admin, admin / admin-demo-pass).
set -euo pipefail
ADMIN_API=api/admin/catalog
ADMIN_CLIENT=catalog.sh
. "$(dirname "$0")/scripts/admin-api.sh"

usage() { sed -n '2,17p' "$0" >&2; exit 2; }

case "${1:-}" in
    list) [ $# -eq 1 ] || usage; signin; cat "$OUT"; echo ;;
    show) [ $# -eq 2 ] || usage; signin; call GET "$ADMIN_API/$(urlpath "$2")" ;;
    set-operation)
        [ $# -eq 7 ] || usage; signin
        post_to "$ADMIN_API/$(urlpath "$2")/operations/$(urlpath "$3")" --data-urlencode "enabled=$4" \
             --data-urlencode "term=$5" --data-urlencode "unit=$6" --data-urlencode "fee=$7" ;;
    put-ground)
        [ $# -eq 7 ] || usage; signin
        post_to "$ADMIN_API/$(urlpath "$2")/grounds" --data-urlencode "code=$3" --data-urlencode "nameRu=$4" \
             --data-urlencode "nameKz=$5" --data-urlencode "basisRu=$6" --data-urlencode "basisKz=$7" ;;
    remove-ground)
        [ $# -eq 3 ] || usage; signin
        call DELETE "$ADMIN_API/$(urlpath "$2")/grounds/$(urlpath "$3")" ;;
    put-document)
        [ $# -eq 8 ] || usage; signin
        kind=$6; [ "$kind" = "-" ] && kind=""
        post_to "$ADMIN_API/$(urlpath "$2")/documents" --data-urlencode "operation=$3" --data-urlencode "code=$4" \
             --data-urlencode "mandatory=$5" --data-urlencode "applicantKind=$kind" \
             --data-urlencode "nameRu=$7" --data-urlencode "nameKz=$8" ;;
    remove-document)
        [ $# -eq 4 ] || usage; signin
        call DELETE "$ADMIN_API/$(urlpath "$2")/documents/$(urlpath "$3")/$(urlpath "$4")" ;;
    put-subtype)
        [ $# -eq 5 ] || usage; signin
        post_to "$ADMIN_API/$(urlpath "$2")/subtypes" --data-urlencode "code=$3" --data-urlencode "nameRu=$4" \
             --data-urlencode "nameKz=$5" ;;
    remove-subtype)
        [ $# -eq 3 ] || usage; signin
        call DELETE "$ADMIN_API/$(urlpath "$2")/subtypes/$(urlpath "$3")" ;;
    *) usage ;;
esac

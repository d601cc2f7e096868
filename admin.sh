#!/usr/bin/env bash
# Administrators, officers, the licensors' authorized persons and the working calendar.
#   ./admin.sh first-admin USERNAME "FULL NAME"          prints the SQL that creates the first administrator (role
#                                                        admin) of a server without any account (no sign-in needed)
# Through the administration API (signed in as an administrator, like senders.sh; docs/api.md):
#   ./admin.sh officer list                              every officer with provider, role and state (JSON)
#   ./admin.sh officer add USERNAME "FULL NAME" PROVIDER [officer|head]   adds an officer of PROVIDER
#   ./admin.sh officer add USERNAME "FULL NAME" - admin  adds an administrator (no provider)
#   ./admin.sh officer disable|enable USERNAME           no sign-in / sign-in again
#   ./admin.sh officer password USERNAME                 sets a new password
#   ./admin.sh person list PROVIDER                      the provider's authorized persons, current and past (JSON)
#   ./admin.sh person add PROVIDER IIN SURNAME GIVEN_NAME PATRONYMIC|- "POSITION RU" "POSITION KK" FROM [TO]
#                                                        authorizes a person to sign the provider's results from FROM
#                                                        (yyyy-mm-dd) to TO (its last day; none: until ended)
#   ./admin.sh person end ID [LAST_DAY]                  ends authorization ID on LAST_DAY (default: today)
#   ./admin.sh calendar show YEAR                        a year's holidays, carried and moved days (JSON)
#   ./admin.sh calendar load YEAR KURBAN_AIT [ROWS_FILE] loads a year from the holidays law (KURBAN_AIT yyyy-mm-dd:
#                                                        the first day of Kurban Ait; "-" for none) plus the rows of
#                                                        ROWS_FILE (date;KIND;name ru;name kk a line)
#   ./admin.sh calendar move YEAR FROM TO                moves a day off (yyyy-mm-dd): a carried day off to TO, or a
#                                                        Saturday/Sunday FROM made a working day and TO a day off
# A new password is read twice from the terminal (or from ELICENSING_NEW_PASSWORD, for scripts), at least 12
# characters. first-admin prints only its SHA-512-crypt hash ($6$, `openssl passwd -6`, read by Elytron's
# modular-crypt mapper); run the SQL against the server's database (docs/operations.md#first-administrator):
#   ./admin.sh first-admin root "Жүйе әкімшісі" | psql -h DBHOST -U elicensing -d elicensing -v ON_ERROR_STOP=1
# An existing username is left as it is (the statement inserts nothing).
# Environment of the API commands: ELICENSING_URL (default http://127.0.0.1:8080/elicensing),
#              ELICENSING_ADMIN_USER / ELICENSING_ADMIN_PASSWORD (default: the demo admin, admin / admin-demo-pass).
set -euo pipefail

usage() { sed -n '2,30p' "$0" >&2; exit 2; }

# sql 'text': the text as an SQL string literal
sql() { printf "'%s'" "${1//\'/\'\'}"; }

new_password() {
    local password=${ELICENSING_NEW_PASSWORD:-} again
    if [ -z "$password" ]; then
        read -r -s -p "New password for $1: " password </dev/tty; echo >&2
        read -r -s -p "Again: " again </dev/tty; echo >&2
        [ "$password" = "$again" ] || { echo "the two passwords differ" >&2; exit 1; }
    fi
    [ ${#password} -ge 12 ] || { echo "the password needs at least 12 characters" >&2; exit 1; }
    printf '%s' "$password"
}

password_hash() {
    new_password "$1" | openssl passwd -6 -stdin
}

# api PATH: signs in on GET api/admin/PATH (its JSON in $OUT); post() then posts to $ADMIN_API (set it first)
api() {
    ADMIN_API=api/admin/$1
    ADMIN_CLIENT=admin.sh
    . "$(dirname "$0")/scripts/admin-api.sh"
    signin
}

# post_utf8 ARGS...: post() with the form's charset named, so that names in Kazakh and Russian arrive as typed
post_utf8() {
    post -H 'Content-Type: application/x-www-form-urlencoded; charset=UTF-8' "$@"
}

login() {
    [[ "$1" =~ ^[A-Za-z0-9._-]{1,100}$ ]] || { echo "USERNAME must be 1..100 of A-Z a-z 0-9 . _ -" >&2; exit 2; }
}

insert() { # username full_name provider role
    [[ "$1" =~ ^[A-Za-z0-9._-]{1,100}$ ]] || { echo "USERNAME must be 1..100 of A-Z a-z 0-9 . _ -" >&2; exit 2; }
    [ -n "$2" ] || { echo "FULL NAME is required" >&2; exit 2; }
    local hash provider
    hash=$(password_hash "$1")
    provider=NULL
    [ -n "$3" ] && provider=$(sql "$3")
    echo "INSERT INTO officer (username, password_hash, full_name, provider_code, officer_role)"
    echo "SELECT $(sql "$1"), $(sql "$hash"), $(sql "$2"), $provider, $(sql "$4")"
    echo "WHERE NOT EXISTS (SELECT 1 FROM officer WHERE username = $(sql "$1"));"
}

case "${1:-}" in
    first-admin)
        [ $# -eq 3 ] || usage
        insert "$2" "$3" "" admin
        ;;
    officer)
        case "${2:-}" in
            list)
                [ $# -eq 2 ] || usage
                api officers
                cat "$OUT"; echo
                ;;
            add)
                [ $# -eq 5 ] || [ $# -eq 6 ] || usage
                login "$3"
                role=${6:-officer}
                provider=$5
                [ "$provider" = - ] && provider=
                password=$(new_password "$3")
                api officers
                post_utf8 --data-urlencode "username=$3" --data-urlencode "fullName=$4" --data-urlencode "provider=$provider" \
                    --data-urlencode "role=$role" --data-urlencode "password=$password"
                ;;
            disable|enable)
                [ $# -eq 3 ] || usage
                login "$3"
                api officers
                ADMIN_API=api/admin/officers/$3/$2
                post --data ''
                ;;
            password)
                [ $# -eq 3 ] || usage
                login "$3"
                password=$(new_password "$3")
                api officers
                ADMIN_API=api/admin/officers/$3/password
                post --data-urlencode "password=$password"
                ;;
            *) usage ;;
        esac
        ;;
    person)
        case "${2:-}" in
            list)
                [ $# -eq 3 ] || usage
                [[ "$3" =~ ^[A-Z0-9_]{1,40}$ ]] || { echo "PROVIDER is a catalog code, e.g. DP_ALMATY" >&2; exit 2; }
                api "authorized-persons?provider=$3"
                cat "$OUT"; echo
                ;;
            add)
                [ $# -eq 10 ] || [ $# -eq 11 ] || usage
                patronymic=$7
                [ "$patronymic" = - ] && patronymic=
                api authorized-persons/providers
                ADMIN_API=api/admin/authorized-persons
                post_utf8 --data-urlencode "provider=$3" --data-urlencode "iin=$4" --data-urlencode "surname=$5" \
                    --data-urlencode "givenName=$6" --data-urlencode "patronymic=$patronymic" \
                    --data-urlencode "positionRu=$8" --data-urlencode "positionKz=$9" \
                    --data-urlencode "validFrom=${10}" --data-urlencode "validTo=${11:-}"
                ;;
            end)
                [ $# -eq 3 ] || [ $# -eq 4 ] || usage
                [[ "$3" =~ ^[0-9]{1,18}$ ]] || { echo "ID is the number the list shows" >&2; exit 2; }
                api authorized-persons/providers
                ADMIN_API=api/admin/authorized-persons/$3/end
                post --data-urlencode "lastDay=${4:-}"
                ;;
            *) usage ;;
        esac
        ;;
    calendar)
        [[ "${3:-}" =~ ^[0-9]{4}$ ]] || usage
        case "${2:-}" in
            show)
                [ $# -eq 3 ] || usage
                api "calendar/$3"
                cat "$OUT"; echo
                ;;
            load)
                [ $# -eq 4 ] || [ $# -eq 5 ] || usage
                kurban=$4
                [ "$kurban" = - ] && kurban=
                rows=
                if [ $# -eq 5 ]; then rows=$(cat "$5"); fi
                api "calendar/$3"
                ADMIN_API=api/admin/calendar/$3/load
                post_utf8 --data-urlencode "kurbanAit=$kurban" --data-urlencode "rows=$rows"
                ;;
            move)
                [ $# -eq 5 ] || usage
                api "calendar/$3"
                ADMIN_API=api/admin/calendar/$3/move
                post --data-urlencode "from=$4" --data-urlencode "to=$5"
                ;;
            *) usage ;;
        esac
        ;;
    *) usage ;;
esac

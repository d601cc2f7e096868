#!/usr/bin/env bash
# Administrators and officers of a server without demo data (the officer realm's `officer` table):
#   ./admin.sh first-admin USERNAME "FULL NAME"                 prints the SQL that creates an administrator (role admin)
#   ./admin.sh officer USERNAME "FULL NAME" PROVIDER [officer|head]  prints the SQL that creates an officer of PROVIDER
# The password is read twice from the terminal (or from ELICENSING_NEW_PASSWORD, for scripts), at least 12
# characters, and only its SHA-512-crypt hash ($6$, `openssl passwd -6`, read by Elytron's modular-crypt mapper) is
# printed. Run the SQL against the server's database (docs/operations.md#first-administrator):
#   ./admin.sh first-admin root "Жүйе әкімшісі" | psql -h DBHOST -U elicensing -d elicensing -v ON_ERROR_STOP=1
# An existing username is left as it is (the statement inserts nothing).
set -euo pipefail

usage() { sed -n '2,9p' "$0" >&2; exit 2; }

# sql 'text': the text as an SQL string literal
sql() { printf "'%s'" "${1//\'/\'\'}"; }

password_hash() {
    local password=${ELICENSING_NEW_PASSWORD:-} again
    if [ -z "$password" ]; then
        read -r -s -p "New password for $1: " password </dev/tty; echo >&2
        read -r -s -p "Again: " again </dev/tty; echo >&2
        [ "$password" = "$again" ] || { echo "the two passwords differ" >&2; exit 1; }
    fi
    [ ${#password} -ge 12 ] || { echo "the password needs at least 12 characters" >&2; exit 1; }
    printf '%s' "$password" | openssl passwd -6 -stdin
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
        [ $# -eq 4 ] || [ $# -eq 5 ] || usage
        role=${5:-officer}
        [ "$role" = officer ] || [ "$role" = head ] || usage
        insert "$2" "$3" "$4" "$role"
        ;;
    *) usage ;;
esac

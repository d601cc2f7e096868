#!/usr/bin/env bash
# Unpacks WildFly from the Maven Central zip and applies the jboss-cli set-up scripts offline, in ONE embedded-server
# session: datasource-$DB.cli, configure.cli, operations.cli, secrets.cli, then the two keystore passwords as encrypted
# system properties; then the same again on standalone-ha.xml, with cluster.cli (./start.sh --cluster, docs/scale.md).
# The scripts hold no embed-server/stop-embedded-server lines of their own: this script wraps them.
# Usage: provision.sh WILDFLY_ZIP WILDFLY_VERSION TARGET_DIR DB(h2|postgres) POSTGRESQL_JAR SCRIPTS_DIR
# Idempotent: does nothing when TARGET_DIR was provisioned from the same scripts already.
set -euo pipefail
zip=$1 version=$2 home=$3 db=$4 pgjar=$5 scripts=$6
marker="$home/.elicensing-provisioned"
fingerprint=$(cat "$scripts"/*.cli "$0" | cksum | cut -d' ' -f1)
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$fingerprint" ]; then
    echo "WildFly at $home is provisioned ($db)"
    exit 0
fi
parent=$(dirname "$home")
mkdir -p "$parent"
rm -rf "$home" "$parent/wildfly-$version"
echo "Unpacking WildFly $version into $home"
(cd "$parent" && jar xf "$zip")
mv "$parent/wildfly-$version" "$home"
chmod +x "$home"/bin/*.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The credential store's file and its secret key (alias "key"), made without a server: secrets.cli registers the
# store (populate=true keeps this key) and the expression resolver; the passwords are encrypted here with the same key.
store="$home/standalone/configuration/elicensing-secrets.cs"
"$home/bin/elytron-tool.sh" credential-store --create --location "$store" --type PropertiesCredentialStore \
    --generate-secret-key key >/dev/null
encrypt() {
    local token
    token=$("$home/bin/elytron-tool.sh" credential-store --location "$store" --type PropertiesCredentialStore \
        --encrypt key --clear-text "$1" | sed -n "s/^Clear text encrypted to token '\([^']*\)'.*/\1/p")
    [ -n "$token" ] || { echo "elytron-tool did not encrypt a keystore password" >&2; exit 1; }
    echo "\${ENC::elicensing:$token}"
}
signing=$(encrypt "${ELICENSING_SIGNING_KEYSTORE_PASSWORD:-demo1234}")
system=$(encrypt "${ELICENSING_SYSTEM_KEYSTORE_PASSWORD:-demo1234}")
# the providers' system seals (<elicensing.seal-dir>/seal-<provider>.p12, default <elicensing.home>/keys): automatic results
seal=$(encrypt "${ELICENSING_SEAL_PASSWORD:-demo1234}")

echo "postgresql.jar=$pgjar" > "$work/cli.properties"
session="$work/provision.cli"
{
    echo "embed-server --server-config=standalone.xml --std-out=discard"
    for script in "datasource-$db.cli" configure.cli operations.cli secrets.cli; do
        cat "$scripts/$script"
        echo
    done
    echo "/system-property=elicensing.signing.keystore.password:add(value=\"$signing\")"
    echo "/system-property=elicensing.system.keystore.password:add(value=\"$system\")"
    echo "/system-property=elicensing.seal.password:add(value=\"$seal\")"
    echo "stop-embedded-server"
    # the cluster's configuration: the same set-up (the driver module exists already) and cluster.cli
    echo "embed-server --server-config=standalone-ha.xml --std-out=discard"
    for script in "datasource-$db.cli" configure.cli operations.cli secrets.cli cluster.cli; do
        sed '/^module add /d' "$scripts/$script"
        echo
    done
    echo "/system-property=elicensing.signing.keystore.password:add(value=\"$signing\")"
    echo "/system-property=elicensing.system.keystore.password:add(value=\"$system\")"
    echo "stop-embedded-server"
} > "$session"
echo "Applying datasource-$db.cli, configure.cli, operations.cli, secrets.cli and the encrypted keystore passwords (standalone.xml), and with cluster.cli (standalone-ha.xml)"
"$home/bin/jboss-cli.sh" --file="$session" --properties="$work/cli.properties"
echo "$fingerprint" > "$marker"

#!/usr/bin/env bash
# Unpacks WildFly from the Maven Central zip and applies the jboss-cli set-up scripts (offline, embedded server).
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
props=$(mktemp)
trap 'rm -f "$props"' EXIT
echo "postgresql.jar=$pgjar" > "$props"
echo "Applying $scripts/datasource-$db.cli"
"$home/bin/jboss-cli.sh" --file="$scripts/datasource-$db.cli" --properties="$props"
echo "Applying $scripts/configure.cli"
"$home/bin/jboss-cli.sh" --file="$scripts/configure.cli"
echo "Applying $scripts/operations.cli"
"$home/bin/jboss-cli.sh" --file="$scripts/operations.cli"
echo "Applying $scripts/secrets.cli and storing the keystore passwords as encrypted expressions"
"$home/bin/jboss-cli.sh" --file="$scripts/secrets.cli"
encrypt() {
    "$home/bin/jboss-cli.sh" --commands="embed-server --server-config=standalone.xml --std-out=discard,/subsystem=elytron/expression=encryption:create-expression(resolver=elicensing, clear-text=\"$1\"),stop-embedded-server" \
        | grep -o '\${ENC::[^}]*}'
}
signing=$(encrypt "${ELICENSING_SIGNING_KEYSTORE_PASSWORD:-demo1234}")
system=$(encrypt "${ELICENSING_SYSTEM_KEYSTORE_PASSWORD:-demo1234}")
"$home/bin/jboss-cli.sh" --commands="embed-server --server-config=standalone.xml --std-out=discard,/system-property=elicensing.signing.keystore.password:add(value=\"$signing\"),/system-property=elicensing.system.keystore.password:add(value=\"$system\"),stop-embedded-server"
echo "$fingerprint" > "$marker"

#!/usr/bin/env bash
# Prepares the Payara domains that the integration tests boot (called by the ear module's build):
#   cs-test-h2      always            (HTTP on H2_PORTBASE+80)
#   cs-test-mysql   when CS_TEST_DB_URL is set (HTTP on MYSQL_PORTBASE+80)
# The same settings and JDBC resources as bin/run; the database URL and credentials reach the
# server through the environment that the test run gives it.
# Each domain gets a random admin password (cs_configure_domain); the tests' Arquillian reads them from
# PAYARA_HOME/test-admin.properties (failsafe's systemPropertiesFile).
# The H2 test database (H2_DATA_DIR) starts empty at every run, as the MySQL one does in CI.
# usage: test-domains.sh PAYARA_HOME CONNECTOR_JAR H2_PORTBASE MYSQL_PORTBASE H2_DATA_DIR
set -euo pipefail
source "$(dirname "$0")/payara.sh"

home="$1" connector="$2" h2_portbase="$3" mysql_portbase="$4" h2_data="$5"
domains="$home/glassfish/domains"
rm -rf "${h2_data:?}"
properties="$home/test-admin.properties"
rm -f "$properties"
(umask 077 && : > "$properties")
# admin_password_property DOMAIN -- a line for the properties file: the domain's admin password
admin_password_property() {
    printf 'cs.payara.%s.password=%s\n' "$1" "$(sed -n 's/^AS_ADMIN_PASSWORD=//p' "$(cs_admin_password_file "$domains" "$1")")"
}
chmod +x "$home/bin/asadmin" "$home/glassfish/bin/asadmin" 2>/dev/null || true

cs_log "preparing test domain cs-test-h2"
cs_create_domain "$home" "$domains" cs-test-h2 "$h2_portbase" "$connector"
cs_configure_domain "$home" "$domains" cs-test-h2 "$h2_portbase" h2
admin_password_property cs-test-h2 >> "$properties"

if [ -n "${CS_TEST_DB_URL:-}" ]; then
    cs_log "preparing test domain cs-test-mysql for $CS_TEST_DB_URL"
    cs_create_domain "$home" "$domains" cs-test-mysql "$mysql_portbase" "$connector"
    cs_configure_domain "$home" "$domains" cs-test-mysql "$mysql_portbase" mysql
    admin_password_property cs-test-mysql >> "$properties"
else
    cs_log "CS_TEST_DB_URL is not set: the integration tests run on H2 only"
fi

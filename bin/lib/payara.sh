# shellcheck shell=bash
# Shared by bin/run and the integration-test build: get Payara Server, create a domain and boot
# it with the project's settings (payara/server.asadmin) and JDBC resources (payara/jdbc-*.xml).
# Source it; functions print progress on stderr and fail fast.

CS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CS_LIB="$CS_ROOT/bin/lib"

cs_log() { printf '[dealer-cs] %s\n' "$*" >&2; }

cs_pom_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$CS_ROOT/pom.xml" | head -n 1; }

# cs_maven_dependency GOAL GROUP:ARTIFACT:VERSION[:TYPE] DIR -- copy or unpack an artifact from
# Maven Central into DIR (through the project's Maven wrapper: no curl or unzip needed)
cs_maven_dependency() {
    mkdir -p "$3"
    # overWriteReleases: the plugin would otherwise skip an artifact its markers say it unpacked before
    "$CS_ROOT/mvnw" -q -B -Dstyle.color=never -f "$CS_ROOT/pom.xml" -N "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:$1" \
        -Dartifact="$2" -DoutputDirectory="$3" -Dmdep.overWriteReleases=true -Dmdep.stripVersion=true >&2
}

# cs_install_payara DIR -- Payara Server (full) unpacked in DIR/payara6; prints its home
cs_install_payara() {
    local dir="$1" version
    version="$(cs_pom_property payara.version)"
    if [ ! -x "$dir/payara6/bin/asadmin" ] || [ "$(cat "$dir/payara6/.version" 2>/dev/null)" != "$version" ]; then
        cs_log "getting Payara Server $version from Maven Central"
        rm -rf "$dir/payara6"
        cs_maven_dependency unpack "fish.payara.distributions:payara:$version:zip" "$dir"
        chmod +x "$dir/payara6/bin/"* "$dir/payara6/glassfish/bin/"*
        echo "$version" > "$dir/payara6/.version"
    fi
    echo "$dir/payara6"
}

# cs_http_status PORT PATH -- the status code of a GET on localhost, 000 when nothing answers
cs_http_status() {
    local status
    status="$( (exec 3<>"/dev/tcp/127.0.0.1/$1" && printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$2" >&3 \
        && head -n 1 <&3) 2>/dev/null | cut -d ' ' -f 2)"
    echo "${status:-000}"
}

# cs_connector_jar DIR -- MySQL Connector/J in DIR; prints the jar's path
cs_connector_jar() {
    local dir="$1"
    if [ ! -f "$dir/mysql-connector-j.jar" ]; then
        cs_maven_dependency copy "com.mysql:mysql-connector-j:$(cs_pom_property mysql.connector.version)" "$dir"
    fi
    echo "$dir/mysql-connector-j.jar"
}

# cs_db_kind -- h2 or mysql, from CS_DB_URL
cs_db_kind() {
    case "${CS_DB_URL:-}" in
        "" | jdbc:h2:*) echo h2 ;;
        jdbc:mysql:*) echo mysql ;;
        *) cs_log "CS_DB_URL must start with jdbc:mysql: (MySQL 8 / MariaDB) or be unset (embedded H2)"; return 1 ;;
    esac
}

# cs_h2_url DATA_DIR -- the embedded database's JDBC URL
cs_h2_url() {
    echo "jdbc:h2:file:$1/dealercs;MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=YEAR,VALUE;AUTO_SERVER=TRUE"
}

# cs_create_domain PAYARA_HOME DOMAINS_DIR NAME PORTBASE CONNECTOR_JAR -- a fresh domain (the old
# one is removed) with Connector/J in its lib folder; HTTP on PORTBASE+80, administration on PORTBASE+48.
cs_create_domain() {
    local home="$1" domains="$2" name="$3" portbase="$4" connector="$5"
    rm -rf "${domains:?}/$name"
    mkdir -p "$domains"
    "$home/bin/asadmin" create-domain --nopassword=true --portbase "$portbase" --domaindir "$domains" "$name" >/dev/null
    cp "$connector" "$domains/$name/lib/mysql-connector-j.jar"
    # the template's heap goes: payara/server.asadmin sets the project's own (-Xmx)
    sed -i 's|<jvm-options>-Xmx512m</jvm-options>||' "$domains/$name/config/domain.xml"
}

# cs_admin_password_file DOMAINS_DIR NAME -- the asadmin password file of the domain's administrator
# (mode 600, written by cs_configure_domain): every asadmin call of the scripts passes it
cs_admin_password_file() {
    echo "$1/$2/admin-password"
}

# cs_asadmin PAYARA_HOME DOMAINS_DIR NAME ARGS... -- asadmin as the domain's administrator
cs_asadmin() {
    local home="$1" domains="$2" name="$3"
    shift 3
    "$home/bin/asadmin" --user admin --passwordfile "$(cs_admin_password_file "$domains" "$name")" "$@"
}

# cs_configure_domain PAYARA_HOME DOMAINS_DIR NAME PORTBASE KIND -- applies the project's server
# settings and JDBC resources to a stopped domain (boots it once for that, then stops it), and ends
# the anonymous administration of a new domain: a random password of its own for admin.
cs_configure_domain() {
    local home="$1" domains="$2" name="$3" portbase="$4" kind="$5" commands password file change
    commands="$(mktemp)"
    { cat "$CS_LIB/payara/server.asadmin"; echo "add-resources $CS_LIB/payara/jdbc-$kind.xml"; } > "$commands"
    file="$(cs_admin_password_file "$domains" "$name")"
    password="$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)"
    change="$(mktemp)"
    chmod 600 "$change"
    (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$password" > "$file")
    printf 'AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=%s\n' "$password" > "$change"
    "$home/bin/asadmin" start-domain --domaindir "$domains" "$name" >/dev/null
    if ! "$home/bin/asadmin" --port $((portbase + 48)) multimode --file "$commands" >/dev/null \
            || ! "$home/bin/asadmin" --port $((portbase + 48)) --user admin --passwordfile "$change" \
                change-admin-password >/dev/null; then
        rm -f "$commands" "$change"
        "$home/bin/asadmin" stop-domain --domaindir "$domains" "$name" >/dev/null 2>&1 || true
        cs_log "configuring the domain $name failed"
        return 1
    fi
    rm -f "$commands" "$change"
    cs_stop_domain "$home" "$domains" "$name"
}

cs_start_domain() {
    cs_asadmin "$1" "$2" "$3" start-domain --domaindir "$2" "$3" >/dev/null
}

# cs_deploy PAYARA_HOME DOMAINS_DIR NAME PORTBASE EAR
cs_deploy() {
    cs_asadmin "$1" "$2" "$3" --port $(($4 + 48)) deploy --force=true --name dealer-cs "$5" >/dev/null
}

cs_stop_domain() {
    cs_asadmin "$1" "$2" "$3" stop-domain --domaindir "$2" "$3" >/dev/null 2>&1 || true
}

# shellcheck shell=bash
# Sourced by the base image's entrypoint (for every file in ${SCRIPT_DIR}/init.d) before the server
# starts: every container gets a random administrator password of its own, never the image's. The
# domain is stopped here, so asadmin changes the password in the domain's key file; the base image's
# scripts read the new one from ${PASSWORD_FILE} (mode 600, user payara). Administration listens on
# the container's loopback only (bin/lib/payara/server.asadmin): `docker exec` is the way in.
dealercs_new_password="$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32)"
dealercs_change="$(mktemp)"
chmod 600 "$dealercs_change"
printf 'AS_ADMIN_PASSWORD=%s\nAS_ADMIN_NEWPASSWORD=%s\n' \
    "$(sed -n 's/^AS_ADMIN_PASSWORD=//p' "${PASSWORD_FILE}")" "$dealercs_new_password" > "$dealercs_change"
if "${PAYARA_DIR}/bin/asadmin" --user="${ADMIN_USER}" --passwordfile="$dealercs_change" \
        change-admin-password --domain_name "${DOMAIN_NAME}" >/dev/null; then
    (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$dealercs_new_password" > "${PASSWORD_FILE}")
    chmod 600 "${PASSWORD_FILE}"
    echo "[dealer-cs] a new random admin password for this container (in ${PASSWORD_FILE})"
else
    echo "[dealer-cs] could not change the admin password" >&2
fi
rm -f "$dealercs_change"
unset dealercs_new_password dealercs_change

package com.dealercs.interfaces.web.portal;

import com.dealercs.domain.model.identity.Role;

/** Where each role lands after signing in. */
public final class PortalHome {

    private PortalHome() {
    }

    public static String of(Role role) {
        return switch (role) {
            case ADMIN -> "/admin/index.xhtml";
            case SUPERVISOR -> "/hq/index.xhtml";
            case EXECUTIVE -> "/executive/index.xhtml";
            case DEALER -> "/dealer/index.xhtml";
        };
    }
}

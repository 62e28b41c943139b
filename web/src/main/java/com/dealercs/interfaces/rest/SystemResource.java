package com.dealercs.interfaces.rest;

import com.dealercs.application.SystemInfo;
import com.dealercs.application.SystemInfoService;
import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** For administrators: which database the server talks to, at which schema version. */
@Path("/system")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SystemResource {

    @Inject
    SystemInfoService system;

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    public SystemInfo info() {
        return system.info();
    }
}

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** For administrators: which database the server talks to, at which schema version. */
@Path("/system")
@RequestScoped
@Tag(name = RestApplication.ADMINISTRATION)
@Produces(MediaType.APPLICATION_JSON)
public class SystemResource {

    @Inject
    SystemInfoService system;

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Which database, which schema version",
            description = "Administrators.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The database and the schema version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SystemInfo")))
    public SystemInfo info() {
        return system.info();
    }
}

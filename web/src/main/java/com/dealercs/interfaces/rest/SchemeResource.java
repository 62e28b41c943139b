package com.dealercs.interfaces.rest;

import com.dealercs.application.SchemeChange;
import com.dealercs.application.SchemeService;
import com.dealercs.application.SchemeView;
import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A year's scheme (the checklists and the factor weights): HQ reads it; an administrator replaces
 * it, with a reason, while the year is OPEN and has no inspection yet (400 naming each wrong
 * field, 409 with the reason otherwise).
 */
@Path("/years/{year: \\d{4}}/scheme")
@RequestScoped
@Tag(name = RestApplication.YEARS)
@Produces(MediaType.APPLICATION_JSON)
public class SchemeResource {

    @Inject
    SchemeService schemes;

    @Context
    HttpHeaders headers;

    @GET
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The year's scheme",
            description = "HQ staff, executives and administrators: the SSI_MAP and CS_MAP checklists (items with "
                    + "their maxima and checkpoints, in order, names in Chinese and English) and the factor weights of "
                    + "JDP_SSI, JDP_CSI and CSC; editable is false, with the refusal's reason, once the year has an "
                    + "inspection or is approved.")
    @Extension(name = RestApplication.ROLES, value = "[\"SUPERVISOR\",\"EXECUTIVE\",\"ADMIN\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The scheme",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SchemeView")))
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    public SchemeView scheme(@PathParam("year") int year) {
        return schemes.scheme(year, ApiLocale.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Replace the year's scheme, with a reason",
            description = "Administrators, while the year is OPEN and has no inspection (imported or entered, of any "
                    + "status). Both checklists and every factor component, whole: items and checkpoints are known by "
                    + "their codes (a new code adds, a missing one removes), item maxima sum to 15 per checklist, "
                    + "factors keep their codes and their weights sum to 10 per component. 400 names each wrong field "
                    + "in details; 409 once the year has an inspection or is approved.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\"]", parseValue = true)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "SchemeChange")))
    @APIResponse(responseCode = "200", description = "The new scheme",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SchemeView")))
    @APIResponse(responseCode = "400", ref = RestApplication.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = RestApplication.CONFLICT)
    public SchemeView change(@PathParam("year") int year, SchemeChange change) {
        return schemes.change(year, change == null ? SchemeChange.empty() : change,
                ApiLocale.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }
}

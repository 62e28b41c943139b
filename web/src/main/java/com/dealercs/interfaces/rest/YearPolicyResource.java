package com.dealercs.interfaces.rest;

import com.dealercs.application.YearPolicyChange;
import com.dealercs.application.YearPolicyService;
import com.dealercs.application.YearPolicyView;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A year's policy (scoring.md §5): HQ reads it; an administrator replaces it while the year is
 * OPEN, with a reason (400 naming each wrong field, 409 once the year is approved).
 */
@Path("/years/{year: \\d{4}}/policy")
@RequestScoped
@Tag(name = RestApplication.YEARS)
@Produces(MediaType.APPLICATION_JSON)
public class YearPolicyResource {

    @Inject
    YearPolicyService policies;

    @GET
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The year's policy",
            description = "HQ staff, executives and administrators: the parameters of scoring.md §5 and the "
                    + "payout tiers; editable is false once the year is approved.")
    @Extension(name = RestApplication.ROLES, value = "[\"SUPERVISOR\",\"EXECUTIVE\",\"ADMIN\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The policy",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "YearPolicyView")))
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    public YearPolicyView policy(@PathParam("year") int year) {
        return policies.policy(year);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Replace the year's policy, with a reason",
            description = "Administrators, while the year is OPEN. Every value is "
                    + "required; 400 names each wrong field in details; 409 once the year is approved or published.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\"]", parseValue = true)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "YearPolicyChange")))
    @APIResponse(responseCode = "200", description = "The new policy",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "YearPolicyView")))
    @APIResponse(responseCode = "400", ref = RestApplication.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = RestApplication.CONFLICT)
    public YearPolicyView change(@PathParam("year") int year, YearPolicyChange change) {
        return policies.change(year, change == null ? YearPolicyChange.empty() : change);
    }
}

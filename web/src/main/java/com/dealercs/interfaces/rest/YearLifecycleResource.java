package com.dealercs.interfaces.rest;

import com.dealercs.application.YearLifecycleService;
import com.dealercs.application.YearStateView;
import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
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
 * Moves a year through its life cycle (scoring.md §6, interfaces.md §2): approval and publication
 * by executives and administrators, reopening by an administrator with a reason. Each answers the
 * year's new state; 409 when the year is not in the state the step starts from.
 */
@Path("/years/{year: \\d{4}}")
@RequestScoped
@Tag(name = RestApplication.YEARS)
@Produces(MediaType.APPLICATION_JSON)
public class YearLifecycleResource {

    /** The body of a reopening. */
    public record Reopening(String reason) {
    }

    @Inject
    YearLifecycleService lifecycle;

    @POST
    @Path("/approval")
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Approve the year",
            description = "Executives and administrators. 409 unless the year is OPEN, has a calculation run "
                    + "and its data did not change after the latest one. An approved year refuses imports and calculations.")
    @Extension(name = RestApplication.ROLES, value = "[\"EXECUTIVE\",\"ADMIN\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The year's new state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "YearStateView")))
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = RestApplication.CONFLICT)
    public YearStateView approve(@PathParam("year") int year) {
        return lifecycle.approve(year);
    }

    @POST
    @Path("/publication")
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Publish the approved year",
            description = "Executives and administrators. Dealers then see their own scorecard; "
                    + "409 unless the year is APPROVED.")
    @Extension(name = RestApplication.ROLES, value = "[\"EXECUTIVE\",\"ADMIN\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The year's new state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "YearStateView")))
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = RestApplication.CONFLICT)
    public YearStateView publish(@PathParam("year") int year) {
        return lifecycle.publish(year);
    }

    @POST
    @Path("/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Reopen an approved or published year, with a reason",
            description = "Administrators only; 400 without a reason, "
                    + "409 when the year is OPEN already.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\"]", parseValue = true)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "Reopening")))
    @APIResponse(responseCode = "200", description = "The year's new state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "YearStateView")))
    @APIResponse(responseCode = "400", ref = RestApplication.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = RestApplication.CONFLICT)
    public YearStateView reopen(@PathParam("year") int year, Reopening request) {
        return lifecycle.reopen(year, request == null ? null : request.reason());
    }
}

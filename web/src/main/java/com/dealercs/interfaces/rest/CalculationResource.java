package com.dealercs.interfaces.rest;

import com.dealercs.application.CalculationService;
import com.dealercs.application.CalculationSummary;
import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Runs a year's calculation now: a draft while the year is OPEN (interfaces.md §2). */
@Path("/years/{year: \\d{4}}/calculation")
@RequestScoped
@Tag(name = RestApplication.SCORES)
@Produces(MediaType.APPLICATION_JSON)
public class CalculationResource {

    @Inject
    CalculationService calculations;

    /** 200 with what the run did; 404 for a year without data, 409 for a frozen year. */
    @POST
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Calculate the year now and store the run",
            description = "HQ staff and administrators. While the year is OPEN the run is a draft that may be run "
                    + "again; the latest run is what the scorecards show.")
    @Extension(name = RestApplication.ROLES, value = "[\"SUPERVISOR\",\"ADMIN\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "What the run did",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CalculationSummary")))
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = RestApplication.CONFLICT)
    public CalculationSummary calculate(@PathParam("year") int year) {
        return calculations.calculate(year);
    }
}

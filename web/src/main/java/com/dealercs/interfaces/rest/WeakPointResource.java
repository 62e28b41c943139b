package com.dealercs.interfaces.rest;

import com.dealercs.application.CheckpointFailureView;
import com.dealercs.application.InvalidInputException;
import com.dealercs.application.Problem;
import com.dealercs.application.WeakPointService;
import com.dealercs.application.WeakPointsView;
import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A year's weak points (达标率, interfaces.md §2) and the dealers that failed one checkpoint, for
 * HQ staff, executives and administrators. Names follow Accept-Language as the API's messages do
 * ({@link ApiLocale}). The quarter is read as text so that a wrong one is a 400 with the error
 * shape, not the 404 JAX-RS gives a query parameter it cannot convert.
 */
@Path("/years/{year: \\d{4}}/weak-points")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME})
@Tag(name = RestApplication.SCORES)
public class WeakPointResource {

    private static final String ROLES = "[\"ADMIN\",\"SUPERVISOR\",\"EXECUTIVE\"]";

    @Inject
    WeakPointService weakPoints;

    @GET
    @Operation(summary = "The year's weak points: compliance rates of items and checkpoints, weakest first",
            description = "HQ staff, executives and administrators. PASS / (PASS + FAIL) of every checklist item and "
                    + "checkpoint over the year's approved inspections of ACTIVE dealers, to four places; region and "
                    + "quarter (1-4) narrow the set; an unknown region gives empty lists. Names follow Accept-Language.")
    @Extension(name = RestApplication.ROLES, value = ROLES, parseValue = true)
    @APIResponse(responseCode = "200", description = "The weak points",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "WeakPointsView")))
    @APIResponse(responseCode = "400", ref = RestApplication.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    public WeakPointsView weakPoints(@PathParam("year") int year, @QueryParam("region") String region,
                                     @QueryParam("quarter") String quarter,
                                     @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return weakPoints.weakPoints(year, region, quarter(quarter), ApiLocale.of(acceptLanguage));
    }

    @GET
    @Path("/checkpoints/{checkpointCode}/dealers")
    @Operation(summary = "The dealers that failed a checkpoint, most failures first",
            description = "As the weak points, over the same set of inspections: each dealer with at least one FAIL on "
                    + "the checkpoint, how many FAILs and how many PASS or FAIL; 400 for a checkpoint not on the year's "
                    + "checklists or a wrong quarter.")
    @Extension(name = RestApplication.ROLES, value = ROLES, parseValue = true)
    @APIResponse(responseCode = "200", description = "The dealers that failed it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CheckpointFailureViewList")))
    @APIResponse(responseCode = "400", ref = RestApplication.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    public List<CheckpointFailureView> dealersFailing(@PathParam("year") int year,
                                                      @PathParam("checkpointCode") String checkpointCode,
                                                      @QueryParam("region") String region,
                                                      @QueryParam("quarter") String quarter) {
        return weakPoints.dealersFailing(year, checkpointCode, region, quarter(quarter));
    }

    private static Integer quarter(String quarter) {
        if (quarter == null || quarter.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(quarter.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Problem.of("quarter", "weakPoints.quarter.invalid", quarter));
        }
    }
}

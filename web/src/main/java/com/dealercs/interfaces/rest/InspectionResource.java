package com.dealercs.interfaces.rest;

import com.dealercs.application.InspectionRequests.Criteria;
import com.dealercs.application.InspectionRequests.NewInspection;
import com.dealercs.application.InspectionRequests.Reason;
import com.dealercs.application.InspectionRequests.ResultsChange;
import com.dealercs.application.InspectionService;
import com.dealercs.application.InspectionSummary;
import com.dealercs.application.InspectionToDo;
import com.dealercs.application.InspectionView;
import com.dealercs.application.InvalidInputException;
import com.dealercs.application.Problem;
import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Inspections entered over the API (interfaces.md §2): HQ staff and administrators create them,
 * save results as drafts (with the version they read), submit them; another HQ user approves or
 * returns them; an approved one is reopened for a correction. Executives read them; a dealer user
 * reads its own approved ones only (the service decides, whatever the query says). Names follow
 * Accept-Language ({@link ApiLocale}). Numbers in the query are read as text so that a wrong one is
 * a 400 with the error shape, not the 404 JAX-RS gives a query parameter it cannot convert.
 */
@Path("/inspections")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = RestApplication.INSPECTIONS)
public class InspectionResource {

    private static final String READERS = "[\"ADMIN\",\"DEALER\",\"EXECUTIVE\",\"SUPERVISOR\"]";
    private static final String HQ = "[\"ADMIN\",\"SUPERVISOR\"]";
    private static final String HQ_AND_EXECUTIVES = "[\"ADMIN\",\"EXECUTIVE\",\"SUPERVISOR\"]";

    @Inject
    InspectionService inspections;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Start an inspection (a draft)",
            description = "HQ staff and administrators. dealerCode of an ACTIVE dealer, year, quarter (1-4), map "
                    + "(SSI_MAP or CS_MAP), inspectionDate (yyyy-MM-dd, in the year), inspector. The caller is its "
                    + "author. 409 when the year is not OPEN or the dealer already has an inspection of that map on "
                    + "that date (entered or imported).")
    @Extension(name = RestApplication.ROLES, value = HQ, parseValue = true)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "NewInspection")))
    @APIResponse(responseCode = "201", description = "Created, status DRAFT",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InspectionView")))
    @APIResponse(responseCode = "400", ref = RestApplication.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = RestApplication.CONFLICT)
    public Response create(NewInspection request, @Context UriInfo uri,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        NewInspection given = request == null ? new NewInspection(null, null, null, null, null, null) : request;
        InspectionView created = inspections.create(given, ApiLocale.of(acceptLanguage));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.DEALER_NAME})
    @Operation(summary = "Inspections, entered and imported, without their checkpoints",
            description = "HQ staff, executives and administrators: all; a dealer user: its own APPROVED ones only "
                    + "(asking for another dealer or another status gives an empty list). Every criterion is "
                    + "optional: year, dealerCode, status (DRAFT, SUBMITTED, APPROVED), quarter (1-4), map "
                    + "(SSI_MAP, CS_MAP). Ordered by year, quarter, dealer, map and date.")
    @Extension(name = RestApplication.ROLES, value = READERS, parseValue = true)
    @APIResponse(responseCode = "200", description = "The inspections",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InspectionSummaryList")))
    @APIResponse(responseCode = "400", ref = RestApplication.BAD_REQUEST)
    public List<InspectionSummary> list(@QueryParam("year") String year, @QueryParam("dealerCode") String dealerCode,
                                        @QueryParam("status") String status, @QueryParam("quarter") String quarter,
                                        @QueryParam("map") String map,
                                        @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return inspections.list(new Criteria(number("year", year), dealerCode, status, number("quarter", quarter), map),
                ApiLocale.of(acceptLanguage));
    }

    @GET
    @Path("/to-do")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME})
    @Operation(summary = "What is still to inspect in a quarter",
            description = "HQ staff, executives and administrators. Every ACTIVE dealer without an APPROVED SSI_MAP "
                    + "or CS_MAP inspection in the year's quarter, by dealer code: the checklists missing and the "
                    + "inspections under way (drafts and submitted ones). year and quarter (1-4) are required.")
    @Extension(name = RestApplication.ROLES, value = HQ_AND_EXECUTIVES, parseValue = true)
    @APIResponse(responseCode = "200", description = "The dealers still to inspect",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InspectionToDoList")))
    @APIResponse(responseCode = "400", ref = RestApplication.BAD_REQUEST)
    public List<InspectionToDo> toDo(@QueryParam("year") String year, @QueryParam("quarter") String quarter,
                                     @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Integer y = required("year", year);
        Integer q = required("quarter", quarter);
        return inspections.toDo(y, q, ApiLocale.of(acceptLanguage));
    }

    @GET
    @Path("/awaiting-approval")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Submitted inspections waiting for the caller's approval",
            description = "HQ staff and administrators: every SUBMITTED inspection someone else entered (the caller "
                    + "may approve or return each), without their checkpoints.")
    @Extension(name = RestApplication.ROLES, value = HQ, parseValue = true)
    @APIResponse(responseCode = "200", description = "The inspections to approve",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InspectionSummaryList")))
    public List<InspectionSummary> awaitingApproval(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return inspections.awaitingMyApproval(ApiLocale.of(acceptLanguage));
    }

    @GET
    @Path("/{id: \\d+}")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.DEALER_NAME})
    @Operation(summary = "One inspection with every checkpoint of its checklist",
            description = "As the list; a dealer user asking for another dealer's inspection or for one not "
                    + "APPROVED gets 403. Items and checkpoints in the scheme's order, names in the caller's "
                    + "language, points by scoring.md §1.1 (null while nothing applicable has a result).")
    @Extension(name = RestApplication.ROLES, value = READERS, parseValue = true)
    @APIResponse(responseCode = "200", description = "The inspection",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InspectionView")))
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    public InspectionView one(@PathParam("id") long id,
                              @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return inspections.one(id, ApiLocale.of(acceptLanguage));
    }

    @PUT
    @Path("/{id: \\d+}/results")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Save results of a draft",
            description = "HQ staff and administrators, while DRAFT and the year OPEN. {\"version\": the version "
                    + "read, \"results\": [{\"checkpointCode\", \"result\": PASS/FAIL/NA/null, \"comment\"}]}: only "
                    + "the checkpoints named change (null takes a result away). 409 when version is not the current "
                    + "one (someone saved meanwhile; details name each checkpoint whose value differs from what was "
                    + "sent, nothing is saved), when the inspection is not a draft or the year is locked; 400 for a "
                    + "checkpoint not on its checklist or a wrong result.")
    @Extension(name = RestApplication.ROLES, value = HQ, parseValue = true)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ResultsChange")))
    @APIResponse(responseCode = "200", description = "The inspection with its new points and version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InspectionView")))
    @APIResponse(responseCode = "400", ref = RestApplication.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = RestApplication.CONFLICT)
    public InspectionView saveResults(@PathParam("id") long id, ResultsChange change,
                                      @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return inspections.saveResults(id, change, ApiLocale.of(acceptLanguage));
    }

    @POST
    @Path("/{id: \\d+}/submission")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Submit a draft for approval",
            description = "HQ staff and administrators, while DRAFT and the year OPEN: → SUBMITTED. 400 while a "
                    + "checkpoint has no result or a FAIL has no comment (details name each checkpoint), or when "
                    + "every checkpoint is NA.")
    @Extension(name = RestApplication.ROLES, value = HQ, parseValue = true)
    @APIResponse(responseCode = "200", description = "The inspection, SUBMITTED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InspectionView")))
    @APIResponse(responseCode = "400", ref = RestApplication.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = RestApplication.CONFLICT)
    public InspectionView submit(@PathParam("id") long id,
                                 @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return inspections.submit(id, ApiLocale.of(acceptLanguage));
    }

    @POST
    @Path("/{id: \\d+}/approval")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Approve a submitted inspection: from now on it counts",
            description = "HQ staff and administrators other than its author (403 for the author), while SUBMITTED "
                    + "and the year OPEN (else 409): → APPROVED.")
    @Extension(name = RestApplication.ROLES, value = HQ, parseValue = true)
    @APIResponse(responseCode = "200", description = "The inspection, APPROVED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InspectionView")))
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = RestApplication.CONFLICT)
    public InspectionView approve(@PathParam("id") long id,
                                  @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return inspections.approve(id, ApiLocale.of(acceptLanguage));
    }

    @POST
    @Path("/{id: \\d+}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Return a submitted inspection to its author, with a reason",
            description = "As the approval: {\"reason\"} (required, at most 500 characters) → DRAFT, the reason "
                    + "kept in returnReason.")
    @Extension(name = RestApplication.ROLES, value = HQ, parseValue = true)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "Reason")))
    @APIResponse(responseCode = "200", description = "The inspection, DRAFT again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InspectionView")))
    @APIResponse(responseCode = "400", ref = RestApplication.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = RestApplication.CONFLICT)
    public InspectionView returnToAuthor(@PathParam("id") long id, Reason reason,
                                         @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return inspections.returnToAuthor(id, reason == null ? null : reason.reason(), ApiLocale.of(acceptLanguage));
    }

    @POST
    @Path("/{id: \\d+}/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME})
    @Operation(summary = "Reopen an approved inspection for a correction, with a reason",
            description = "HQ staff and administrators, while APPROVED and the year OPEN (else 409; an imported "
                    + "inspection is corrected by importing it again): {\"reason\"} → DRAFT; it no longer counts "
                    + "until approved again, and each change of a checkpoint is audited with its value before and "
                    + "after.")
    @Extension(name = RestApplication.ROLES, value = HQ, parseValue = true)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "Reason")))
    @APIResponse(responseCode = "200", description = "The inspection, DRAFT again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "InspectionView")))
    @APIResponse(responseCode = "400", ref = RestApplication.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = RestApplication.CONFLICT)
    public InspectionView reopen(@PathParam("id") long id, Reason reason,
                                 @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return inspections.reopen(id, reason == null ? null : reason.reason(), ApiLocale.of(acceptLanguage));
    }

    private static Integer required(String name, String value) {
        Integer number = number(name, value);
        if (number == null) {
            throw new InvalidInputException(Problem.of(name, "inspection.required", name));
        }
        return number;
    }

    private static Integer number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Problem.of(name, "inspection.number.invalid", name, value));
        }
    }
}

package com.dealercs.interfaces.rest;

import com.dealercs.application.DealerPortalService;
import com.dealercs.application.FixFirstItem;
import com.dealercs.application.NetworkPosition;
import com.dealercs.application.ScorecardService;
import com.dealercs.application.ScorecardView;
import com.dealercs.domain.model.identity.Role;
import com.dealercs.interfaces.web.reports.PdfReports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A year's scorecards of its latest calculation run, as {@code interfaces.md} §2 shows them. A
 * year without a run answers an empty array. Who sees what is the {@link ScorecardService}'s
 * business: a dealer user its own dealer only, once the year is published. The wire shape is the
 * {@link ScorecardView} the pages read too.
 */
@Path("/years/{year: \\d{4}}/scorecards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.DEALER_NAME})
@Tag(name = RestApplication.SCORES)
public class ScorecardResource {

    @Inject
    ScorecardService scorecards;

    @Inject
    PdfReports pdfs;

    @Inject
    DealerPortalService portal;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The year's scorecards by national rank",
            description = "HQ staff, executives and administrators: every dealer, NOT_RATED last; a dealer user: its own only, "
                    + "once the year is PUBLISHED. A year without a calculation run answers [].")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\",\"SUPERVISOR\",\"EXECUTIVE\",\"DEALER\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The scorecards of the latest run",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ScorecardViewList")))
    public List<ScorecardView> list(@PathParam("year") int year) {
        return scorecards.list(year);
    }

    @GET
    @Path("/{dealerCode}")
    @Operation(summary = "One dealer's scorecard",
            description = "As the list; a dealer user asking for another dealer, or for a year not yet PUBLISHED, gets 403.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\",\"SUPERVISOR\",\"EXECUTIVE\",\"DEALER\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The scorecard",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ScorecardView")))
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    public ScorecardView one(@PathParam("year") int year, @PathParam("dealerCode") String dealerCode) {
        return scorecards.one(year, dealerCode);
    }

    @GET
    @Path("/{dealerCode}.pdf")
    @Produces(ReportResource.PDF)
    @Operation(summary = "One dealer's scorecard as PDF",
            description = "The scorecard report: components against their maxima, total, ranks n / N, the quarterly trend, "
                    + "the failed checkpoints with the supervisors' comments and the rebate statement; in the caller's "
                    + "language (Accept-Language). The access rules of the scorecard: a dealer user its own, once the "
                    + "year is PUBLISHED (403 otherwise).")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\",\"SUPERVISOR\",\"EXECUTIVE\",\"DEALER\"]", parseValue = true)
    @APIResponse(responseCode = "200",
            description = "The PDF (Content-Disposition: attachment, scorecard-{year}-{dealerCode}.pdf)",
            content = @Content(mediaType = ReportResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    public Response pdf(@PathParam("year") int year, @PathParam("dealerCode") String dealerCode) {
        return ReportResource.download(pdfs.scorecard(year, dealerCode,
                ApiLocale.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))));
    }

    @GET
    @Path("/{dealerCode}/fix-first")
    @Operation(summary = "What one dealer should fix first",
            description = "The checklist items the dealer failed in its approved inspections of the year, the item that cost "
                    + "the most points of its annual SSI-MAP or CS-MAP component first, each with its failed checkpoints "
                    + "(comments, photo ids); names in the caller's language (Accept-Language). A dealer user: its own "
                    + "dealer only (403 otherwise).")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\",\"SUPERVISOR\",\"EXECUTIVE\",\"DEALER\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The items, costliest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FixFirstItemList")))
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    public List<FixFirstItem> fixFirst(@PathParam("year") int year, @PathParam("dealerCode") String dealerCode) {
        return portal.fixFirst(year, dealerCode, ApiLocale.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    @GET
    @Path("/{dealerCode}/position")
    @Operation(summary = "Where one dealer stands in the network",
            description = "The distribution of the year's rated totals (counts per 5-point band), the dealer's own band, the "
                    + "network's quartiles and average and its region's average; no other dealer's code, name or figures. "
                    + "The access rules of the scorecard: a dealer user its own, once the year is PUBLISHED (403 otherwise).")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\",\"SUPERVISOR\",\"EXECUTIVE\",\"DEALER\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The dealer's position",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "NetworkPosition")))
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    public NetworkPosition position(@PathParam("year") int year, @PathParam("dealerCode") String dealerCode) {
        return portal.position(year, dealerCode);
    }
}

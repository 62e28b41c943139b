package com.dealercs.interfaces.rest;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The network's printed reports of a year (docs/interfaces.md §2): the national ranking, the
 * rebates and the weak points as PDF, in the caller's language (Accept-Language: zh or en). HQ
 * staff, executives and administrators. A dealer's scorecard PDF is in {@link ScorecardResource}.
 */
@Path("/years/{year: \\d{4}}/reports")
@RequestScoped
@Produces(ReportResource.PDF)
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME})
@Tag(name = RestApplication.SCORES)
public class ReportResource {

    static final String PDF = "application/pdf";

    @Inject
    PdfReports pdfs;

    @Context
    HttpHeaders headers;

    @GET
    @Path("/ranking.pdf")
    @Operation(summary = "The national ranking as PDF",
            description = "Every rated dealer by national rank (code, name, region, the nine components, total, national and "
                    + "regional rank), then the NOT_RATED dealers with the sources they miss. A DRAFT watermark while the "
                    + "year is not APPROVED or PUBLISHED; Landscape A4.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\",\"SUPERVISOR\",\"EXECUTIVE\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The PDF (Content-Disposition: attachment, ranking-{year}.pdf)",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    public Response ranking(@PathParam("year") int year) {
        return download(pdfs.ranking(year, ApiLocale.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))));
    }

    @GET
    @Path("/rebates.pdf")
    @Operation(summary = "The rebates as PDF",
            description = "Every dealer's units, base, payout ratio, CS part, SOC bonus, adjustments and CS rebate, by "
                    + "region with the region's totals, then the network's total.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\",\"SUPERVISOR\",\"EXECUTIVE\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The PDF (Content-Disposition: attachment, rebates-{year}.pdf)",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    public Response rebates(@PathParam("year") int year) {
        return download(pdfs.rebates(year, ApiLocale.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))));
    }

    @GET
    @Path("/weak-points.pdf")
    @Operation(summary = "The weak points as PDF",
            description = "Checklist items and checkpoints by compliance rate, weakest first, network-wide then for each "
                    + "region, with a bar chart of the network's weakest checkpoints.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\",\"SUPERVISOR\",\"EXECUTIVE\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The PDF (Content-Disposition: attachment, weak-points-{year}.pdf)",
            content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    public Response weakPoints(@PathParam("year") int year) {
        return download(pdfs.weakPoints(year, ApiLocale.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE))));
    }

    /** The document streamed as an attachment under its file name; rendered while it is sent. */
    static Response download(PdfReports.Pdf pdf) {
        StreamingOutput body = pdf::writeTo;
        return Response.ok(body, PDF)
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
                .build();
    }
}

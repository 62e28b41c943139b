package com.dealercs.interfaces.rest;

import com.dealercs.application.ScorecardService;
import com.dealercs.application.ScorecardView;
import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
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
 * business: a dealer user its own dealer only, once the year is published.
 */
@Path("/years/{year: \\d{4}}/scorecards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.DEALER_NAME})
@Tag(name = RestApplication.SCORES)
public class ScorecardResource {

    @Inject
    ScorecardService scorecards;

    /**
     * A scorecard on the wire: the contract's fields, in the contract's order, then (an addition)
     * the four quarterly results as stored with the run.
     */
    @JsonbPropertyOrder({"year", "dealerCode", "dealerName", "region", "status", "components", "coverage", "total",
            "assessmentPoints", "nationalRank", "regionalRank", "socImprovement", "socBonus", "rebate", "quarters"})
    public record ScorecardJson(int year, String dealerCode, String dealerName, String region, String status,
                                Map<String, BigDecimal> components, int coverage, BigDecimal total,
                                BigDecimal assessmentPoints, Integer nationalRank, Integer regionalRank,
                                BigDecimal socImprovement, boolean socBonus, RebateJson rebate,
                                List<QuarterJson> quarters) {
    }

    /**
     * A quarter's result (scoring.md §2, 季度评分): {@code SSI_MAP}, {@code CS_MAP} and {@code CSC}
     * of the quarter ({@code null} when missing), the points of weight with data (of 40), the
     * quarter's total and national quarterly rank ({@code null} when not rated that quarter).
     */
    @JsonbPropertyOrder({"quarter", "components", "coverage", "total", "rank"})
    public record QuarterJson(int quarter, Map<String, BigDecimal> components, int coverage, BigDecimal total,
                              Integer rank) {
    }

    @JsonbPropertyOrder({"units", "base", "payoutRatio", "cs", "socBonus", "adjustments", "rebate"})
    public record RebateJson(int units, BigDecimal base, BigDecimal payoutRatio, BigDecimal cs, BigDecimal socBonus,
                             BigDecimal adjustments, BigDecimal rebate) {
    }

    @GET
    @Operation(summary = "The year's scorecards by national rank",
            description = "HQ staff, executives and administrators: every dealer, NOT_RATED last; a dealer user: its own only, "
                    + "once the year is PUBLISHED. A year without a calculation run answers [].")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\",\"SUPERVISOR\",\"EXECUTIVE\",\"DEALER\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The scorecards of the latest run",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ScorecardJsonList")))
    public List<ScorecardJson> list(@PathParam("year") int year) {
        return scorecards.list(year).stream().map(ScorecardResource::json).toList();
    }

    @GET
    @Path("/{dealerCode}")
    @Operation(summary = "One dealer's scorecard",
            description = "As the list; a dealer user asking for another dealer, or for a year not yet PUBLISHED, gets 403.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\",\"SUPERVISOR\",\"EXECUTIVE\",\"DEALER\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The scorecard",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ScorecardJson")))
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    public ScorecardJson one(@PathParam("year") int year, @PathParam("dealerCode") String dealerCode) {
        return json(scorecards.one(year, dealerCode));
    }

    static ScorecardJson json(ScorecardView view) {
        ScorecardView.RebateView r = view.rebate();
        return new ScorecardJson(view.year(), view.dealerCode(), view.dealerName(), view.region(), view.status(),
                view.components(), view.coverage(), view.total(), view.assessmentPoints(), view.nationalRank(),
                view.regionalRank(), view.socImprovement(), view.socBonus(),
                new RebateJson(r.units(), r.base(), r.payoutRatio(), r.cs(), r.socBonus(), r.adjustments(),
                        r.rebate()),
                view.quarters().stream().map(q -> new QuarterJson(q.quarter(), q.components(), q.coverage(),
                        q.total(), q.rank())).toList());
    }
}

package com.dealercs.interfaces.rest;

import com.dealercs.application.ScorecardService;
import com.dealercs.application.ScorecardView;
import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

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
public class ScorecardResource {

    @Inject
    ScorecardService scorecards;

    @GET
    public List<ScorecardView> list(@PathParam("year") int year) {
        return scorecards.list(year);
    }

    @GET
    @Path("/{dealerCode}")
    public ScorecardView one(@PathParam("year") int year, @PathParam("dealerCode") String dealerCode) {
        return scorecards.one(year, dealerCode);
    }
}

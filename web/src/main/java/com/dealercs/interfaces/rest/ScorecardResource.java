package com.dealercs.interfaces.rest;

import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * A year's scorecards. No year has a calculation run until the scoring capability lands, and
 * the contract ({@code interfaces.md} §2) says a year without a run answers an empty array.
 */
@Path("/years/{year: \\d{4}}/scorecards")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ScorecardResource {

    @GET
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.DEALER_NAME})
    public List<Object> list(@PathParam("year") int year) {
        return List.of();
    }
}

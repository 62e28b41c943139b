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

/** Runs a year's calculation now: a draft while the year is OPEN (interfaces.md §2). */
@Path("/years/{year: \\d{4}}/calculation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalculationResource {

    @Inject
    CalculationService calculations;

    /** 200 with what the run did; 404 for a year without data, 409 for a frozen year. */
    @POST
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
    public CalculationSummary calculate(@PathParam("year") int year) {
        return calculations.calculate(year);
    }
}

package com.dealercs.interfaces.rest;

import com.dealercs.application.YearPolicyChange;
import com.dealercs.application.YearPolicyService;
import com.dealercs.application.YearPolicyView;
import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A year's policy (scoring.md §5): HQ reads it; an administrator replaces it while the year is
 * OPEN, with a reason (400 naming each wrong field, 409 once the year is approved).
 */
@Path("/years/{year: \\d{4}}/policy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class YearPolicyResource {

    @Inject
    YearPolicyService policies;

    @GET
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public YearPolicyView policy(@PathParam("year") int year) {
        return policies.policy(year);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public YearPolicyView change(@PathParam("year") int year, YearPolicyChange change) {
        return policies.change(year, change == null ? YearPolicyChange.empty() : change);
    }
}

package com.dealercs.interfaces.rest;

import com.dealercs.application.YearLifecycleService;
import com.dealercs.application.YearStateView;
import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Moves a year through its life cycle (scoring.md §6, interfaces.md §2): approval and publication
 * by executives and administrators, reopening by an administrator with a reason. Each answers the
 * year's new state; 409 when the year is not in the state the step starts from.
 */
@Path("/years/{year: \\d{4}}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class YearLifecycleResource {

    /** The body of a reopening. */
    public record Reopening(String reason) {
    }

    @Inject
    YearLifecycleService lifecycle;

    @POST
    @Path("/approval")
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public YearStateView approve(@PathParam("year") int year) {
        return lifecycle.approve(year);
    }

    @POST
    @Path("/publication")
    @RolesAllowed({Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public YearStateView publish(@PathParam("year") int year) {
        return lifecycle.publish(year);
    }

    @POST
    @Path("/reopening")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public YearStateView reopen(@PathParam("year") int year, Reopening request) {
        return lifecycle.reopen(year, request == null ? null : request.reason());
    }
}

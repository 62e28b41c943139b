package com.dealercs.interfaces.rest;

import com.dealercs.application.YearPolicyService;
import com.dealercs.application.YearPolicyView;
import com.dealercs.application.YearStateView;
import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The evaluation years: HQ lists them (newest first); an administrator creates one, OPEN with the
 * default policy and scheme (interfaces.md §2: "or when an administrator creates it").
 */
@Path("/years")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class YearResource {

    /** The body of a creation: {@code {"year": 2027}}. */
    public record NewYear(Integer year) {
    }

    @Inject
    YearPolicyService policies;

    @GET
    @RolesAllowed({Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.ADMIN_NAME})
    public List<YearStateView> years() {
        return policies.years();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(NewYear request, @Context UriInfo uri) {
        YearPolicyView created = policies.create(request == null ? null : request.year());
        return Response.created(uri.getBaseUriBuilder().path("years/{year}/policy").build(created.year()))
                .entity(created).build();
    }
}

package com.dealercs.interfaces.rest;

import com.dealercs.application.NewUserAccount;
import com.dealercs.application.UserAccountService;
import com.dealercs.application.UserAccountView;
import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;

@Path("/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    UserAccountService users;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response create(NewUserAccount request, @Context UriInfo uri) {
        NewUserAccount given = request == null ? new NewUserAccount(null, null, null, null) : request;
        UserAccountView created = users.create(given);
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build())
                .entity(created).build();
    }

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    public List<UserAccountView> list() {
        return users.list();
    }

    /** The caller's own account: who am I, which role, which dealer. */
    @GET
    @Path("/me")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.DEALER_NAME})
    public UserAccountView me() {
        return users.currentUser();
    }
}

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/users")
@RequestScoped
@Tag(name = RestApplication.ADMINISTRATION)
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    UserAccountService users;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Create an account",
            description = "Administrators. role: ADMIN, SUPERVISOR (HQ staff), EXECUTIVE or DEALER (with its "
                    + "dealerCode); the password has at least 12 characters.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\"]", parseValue = true)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "NewUserAccount")))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UserAccountView")))
    @APIResponse(responseCode = "400", ref = RestApplication.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = RestApplication.CONFLICT)
    public Response create(NewUserAccount request, @Context UriInfo uri) {
        NewUserAccount given = request == null ? new NewUserAccount(null, null, null, null) : request;
        UserAccountView created = users.create(given);
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build())
                .entity(created).build();
    }

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Every account",
            description = "Administrators.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The accounts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UserAccountViewList")))
    public List<UserAccountView> list() {
        return users.list();
    }

    /** The caller's own account: who am I, which role, which dealer. */
    @GET
    @Path("/me")
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.DEALER_NAME})
    @Operation(summary = "The caller's own account",
            description = "Every signed-in user: who am I, which role, which dealer.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\",\"SUPERVISOR\",\"EXECUTIVE\",\"DEALER\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UserAccountView")))
    public UserAccountView me() {
        return users.currentUser();
    }
}

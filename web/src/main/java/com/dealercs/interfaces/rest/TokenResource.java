package com.dealercs.interfaces.rest;

import com.dealercs.application.ApiTokenService;
import com.dealercs.application.ApiTokenView;
import com.dealercs.application.CreatedApiToken;
import com.dealercs.application.NewApiToken;
import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

/** API tokens (interfaces.md "API tokens"): a call carries one as {@code Authorization: Bearer <token>}. */
@Path("/tokens")
@RequestScoped
@Tag(name = RestApplication.ADMINISTRATION)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.DEALER_NAME})
public class TokenResource {

    @Inject
    ApiTokenService tokens;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API token for oneself",
            description = "Every signed-in user, for itself. name: at most 64 characters; expiresOn: yyyy-MM-dd, "
                    + "after today and at most a year ahead (the token works through that day, UTC). The answer's "
                    + "token is shown this once: only its hash is kept.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\",\"DEALER\",\"EXECUTIVE\",\"SUPERVISOR\"]", parseValue = true)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "NewApiToken")))
    @APIResponse(responseCode = "201", description = "Created; the token's secret, this once",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CreatedApiToken")))
    @APIResponse(responseCode = "400", ref = RestApplication.BAD_REQUEST)
    public Response create(NewApiToken request, @Context UriInfo uri) {
        CreatedApiToken created = tokens.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .header("Cache-Control", "no-store")
                .entity(created).build();
    }

    @GET
    @Operation(summary = "API tokens, without their secrets",
            description = "The caller's own tokens; an administrator's list holds everyone's. Newest first; "
                    + "status ACTIVE, EXPIRED or REVOKED.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\",\"DEALER\",\"EXECUTIVE\",\"SUPERVISOR\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The tokens",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiTokenViewList")))
    public List<ApiTokenView> list() {
        return tokens.list();
    }

    @DELETE
    @Path("/{id: \\d{1,18}}")
    @Operation(summary = "Revoke an API token",
            description = "Its owner, or an administrator; it stops working at once. Another user's token is "
                    + "answered 404, like an unknown one.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\",\"DEALER\",\"EXECUTIVE\",\"SUPERVISOR\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "Revoked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiTokenView")))
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = RestApplication.CONFLICT)
    public ApiTokenView revoke(@PathParam("id") long id) {
        return tokens.revoke(id);
    }
}

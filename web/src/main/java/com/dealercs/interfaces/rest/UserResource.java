package com.dealercs.interfaces.rest;

import com.dealercs.application.AccountUpdate;
import com.dealercs.application.InvalidInputException;
import com.dealercs.application.NewUserAccount;
import com.dealercs.application.PasswordChange;
import com.dealercs.application.PasswordReset;
import com.dealercs.application.Problem;
import com.dealercs.application.TemporaryPassword;
import com.dealercs.application.UserAccountService;
import com.dealercs.application.UserAccountView;
import com.dealercs.domain.model.identity.Role;
import com.dealercs.application.SignInAudit;
import com.dealercs.interfaces.web.security.CurrentPasswordGuard;
import com.dealercs.interfaces.web.security.SignInThrottle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Duration;
import java.util.Optional;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
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

    @Inject
    CurrentPasswordGuard passwordGuard;

    @Inject
    SignInThrottle throttle;

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
    @Operation(summary = "Every account, or those found",
            description = "Administrators. q: text in the username or dealer code (ignoring case); role: ADMIN, "
                    + "SUPERVISOR, EXECUTIVE or DEALER; enabled: true or false. Each optional; by username.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The accounts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UserAccountViewList")))
    @APIResponse(responseCode = "400", ref = RestApplication.BAD_REQUEST)
    public List<UserAccountView> list(@QueryParam("q") String q, @QueryParam("role") String role,
                                      @QueryParam("enabled") String enabled) {
        return users.search(q, role, enabledParameter(enabled));
    }

    /** A role, a dealer, enabled or not: what an administrator changes. */
    @PUT
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Change an account",
            description = "Administrators. {\"role\",\"dealerCode\",\"enabled\"}, each optional (kept when absent); "
                    + "a DEALER needs an existing dealer, other roles none. The last enabled administrator can be "
                    + "neither disabled nor given another role (409).")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\"]", parseValue = true)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "AccountUpdate")))
    @APIResponse(responseCode = "200", description = "The account as changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "UserAccountView")))
    @APIResponse(responseCode = "400", ref = RestApplication.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = RestApplication.CONFLICT)
    public UserAccountView update(@PathParam("username") String username, AccountUpdate update) {
        return users.update(username, update);
    }

    @POST
    @Path("/{username}/password-reset")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Reset an account's password",
            description = "Administrators. Without a body (or {\"password\": null}) the server makes a temporary "
                    + "password and answers it, once; {\"password\"} sets the one typed (checked like any). Either way "
                    + "the user must change it before doing anything else.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\"]", parseValue = true)
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "PasswordReset")))
    @APIResponse(responseCode = "200", description = "The temporary password (null when typed)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TemporaryPassword")))
    @APIResponse(responseCode = "400", ref = RestApplication.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    public TemporaryPassword resetPassword(@PathParam("username") String username, PasswordReset reset) {
        return users.resetPassword(username, reset);
    }

    @POST
    @Path("/{username}/unlock")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Lift an account's sign-in lock",
            description = "Administrators. Forgets the wrong passwords that locked the username.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\"]", parseValue = true)
    @APIResponse(responseCode = "204", description = "Lifted (or there was none)")
    @APIResponse(responseCode = "404", ref = RestApplication.NOT_FOUND)
    public Response unlock(@PathParam("username") String username) {
        throttle.liftLocks(users.recordLockLifted(username));
        return Response.noContent().build();
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

    /** The only call an account whose password was reset may make, besides reading itself. */
    @POST
    @Path("/me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN_NAME, Role.SUPERVISOR_NAME, Role.EXECUTIVE_NAME, Role.DEALER_NAME})
    @Operation(summary = "Change the caller's own password",
            description = "Every signed-in user. {\"currentPassword\",\"newPassword\"}: the current one must be right; "
                    + "the new one has at least 12 characters, 5 different ones, is no common password, neither holds "
                    + "nor is held by the username, and differs from the current one.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\",\"SUPERVISOR\",\"EXECUTIVE\",\"DEALER\"]", parseValue = true)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "PasswordChange")))
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", ref = RestApplication.BAD_REQUEST)
    public Response changePassword(PasswordChange change, @Context HttpServletRequest request,
                                   @Context SecurityContext caller) {
        String username = caller.getUserPrincipal().getName();
        String address = request.getRemoteAddr();
        Optional<Duration> delayed = passwordGuard.retryAfter(username, address);
        if (delayed.isPresent()) {
            return Response.status(429).header("Retry-After", Math.max(1, delayed.get().toSeconds()))
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of(ApiLocale.of(request.getHeader("Accept-Language")), "api.tooManyFailedSignIns",
                            CurrentPasswordGuard.minutes(delayed.get())))
                    .build();
        }
        try {
            users.changeOwnPassword(change);
        } catch (InvalidInputException refused) {
            passwordGuard.refused(username, address, refused, SignInAudit.Door.API);
            throw refused;
        }
        return Response.noContent().build();
    }

    private static Boolean enabledParameter(String enabled) {
        if (enabled == null || enabled.isBlank()) {
            return null;
        }
        return switch (enabled.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new InvalidInputException(Problem.of("enabled", "user.enabled.invalid", enabled));
        };
    }
}

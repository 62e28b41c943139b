package com.dealercs.interfaces.rest;

import com.dealercs.application.AuditService;
import com.dealercs.application.AuditView;
import com.dealercs.domain.model.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit trail for administrators, newest first: {@code subject} (e.g. {@code year:2024}) and
 * {@code actor} and {@code action} (e.g. {@code POLICY_CHANGED}) match exactly; {@code from} and {@code to} are ISO dates (UTC, both inclusive) or
 * instants.
 */
@Path("/audit")
@Tag(name = RestApplication.ADMINISTRATION)
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditService audit;

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Search the audit trail, newest first",
            description = "Administrators. subject (e.g. year:2024), actor and action (e.g. POLICY_CHANGED) match "
                    + "exactly; from and to are ISO dates (UTC, both inclusive) or ISO instants; all optional.")
    @Extension(name = RestApplication.ROLES, value = "[\"ADMIN\"]", parseValue = true)
    @APIResponse(responseCode = "200", description = "The entries found",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuditViewList")))
    @APIResponse(responseCode = "400", ref = RestApplication.BAD_REQUEST)
    public List<AuditView> search(@QueryParam("subject") String subject, @QueryParam("actor") String actor,
                                  @QueryParam("action") String action, @QueryParam("from") String from,
                                  @QueryParam("to") String to) {
        return audit.search(subject, actor, action, from, to);
    }
}
